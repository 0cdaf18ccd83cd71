import AccordCore

/// Turns a `GapReport` into one output format. Renderers compute nothing: they format,
/// order and select what the report already holds.
public protocol ReportRenderer: Sendable {
    /// The report as this format's text (UTF-8 when written out).
    func render(_ report: GapReport) -> String

    /// Writes the report to `output`, piece by piece where the format allows (JSON), so that
    /// a large report need not be held whole as one string. The bytes are those of `render(_:)`.
    func render<Output: TextOutputStream>(_ report: GapReport, into output: inout Output)
}

extension ReportRenderer {
    /// Writes `render(_:)`'s text to `output` in one piece.
    public func render<Output: TextOutputStream>(_ report: GapReport, into output: inout Output) {
        output.write(render(report))
    }
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

    /// Whether this format prints the comments: one that does not (CSV) lets the report keep
    /// no comment texts at all.
    public var printsComments: Bool { self != .csv }

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
