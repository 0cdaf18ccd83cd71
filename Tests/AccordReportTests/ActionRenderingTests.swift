import AccordCore
import Foundation
import Testing

@testable import AccordReport

/// Agreed actions in every human and machine format: listed with their owner and round, and
/// beside how the gaps they were meant to close moved.
@Suite struct ActionRenderingTests {
    static var report: GapReport {
        var report = SampleReport.twoPartners
        let action = AgreedAction(
            id: 1, text: "Hold a joint vision day <both teams>", owner: "Globex", dueRound: report.round,
            agreedInRound: report.round - 1, questionIDs: [report.questions[0].id])
        report.actions = [
            ActionReview(
                action: action, isDue: true,
                gaps: [
                    GapMovement(
                        questionID: report.questions[0].id, prompt: "We share one vision.", kind: .levels,
                        partner: "Globex", from: GroupKey(partner: "Globex", level: .management),
                        to: GroupKey(partner: "Globex", level: .execution), thenRound: report.round - 1, then: 0.58,
                        now: 0.17, thenMeanDifference: -2.33, nowMeanDifference: -0.67)
                ])
        ]
        return report
    }

    @Test func theTextAndMarkdownReportsListTheActionsBesideTheirGaps() {
        let text = TextReportRenderer(width: 120).render(Self.report)
        #expect(
            text.contains(
                "Agreed actions\n  #1 Globex, due by round \(Self.report.round): Hold a joint vision day <both teams>\n"
            ))
        #expect(
            text.contains(
                "    “we share one vision”, management vs execution, Globex: −2.3 in round \(Self.report.round - 1), −0.7 now (narrowed)"
            ))
        let markdown = MarkdownReportRenderer().render(Self.report)
        #expect(markdown.contains("## Agreed actions"))
        #expect(markdown.contains("(narrowed)"))
    }

    @Test func theHTMLReportEscapesTheActionsText() {
        let html = HTMLReportRenderer().render(Self.report)
        #expect(html.contains("<h2>Agreed actions</h2>"))
        #expect(html.contains("Hold a joint vision day &lt;both teams&gt;"))
        #expect(!html.contains("<both teams>"))
    }

    @Test func theJSONReportCarriesTheActionsAsAnExtraField() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(Self.report).utf8))
                as? [String: Any])
        let actions = try #require(json["actions"] as? [[String: Any]])
        #expect(actions.count == 1 && actions[0]["owner"] as? String == "Globex" && actions[0]["due"] as? Bool == true)
        let gap = try #require((actions[0]["gaps"] as? [[String: Any]])?.first)
        #expect(gap["trend"] as? String == "narrowed" && gap["then"] as? Double == 0.58)
        // Without actions the field is left out, so earlier reports read exactly as before.
        let plain = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(SampleReport.twoPartners).utf8))
                as? [String: Any])
        #expect(plain["actions"] == nil)
    }

    @Test func theActionsMatchTheSchema() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-actions-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(JSONReportRenderer().render(Self.report).utf8).write(to: url)
        let valid = try Python.run(ReportSchemaTests.validator, arguments: [ReportSchemaTests.schema.path, url.path])
        #expect(valid.status == 0, "\(valid.output)")
        // The schema can fail: a trend it does not know is refused.
        let wrong = JSONReportRenderer().render(Self.report).replacingOccurrences(
            of: "\"trend\": \"narrowed\"", with: "\"trend\": \"better\"")
        try Data(wrong.utf8).write(to: url)
        #expect(try Python.run(ReportSchemaTests.validator, arguments: [ReportSchemaTests.schema.path, url.path]).status != 0)
    }
}
