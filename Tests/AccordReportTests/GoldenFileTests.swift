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

    /// The French report, every human-readable format, read by a person before recording:
    /// French vocabulary and decimal commas, the workshop's texts and comments as written.
    @Test(arguments: [ReportFormat.text, .markdown, .html, .json])
    func frenchReportMatchesItsGoldenFile(format: ReportFormat) throws {
        let output = format.renderer(width: 80, colour: false, language: .french).render(SampleReport.twoPartners)
        try Golden.check(output, named: "two-partners.fr.\(Self.extensions[format]!)")
    }

    /// The German text report of the small-cell sample (hidden groups, notes in German).
    @Test func germanSmallCellMatchesItsGoldenFile() throws {
        let output = TextReportRenderer(width: 80, language: .german).render(SampleReport.smallCell)
        try Golden.check(output, named: "small-cell.de.txt")
    }

    /// The German Markdown report of the small-cell sample: hidden groups and the anonymity
    /// warning in German.
    @Test func germanSmallCellMarkdownMatchesItsGoldenFile() throws {
        let output = MarkdownReportRenderer(language: .german).render(SampleReport.smallCell)
        try Golden.check(output, named: "small-cell.de.md")
    }

    @Test func previewMatchesItsGoldenFile() throws {
        var report = SampleReport.twoPartners
        report.isPreview = true
        report.comparison = nil
        try Golden.check(TextReportRenderer(width: 100).render(report), named: "preview-100.txt")
    }
}
