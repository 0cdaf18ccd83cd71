import AccordCore
import AccordReport
import Foundation
import Testing

/// What the human and spreadsheet formats print at the edges: numbers stay numbers, columns
/// never touch, the band is the model's, right-to-left text is isolated.
@Suite struct OutputEdgeTests {
    /// The first question (a 1–5 scale) re-labelled −2…2, as a bipolar scale is.
    static var bipolar: GapReport {
        var report = SampleReport.twoPartners
        let keys = ["-2", "-1", "0", "1", "2"]
        report.questions[0].categories = keys.map { AnswerCategory(key: $0, label: "point \($0)") }
        for index in report.questions[0].groups.indices where !report.questions[0].groups[index].suppressed {
            report.questions[0].groups[index].counts = Dictionary(uniqueKeysWithValues: zip(keys, [3, 3, 0, 2, 1]))
        }
        return report
    }

    @Test func csvCountsOfAScaleStartingBelowZeroAreNotGuardedAsFormulas() throws {
        let rows = try CSVParsing.rows(CSVReportRenderer().render(Self.bipolar))
        let counts = try #require(rows[0].firstIndex(of: "counts"))
        let question = try #require(rows[0].firstIndex(of: "question_id"))
        let cells = rows.dropFirst().filter { $0[question] == "vision-shared" }.map { $0[counts] }
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { $0 == "-2=3;-1=3;0=0;1=2;2=1" }, "\(cells)")
        let n = try #require(rows[0].firstIndex(of: "n"))
        #expect(rows.dropFirst().allSatisfy { $0[n].isEmpty || Int($0[n]) != nil }, "n stays a number")
    }

    @Test func everyCSVStartsWithAByteOrderMarkAndEndsRecordsWithCRLF() {
        let csv = CSVReportRenderer().render(SampleReport.twoPartners)
        #expect(csv.hasPrefix("\u{FEFF}session,round,"))
        #expect(csv.hasSuffix("\r\n"))
    }

    /// A 5 000-submission round: counts of 1 000 and more, a number question's mean above 100.
    static var large: GapReport {
        var report = SampleReport.twoPartners
        let scale = report.questions.firstIndex { $0.type == .scale }!
        let number = report.questions.firstIndex { $0.type == .number }!
        for index in report.questions[scale].groups.indices where !report.questions[scale].groups[index].suppressed {
            let keys = report.questions[scale].categories.map(\.key)
            report.questions[scale].groups[index].n = 4625
            report.questions[scale].groups[index].counts = Dictionary(
                uniqueKeysWithValues: zip(keys, [951, 1383, 1262, 707, 322]))
        }
        for index in report.questions[number].groups.indices where !report.questions[number].groups[index].suppressed {
            report.questions[number].groups[index].n = 1315
            report.questions[number].groups[index].mean = 315.28
            report.questions[number].groups[index].sd = 60.34
            report.questions[number].groups[index].median = 320.75
        }
        return report
    }

    @Test(arguments: [80, 132])
    func textColumnsFitTheirWidestValueWithASeparator(width: Int) throws {
        let text = TextReportRenderer(width: width).render(Self.large)
        let lines = text.split(separator: "\n").map(String.init)
        let numberRows = lines.filter { $0.contains("315.28") }
        #expect(!numberRows.isEmpty)
        for line in numberRows {
            let tokens = line.split(separator: " ").map(String.init)
            #expect(tokens.contains("1315") && tokens.contains("315.28"), "\(line)")
            if width > 80 { #expect(tokens.contains("60.34") && tokens.contains("320.75"), "\(line)") }
        }
        let countRows = lines.filter { $0.contains("1383") }
        if width > 80 {
            #expect(!countRows.isEmpty)
            for line in countRows {
                let tokens = line.split(separator: " ").map(String.init)
                #expect(["951", "1383", "1262", "707", "322"].allSatisfy(tokens.contains), "\(line)")
            }
        }
    }

    @Test func renderersPrintTheModelsBandForChoiceMultiAndRankGaps() throws {
        var report = SampleReport.twoPartners
        // Set every non-numeric gap's band to "small", whatever its TVD or τ: every format says "small".
        for question in report.questions.indices where ![.scale, .number].contains(report.questions[question].type) {
            for gap in report.questions[question].gaps.indices where !report.questions[question].gaps[gap].suppressed {
                report.questions[question].gaps[gap].magnitude = .small
            }
        }
        let choice = try #require(report.questions.first { $0.type == .choice })
        let text = TextReportRenderer(width: 300).render(report)
        let markdown = MarkdownReportRenderer().render(report)
        let html = HTMLReportRenderer().render(report)
        for gap in choice.gaps where !gap.suppressed {
            let line = "\(gap.from) → \(gap.to): small, TVD"
            #expect(text.contains(line), "\(line)")
            #expect(html.contains(HTMLText.escape(line)), "\(line)")
        }
        #expect(!markdown.contains("(large, TVD") && !markdown.contains("(medium, TVD"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(report).utf8)) as? [String: Any])
        let questions = try #require(json["questions"] as? [[String: Any]])
        let choiceJSON = try #require(questions.first { $0["id"] as? String == choice.id })
        let gaps = try #require(choiceJSON["gaps"] as? [[String: Any]])
        #expect(gaps.filter { $0["suppressed"] as? Bool == false }.allSatisfy { $0["magnitude"] as? String == "small" })
    }

    @Test func theHTMLReportIsolatesWorkshopTextAndSetsItsDirection() {
        var report = SampleReport.twoPartners
        report.workshop.title = "בדיקת שותפות"
        report.workshop.language = "he"
        report.questions[0].prompt = "האם יש לנו חזון משותף?"
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(html.contains("<h1 dir=\"auto\">בדיקת שותפות</h1>"))
        #expect(html.contains("<h3 dir=\"auto\">האם יש לנו חזון משותף?</h3>"))
        #expect(html.contains("<bdi>Acme</bdi>"))
        #expect(html.contains("<blockquote dir=\"auto\">"))
    }
}
