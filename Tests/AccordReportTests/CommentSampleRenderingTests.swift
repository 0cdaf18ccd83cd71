import AccordCore
import Foundation
import Testing

@testable import AccordReport

/// A comment group that is a sample of a large round says so under its comments, with the
/// total, in every human format and language; JSON marks it with `total`. A group showing
/// every comment renders as before (the golden files keep that).
@Suite struct CommentSampleRenderingTests {
    static var sampled: GapReport {
        var report = SampleReport.twoPartners
        report.comments = [
            CommentGroup(questionID: "open-comment", group: .everyone, comments: ["Talk more.", "Share the plan."], total: 41_312)
        ]
        return report
    }

    @Test func everyHumanFormatShowsTheSampleAndItsTotal() {
        let english = "A random sample of 2 of 41,312 comments; all of them are in the export."
        #expect(TextReportRenderer(width: 200).render(Self.sampled).contains(english))
        #expect(MarkdownReportRenderer().render(Self.sampled).contains("*\(english)*"))
        #expect(HTMLReportRenderer().render(Self.sampled).contains("<p class=\"legend\">\(english)</p>"))
        let german = TextReportRenderer(width: 200, language: .german).render(Self.sampled)
        #expect(german.contains("Eine Zufallsauswahl von 2 der 41\u{202F}312 Kommentare; alle stehen im Export."))
        let french = HTMLReportRenderer(language: .french).render(Self.sampled)
        #expect(french.contains("Un échantillon aléatoire de 2 des 41\u{202F}312 commentaires ; tous figurent dans l&#39;export.")
            || french.contains("Un échantillon aléatoire de 2 des 41\u{202F}312 commentaires ; tous figurent dans l'export."))
    }

    @Test func jsonMarksASampleWithItsTotalAndOnlyASample() throws {
        let json = try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(Self.sampled).utf8)) as? [String: Any]
        let group = try #require((json?["comments"] as? [[String: Any]])?.first)
        #expect(group["total"] as? Int == 41_312 && (group["comments"] as? [String])?.count == 2)
        let whole = try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(SampleReport.twoPartners).utf8))
        let groups = try #require((whole as? [String: Any])?["comments"] as? [[String: Any]])
        #expect(!groups.isEmpty && groups.allSatisfy { $0["total"] == nil })
    }

    @Test func aSampledJSONReportMatchesTheSchema() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-sample-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(JSONReportRenderer().render(Self.sampled).utf8).write(to: url)
        let result = try Python.run(ReportSchemaTests.validator, arguments: [ReportSchemaTests.schema.path, url.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func aGroupShowingEveryCommentHasNoSampleNote() {
        let text = TextReportRenderer(width: 200).render(SampleReport.twoPartners)
        #expect(!text.contains("random sample"))
    }
}
