import AccordCore
import AccordReport
import Testing

/// The terminal report: width, colour, preview, and the headline findings.
@Suite struct TextReportTests {
    @Test(arguments: [40, 52, 60, 80, 100, 132])
    func noLineIsWiderThanTheTerminal(width: Int) {
        for report in [SampleReport.twoPartners, SampleReport.smallCell] {
            let text = TextReportRenderer(width: width, colour: false).render(report)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= width, "\(line.count) > \(width): \(line)")
            }
        }
    }

    @Test func colourOffMeansNoEscapeCodes() {
        for format in ReportFormat.allCases {
            #expect(!format.renderer(width: 80, colour: false).render(SampleReport.twoPartners).contains("\u{1B}"))
        }
        #expect(!MarkdownReportRenderer().render(SampleReport.twoPartners).contains("\u{1B}"))
    }

    @Test func colourOnStylesButKeepsTheWords() {
        let plain = TextReportRenderer(width: 80, colour: false).render(SampleReport.twoPartners)
        let coloured = TextReportRenderer(width: 80, colour: true).render(SampleReport.twoPartners)
        #expect(coloured.contains("\u{1B}["))
        let stripped = coloured.replacing(/\x1B\[[0-9;]*m/, with: "")
        #expect(stripped == plain)
    }

    @Test func theHeadlineComesFirst() throws {
        let text = TextReportRenderer(width: 300).render(SampleReport.twoPartners)
        let index = try #require(text.range(of: "Alignment index: 73 / 100 (+15 since round 1, was 59)"))
        let partners = try #require(text.range(of: "Largest gaps between Acme and Globex"))
        let levels = try #require(text.range(of: "Largest gaps between management and execution"))
        let firstDimension = try #require(text.range(of: "── Common vision"))
        #expect(index.lowerBound < partners.lowerBound && partners.lowerBound < levels.lowerBound)
        #expect(levels.lowerBound < firstDimension.lowerBound)
        #expect(text.contains(
            "Globex execution rates 'We share one vision for this partnership.' 1.1 points lower than Acme execution (large, Cliff's δ −0.60; p = 0.035, q = 0.141, not at 5 % FDR)."))
    }

    @Test func findingsAreRankedByEffectSizeNotByP() {
        var report = SampleReport.twoPartners
        let from = GroupKey(partner: "Acme"), to = GroupKey(partner: "Globex")
        report.questions = [report.questions[0], report.questions[2]]
        report.questions[0].gaps = [Gap(kind: .partners, from: from, to: to, suppressed: false, meanDifference: -0.3,
                                        cliffsDelta: -0.2, pValue: 0.0001, minimumPValue: 0.00001, magnitude: .small)]
        report.questions[1].gaps = [Gap(kind: .partners, from: from, to: to, suppressed: false, meanDifference: -1.5,
                                        cliffsDelta: -0.7, pValue: 0.2, minimumPValue: 0.1, magnitude: .large)]
        let text = TextReportRenderer(width: 200).render(report)
        #expect(text.contains("  1. Globex rates 'We can rely on the other partner to keep its word.' 1.5 points lower than Acme "
                              + "(large, Cliff's δ −0.70; p < .05 cannot be reached with these group sizes)."))
        #expect(text.contains("  2. Globex rates 'We share one vision for this partnership.' 0.3 points lower than Acme (small, Cliff's δ −0.20; p < 0.001)."))
    }

    @Test func aCleanGapRanksAboveADispersedOneOfTheSameBand() {
        var report = SampleReport.twoPartners
        let from = GroupKey(partner: "Acme"), to = GroupKey(partner: "Globex")
        report.questions = [report.questions[0], report.questions[2]]
        report.questions[0].gaps = [Gap(kind: .partners, from: from, to: to, suppressed: false, meanDifference: -1.5,
                                        cliffsDelta: -0.8, dispersed: true, magnitude: .large)]
        report.questions[1].gaps = [Gap(kind: .partners, from: from, to: to, suppressed: false, meanDifference: -1.0,
                                        cliffsDelta: -0.5, dispersed: false, magnitude: .large)]
        let text = TextReportRenderer(width: 200).render(report)
        #expect(text.contains("  1. Globex rates 'We can rely"))
        #expect(text.contains("  2. Globex rates 'We share one vision for this partnership.' 1.5 points lower than Acme (large, Cliff's δ −0.80); dispersed."))
    }

    @Test func aPreviewIsMarkedInEveryHumanFormat() {
        var report = SampleReport.twoPartners
        report.isPreview = true
        for format in [ReportFormat.text, .markdown, .html] {
            #expect(format.renderer(width: 200).render(report).contains("PREVIEW: round 2 is still open."), "\(format)")
        }
        #expect(JSONReportRenderer().render(report).contains("\"preview\": true"))
        #expect(!TextReportRenderer().render(SampleReport.twoPartners).contains("PREVIEW"))
    }
}
