import AccordCore
import Foundation

/// The sessions of `Tests/AccordCoreTests/Fixtures/linked/sessions.json` (issue 18's three
/// shapes and a campaign of random small sessions with follow-ups) and the integer-programming
/// attacker `scripts/milp-attack.py` that reads what an output shows.
enum LinkedSessions {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Tests/AccordCoreTests/Fixtures/linked")
    static let attacker = root.appendingPathComponent("scripts/milp-attack.py")
    static let partners = ["Acme", "Globex"]

    struct Session {
        var name: String
        var workshopFile: URL
        var workshop: Workshop
        var submissions: [Submission]
    }

    static func all() throws -> [Session] {
        let json = try JSONReader().readValue(Data(contentsOf: folder.appendingPathComponent("sessions.json")))
        guard case .array(let sessions) = json else { throw CocoaError(.fileReadCorruptFile) }
        return try sessions.map { session in
            guard case .object(let fields) = session, case .string(let name)? = fields["name"],
                case .string(let file)? = fields["workshop"], case .array(let people)? = fields["submissions"]
            else { throw CocoaError(.fileReadCorruptFile) }
            let url = folder.appendingPathComponent(file)
            let workshop = try WorkshopLoader().load(contentsOf: url)
            let submissions = try people.map { person -> Submission in
                guard case .object(let fields) = person, case .string(let partner)? = fields["partner"],
                    case .string(let levelName)? = fields["level"], let level = Level(rawValue: levelName),
                    case .object(let answers)? = fields["answers"]
                else { throw CocoaError(.fileReadCorruptFile) }
                var parsed: [String: Answer] = [:]
                for (id, value) in answers {
                    guard let question = workshop.question(id) else { throw CocoaError(.fileReadCorruptFile) }
                    parsed[id] = try Answer(json: value, for: question)
                }
                return Submission(partner: partner, level: level, answers: parsed, predictions: [:])
            }
            return Session(name: name, workshopFile: url, workshop: workshop, submissions: submissions)
        }
    }

    /// One attack: a workshop file and the outputs of one round.
    struct Case {
        var name: String
        var workshopFile: URL
        var report: URL?
        var export: URL?
    }

    /// Runs the attacker on every case; the facts it found, by case name.
    static func attack(_ cases: [Case], in folder: URL) throws -> [String: [String]] {
        let list: [[String: Any]] = cases.map { item in
            [
                "name": item.name, "workshop": item.workshopFile.path, "partners": partners,
                "report": item.report.map { $0.path as Any } ?? NSNull(),
                "export": item.export.map { $0.path as Any } ?? NSNull(),
            ]
        }
        let input = folder.appendingPathComponent("cases.json")
        try JSONSerialization.data(withJSONObject: list).write(to: input)
        let result = try Python.run(file: attacker.path, arguments: [input.path])
        guard result.status == 0,
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
            let found = object["cases"] as? [[String: Any]]
        else { throw AttackerFailed(output: result.output) }
        var facts: [String: [String]] = [:]
        for item in found {
            if let name = item["name"] as? String { facts[name] = item["facts"] as? [String] ?? [] }
        }
        return facts
    }

    struct AttackerFailed: Error, CustomStringConvertible {
        var output: String
        var description: String { "milp-attack.py failed: \(output)" }
    }
}
