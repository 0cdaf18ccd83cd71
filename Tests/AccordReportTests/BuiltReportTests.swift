import AccordCore
import AccordReport
import Foundation
import Testing

/// The renderers on a report made the real way: demo participants through the Aggregator and
/// the GapReportBuilder, as `accord demo` does.
@Suite struct BuiltReportTests {
    static func report(
        seed: UInt64 = 11, preview: Bool = false, cells: [DemoParticipants.Cell] = DemoParticipants.defaultCells
    ) throws -> GapReport {
        let workshop = DemoParticipantsTests.workshop
        var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
        let participants = DemoParticipants(workshop: workshop, partners: ["Acme", "Globex"], cells: cells, seed: seed)
        for submission in participants.submissions() {
            try aggregator.add(submission)
        }
        var shuffle = SeededGenerator(seed: seed)
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: String(repeating: "ab", count: 32),
            session: SessionSummary(id: "demo", partners: ["Acme", "Globex"]), round: 1, isPreview: preview
        ).build(aggregator.finish(), shuffling: &shuffle)
    }

    @Test func theDemoReportShowsGapsAndTheTrendShowsTheHiddenFirstRound() throws {
        let first = try Self.report(seed: 5, cells: DemoParticipants.firstRoundCells)
        var report = try Self.report()
        report.comparison = RoundComparison(base: first)
        let text = TextReportRenderer(width: 100).render(report)
        #expect(!text.contains("Acme · Management hidden"))
        #expect(text.contains("Largest gaps between Acme and Globex\n  1. "))
        #expect(text.contains("Largest gaps between management and execution\n  1. "))
        #expect(text.contains("Understanding:"))
        #expect(text.contains("round 1: hidden"))
        let firstText = TextReportRenderer(width: 100).render(first)
        #expect(firstText.contains("Globex · Management hidden") && !firstText.contains("hidden (fewer"))
        #expect(firstText.contains("Largest gaps between management and execution\n  Hidden: "))
    }

    @Test func everyFormatRendersAndTheJSONMatchesTheSchema() throws {
        let report = try Self.report(preview: true)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-built-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(JSONReportRenderer().render(report).utf8).write(to: url)
        let result = try Python.run(ReportSchemaTests.validator, arguments: [ReportSchemaTests.schema.path, url.path])
        #expect(result.status == 0, "\(result.output)")
        for format in ReportFormat.allCases {
            #expect(!format.renderer(width: 80).render(report).isEmpty)
        }
        let rows = try CSVParsing.rows(CSVReportRenderer().render(report))
        #expect(rows.count == 1 + report.questions.map(\.groups.count).reduce(0, +))
    }
}

/// Every shipped workshop, answered by demo participants, renders in every format; its JSON
/// matches the schema and its text fits the terminal.
@Suite struct ShippedWorkshopReportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("questionnaires")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreShippedWorkshops() { #expect(Self.files.contains("partnership-health-check.json")) }

    @Test(arguments: files)
    func rendersInEveryFormat(file: String) throws {
        let workshop = try WorkshopLoader().load(contentsOf: Self.folder.appendingPathComponent(file))
        var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
        for submission in DemoParticipants(workshop: workshop, partners: ["Acme", "Globex"], seed: 2).submissions() {
            #expect(submission.problems(in: workshop).isEmpty)
            try aggregator.add(submission)
        }
        let report = GapReportBuilder(
            workshop: workshop, workshopSHA256: String(repeating: "0", count: 64),
            session: SessionSummary(id: "shipped", partners: ["Acme", "Globex"]), round: 1
        ).build(aggregator.finish())
        for line in TextReportRenderer(width: 72).render(report).split(separator: "\n") { #expect(line.count <= 72) }
        let html = HTMLReportRenderer().render(report)
        #expect(!html.lowercased().contains("<script"))
        #expect(CSVReportRenderer().render(report).hasSuffix("\r\n"))
        #expect(!MarkdownReportRenderer().render(report).isEmpty)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-shipped-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(JSONReportRenderer().render(report).utf8).write(to: url)
        let result = try Python.run(ReportSchemaTests.validator, arguments: [ReportSchemaTests.schema.path, url.path])
        #expect(result.status == 0, "\(file): \(result.output)")
    }
}
