import Foundation
import Testing

@testable import AccordCore

/// The workshops in questionnaires/ load without a problem, and the import examples the
/// documentation shows are valid submissions for them.
@Suite struct ShippedWorkshopTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let shipped = ["candid-feedback", "common-vision", "discovery-phase", "partnership-health-check"]

    static func load(_ name: String) throws -> Workshop {
        let url = root.appendingPathComponent("questionnaires/\(name).json")
        do {
            return try WorkshopLoader().load(contentsOf: url)
        } catch {
            Issue.record("\(error.localizedDescription)")
            throw error
        }
    }

    /// Turns an import line into a submission the way `product.md` defines it.
    static func submission(_ line: String, for workshop: Workshop) throws -> Submission {
        let object = try JSONDecoder().decode([String: ImportValue].self, from: Data(line.utf8))
        func answers(_ key: String) throws -> [String: Answer] {
            guard case .object(let values)? = object[key]?.json else { return [:] }
            var answers: [String: Answer] = [:]
            for (id, value) in values {
                let question = try #require(workshop.question(id), "no question '\(id)' in \(workshop.id)")
                answers[id] = try Answer(json: value, for: question)
            }
            return answers
        }
        guard case .string(let partner)? = object["partner"]?.json, case .string(let level)? = object["level"]?.json
        else { throw ImportLineError() }
        return Submission(
            partner: partner, level: try #require(Level(rawValue: level)), answers: try answers("answers"),
            predictions: try answers("predictions"))
    }

    @Test(arguments: shipped)
    func shippedWorkshopLoads(_ name: String) throws {
        let workshop = try Self.load(name)
        #expect(workshop.id == name)
        #expect(workshop.anonymity.minGroupSize >= AnonymityThresholds.floor)
    }

    /// The import line in product.md ("Contracts that outside tools read") is a valid
    /// submission for discovery-phase.json.
    @Test func productImportExampleFitsDiscoveryPhase() throws {
        let line = """
            {"partner": "Acme", "level": "management", "round": 1,
             "answers": {"vision-shared": 4, "top-goal": "new-markets", "kpis": ["cost", "customers"],
                         "priorities": ["markets", "cost", "customers"], "months-to-results": 12,
                         "open-comment": "free text", "trust-open": true},
             "predictions": {"vision-shared": 3}}
            """
        let workshop = try Self.load("discovery-phase")
        let submission = try Self.submission(line, for: workshop)
        #expect(submission.problems(in: workshop).isEmpty, "\(submission.problems(in: workshop))")
    }

    /// The worked example in docs/workshop-format.md loads, and its import line fits it.
    @Test func documentedExampleLoadsAndItsImportLineFits() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/workshop-format.md"), encoding: .utf8)
        let blocks = doc.components(separatedBy: "```json\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = try #require(blocks.first { $0.contains("\"formatVersion\"") })
        let workshop = try WorkshopLoader().load(Data(example.utf8), file: "docs/workshop-format.md")
        let line = try #require(
            doc.components(separatedBy: "\n").first { $0.contains("`{\"partner\"") }?
                .components(separatedBy: "`").dropFirst().first)
        let submission = try Self.submission(line, for: workshop)
        #expect(submission.problems(in: workshop).isEmpty, "\(submission.problems(in: workshop))")
    }
}

private struct ImportLineError: Error {}

/// A JSON value read with `JSONDecoder`, which keeps booleans and numbers apart.
private struct ImportValue: Decodable {
    var json: JSONValue

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            json = .null
        } else if let value = try? container.decode(Bool.self) {
            json = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            json = .number(value)
        } else if let value = try? container.decode(String.self) {
            json = .string(value)
        } else if let value = try? container.decode([ImportValue].self) {
            json = .array(value.map(\.json))
        } else {
            json = .object(try container.decode([String: ImportValue].self).mapValues(\.json))
        }
    }
}
