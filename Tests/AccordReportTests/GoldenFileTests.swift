import AccordCore
import AccordReport
import Testing

/// Every format of the two sample reports matches its committed golden file
/// (re-record with `ACCORD_RECORD_GOLDEN=1`).
@Suite struct GoldenFileTests {
    static let samples: [(String, GapReport)] = [("two-partners", SampleReport.twoPartners), ("small-cell", SampleReport.smallCell)]
    static let extensions: [ReportFormat: String] = [.text: "txt", .markdown: "md", .html: "html", .json: "json", .csv: "csv"]

    @Test(arguments: ReportFormat.allCases)
    func everyFormatMatchesItsGoldenFile(format: ReportFormat) throws {
        for (name, report) in Self.samples {
            let output = format.renderer(width: 80, colour: false).render(report)
            try Golden.check(output, named: "\(name).\(Self.extensions[format]!)")
        }
    }

    @Test func narrowColouredTextMatchesItsGoldenFile() throws {
        let output = TextReportRenderer(width: 60, colour: true).render(SampleReport.twoPartners)
        try Golden.check(output, named: "two-partners-60-colour.txt")
    }

    @Test func previewMatchesItsGoldenFile() throws {
        var report = SampleReport.twoPartners
        report.isPreview = true
        report.comparison = nil
        try Golden.check(TextReportRenderer(width: 100).render(report), named: "preview-100.txt")
    }
}
