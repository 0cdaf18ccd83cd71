import AccordCore

/// Turns a `GapReport` into one output format. Renderers compute nothing: they format,
/// order and select what the report already holds.
public protocol ReportRenderer: Sendable {
    /// The report as this format's text (UTF-8 when written out).
    func render(_ report: GapReport) -> String
}

/// The formats `accord report --format` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For the terminal.
    case text
    /// For a wiki or an email.
    case markdown
    /// One self-contained page to project in the room.
    case html
    /// The machine-readable contract of `product.md`.
    case json
    /// One row per question × group, for spreadsheets.
    case csv

    /// The renderer of this format. `width` and `colour` only affect `text`; `language`
    /// (`ReportLanguage.available`) sets the report's own words and number format in text,
    /// Markdown and HTML, and the human-readable sentences of JSON. CSV is for spreadsheets:
    /// its headers, cells and numbers stay the same in every language.
    public func renderer(width: Int = 80, colour: Bool = false, language: Language = .english) -> any ReportRenderer {
        switch self {
        case .text: TextReportRenderer(width: width, colour: colour, language: language)
        case .markdown: MarkdownReportRenderer(language: language)
        case .html: HTMLReportRenderer(language: language)
        case .json: JSONReportRenderer(language: language)
        case .csv: CSVReportRenderer()
        }
    }
}
