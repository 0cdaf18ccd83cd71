import AccordCore
import AccordReport
import Foundation
import Testing

/// JSON and CSV: deterministic, well-formed, and safe to open in a spreadsheet.
@Suite struct MachineFormatTests {
    @Test func jsonIsDeterministicAndKeepsTheContractOrder() throws {
        let first = JSONReportRenderer().render(SampleReport.twoPartners)
        #expect(first == JSONReportRenderer().render(SampleReport.twoPartners))
        let keys = ["\"formatVersion\"", "\"workshop\"", "\"session\"", "\"round\"", "\"anonymity\"", "\"groups\"", "\"questions\"",
                    "\"dimensions\"", "\"alignment\""]
        let positions = try keys.map { try #require(first.range(of: "\n  \($0): ")).lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func jsonHasExplicitNullsForStatisticsThatDoNotApply() throws {
        let data = Data(JSONReportRenderer().render(SampleReport.twoPartners).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let questions = try #require(root["questions"] as? [[String: Any]])
        let choice = try #require(questions.first { $0["id"] as? String == "top-goal" })
        let group = try #require((choice["groups"] as? [[String: Any]])?.first)
        for key in ["mean", "sd", "median", "rwg"] { #expect(group[key] is NSNull, "\(key)") }
        let gap = try #require((choice["gaps"] as? [[String: Any]])?.first)
        for key in ["meanDifference", "cliffsDelta", "emd", "kendallTau", "pValue"] { #expect(gap[key] is NSNull, "\(key)") }
        #expect(gap["tvd"] is Double)
    }

    @Test func jsonEscapesMarkupSoItCanBeEmbedded() {
        let json = JSONReportRenderer().render(SampleReport.twoPartners)
        #expect(!json.contains("<script>"))
        #expect(json.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
    }

    @Test func csvHasOneRowPerQuestionAndGroupAndReadsBackExactly() throws {
        let report = SampleReport.twoPartners
        let rows = try CSVParsing.rows(CSVReportRenderer().render(report))
        #expect(rows.count == 1 + report.questions.map(\.groups.count).reduce(0, +))
        #expect(Set(rows.map(\.count)).count == 1)
        let prompt = try #require(rows[0].firstIndex(of: "prompt"))
        #expect(rows.contains { $0[prompt] == "Which results matter most? (pick up to two)" })
    }

    @Test func csvDefusesFormulasInTextButNotNumbers() throws {
        var report = SampleReport.twoPartners
        report.questions[0].prompt = "=HYPERLINK(\"http://evil\",\"click\")"
        report.questions[1].prompt = "+1 for \"quotes\", commas"
        report.questions[2].prompt = "@SUM(1)"
        report.questions[3].prompt = "-2 is negative"
        let csv = CSVReportRenderer().render(report)
        let rows = try CSVParsing.rows(csv)
        let prompt = try #require(rows[0].firstIndex(of: "prompt"))
        let prompts = Set(rows.dropFirst().map { $0[prompt] })
        for expected in ["'=HYPERLINK(\"http://evil\",\"click\")", "'+1 for \"quotes\", commas", "'@SUM(1)", "'-2 is negative"] {
            #expect(prompts.contains(expected), "\(expected)")
        }
        let mean = try #require(rows[0].firstIndex(of: "mean"))
        #expect(rows.dropFirst().allSatisfy { $0[mean].isEmpty || Double($0[mean]) != nil }, "statistics stay numbers")
        #expect(csv.hasSuffix("\r\n"))
    }
}
