import AccordCore

/// One row per question × group with its statistics, for spreadsheets. RFC 4180 quoting,
/// CRLF line ends, and text cells that a spreadsheet would run as a formula are defused.
/// A hidden group's statistics are empty cells with `suppressed` true, never 0.
public struct CSVReportRenderer: ReportRenderer {
    /// Creates a CSV renderer.
    public init() {}

    static let header = [
        "session", "round", "preview", "question_id", "type", "dimension", "prompt", "partner", "level", "suppressed",
        "n", "dont_know", "prefer_not_to_say", "mean", "sd", "median", "rwg", "adm", "counts", "selection_rates",
        "mean_ranks",
    ]

    /// The CSV text, header first.
    public func render(_ report: GapReport) -> String {
        var rows: [[Cell]] = [Self.header.map(Cell.text)]
        for question in report.questions {
            let keys = question.categories.map(\.key)
            for shown in question.groups {
                // A hidden group's numbers are never written, whatever the model holds.
                let group = shown.suppressed ? QuestionGroupStatistics.suppressed(shown.group) : shown
                rows.append([
                    .text(report.session.id), .number(String(report.round)), .number(report.isPreview ? "true" : "false"),
                    .text(question.id), .text(question.type.rawValue), .text(question.dimension ?? ""),
                    .text(question.prompt), .text(group.group.partner ?? ""), .text(group.group.level?.rawValue ?? ""),
                    .number(group.suppressed ? "true" : "false"),
                    .number(group.n.map(String.init) ?? ""), .number(group.dontKnow.map(String.init) ?? ""),
                    .number(group.preferNotToSay.map(String.init) ?? ""),
                    Self.decimal(group.mean), Self.decimal(group.sd), Self.decimal(group.median),
                    Self.decimal(group.rwg), Self.decimal(group.adm),
                    .text(Self.pairs(group.counts, keys) { String($0) }),
                    .text(Self.pairs(group.selectionRates, keys) { OrderedJSON.format($0) }),
                    .text(Self.pairs(group.meanRanks, keys) { OrderedJSON.format($0) }),
                ])
            }
        }
        return rows.map { $0.map(\.encoded).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func decimal(_ value: Double?) -> Cell {
        .number(value.flatMap { $0.isFinite ? OrderedJSON.format($0) : nil } ?? "")
    }

    /// `key=value` pairs in category order, separated by `;`.
    private static func pairs<Value>(_ values: [String: Value]?, _ order: [String], _ format: (Value) -> String) -> String {
        guard let values else { return "" }
        let keys = order.filter { values[$0] != nil } + values.keys.filter { !order.contains($0) }.sorted()
        return keys.map { "\($0)=\(format(values[$0]!))" }.joined(separator: ";")
    }
}

/// One CSV cell: numbers are written as they are; text is guarded and quoted.
enum Cell {
    /// A number or boolean the renderer wrote itself.
    case number(String)
    /// Text, possibly from a participant or the workshop.
    case text(String)

    /// The cell as RFC 4180 field text.
    var encoded: String {
        switch self {
        case .number(let value): return value
        case .text(let value):
            var text = value
            // Formula injection: a spreadsheet runs cells starting with these characters.
            if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
            let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
    }
}
