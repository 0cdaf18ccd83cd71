import AccordCore
import AccordReport
import Foundation
import Testing

/// anonymity.md rules 2, 3 and 8: no format shows a hidden group's numbers, by any route.
@Suite struct SuppressionTests {
    @Test(arguments: ReportFormat.allCases)
    func noPlantedValueOfAHiddenGroupAppears(format: ReportFormat) {
        let output = format.renderer(width: 120, colour: false).render(SampleReport.leaky)
        for trace in SampleReport.Sentinel.traces {
            #expect(!output.contains(trace), "\(format) shows a hidden value (\(trace))")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func theCleanSampleHasNoTraceEither(format: ReportFormat) {
        // Guards the test above: the traces must not occur in an honest report.
        let output = format.renderer(width: 120, colour: false).render(SampleReport.smallCell)
        for trace in SampleReport.Sentinel.traces { #expect(!output.contains(trace)) }
    }

    @Test(arguments: [ReportFormat.text, .markdown, .html])
    func hiddenGroupsAreJustHiddenAndNeverZero(format: ReportFormat) {
        // One Globex cell is below 3 and the other three are hidden to protect it; the report
        // must not say which is which (a reason per group bounds its count), but says the rule once.
        let output = format.renderer(width: 120, colour: false).render(SampleReport.smallCell)
        #expect(output.contains("hidden"))
        #expect(!output.contains("hidden (fewer than"))
        #expect(!output.contains("protects a smaller group"))
        #expect(output.contains("Groups with fewer than 3 submissions, and groups that would let one work them out, are hidden."))
        #expect(!output.contains("Globex · Execution 0"))
        #expect(!output.contains("Globex · Execution | 0"))
    }

    @Test func jsonWritesHiddenStatisticsAsExplicitNulls() throws {
        let data = Data(JSONReportRenderer().render(SampleReport.leaky).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let questions = try #require(root["questions"] as? [[String: Any]])
        var hiddenGroups = 0
        for question in questions {
            for group in try #require(question["groups"] as? [[String: Any]]) where group["suppressed"] as? Bool == true {
                hiddenGroups += 1
                for key in ["n", "mean", "sd", "median", "rwg", "counts"] {
                    #expect(group[key] is NSNull, "\(key) of a hidden group must be an explicit null")
                }
            }
            for gap in try #require(question["gaps"] as? [[String: Any]]) where gap["suppressed"] as? Bool == true {
                for key in ["meanDifference", "cliffsDelta", "emd", "tvd", "kendallTau", "pValue"] { #expect(gap[key] is NSNull) }
            }
        }
        #expect(hiddenGroups > 0)
        for group in try #require(root["groups"] as? [[String: Any]]) where group["suppressed"] as? Bool == true {
            #expect(group["n"] is NSNull)
        }
    }

    @Test func csvLeavesHiddenCellsEmptyAndMarksThem() throws {
        let rows = try CSVParsing.rows(CSVReportRenderer().render(SampleReport.leaky))
        let header = rows[0]
        let suppressed = try #require(header.firstIndex(of: "suppressed")), n = try #require(header.firstIndex(of: "n"))
        let mean = try #require(header.firstIndex(of: "mean"))
        let hidden = rows.dropFirst().filter { $0[suppressed] == "true" }
        #expect(!hidden.isEmpty)
        for row in hidden { #expect(row[n].isEmpty && row[mean].isEmpty) }
    }
}
