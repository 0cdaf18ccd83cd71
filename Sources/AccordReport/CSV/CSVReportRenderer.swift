import AccordCore

/// One row per question × group with its statistics, for spreadsheets, written through
/// `CSVField` like every CSV of Accord: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order
/// mark, text cells a spreadsheet would run as a formula defused, numbers left numeric.
/// A hidden group's statistics are empty cells with `suppressed` true, never 0.
public struct CSVReportRenderer: ReportRenderer {
    /// Creates a CSV renderer.
    public init() {}

    static let header = [
        "session", "round", "preview", "question_id", "type", "dimension", "prompt", "partner", "level", "suppressed",
        "n", "dont_know", "prefer_not_to_say", "mean", "sd", "median", "rwg", "adm", "counts", "selection_rates",
        "mean_ranks", "understanding_gap", "understanding",
    ]

    /// The CSV text: a byte order mark, the header, then one CRLF-terminated record a row
    /// (`CSVField` encodes every cell).
    public func render(_ report: GapReport) -> String {
        var out = CSVField.byteOrderMark + CSVField.record(Self.header.map(CSVField.text))
        for question in report.questions {
            let keys = question.categories.map(\.key)
            for shown in question.groups {
                // A hidden group's numbers are never written, whatever the model holds.
                let group = shown.suppressed ? QuestionGroupStatistics.suppressed(shown.group) : shown
                out += CSVField.record([
                    .text(report.session.id), .number(Double(report.round)), .bool(report.isPreview),
                    .text(question.id), .text(question.type.rawValue), .text(question.dimension ?? ""),
                    .text(question.prompt), .text(group.group.partner ?? ""), .text(group.group.level?.rawValue ?? ""),
                    .bool(group.suppressed),
                    .number(group.n.map(Double.init)), .number(group.dontKnow.map(Double.init)),
                    .number(group.preferNotToSay.map(Double.init)),
                    .number(group.mean), .number(group.sd), .number(group.median), .number(group.rwg), .number(group.adm),
                    .list(Self.pairs(group.counts, keys) { String($0) }),
                    .list(Self.pairs(group.selectionRates, keys) { CSVField.format($0) }),
                    .list(Self.pairs(group.meanRanks, keys) { CSVField.format($0) }),
                ] + Self.understanding(question, group.group))
            }
        }
        return out
    }

    /// On a partner's row (everyone in it), that partner's guess about the other: the gap
    /// (`UnderstandingGap.gap`) and its sentence; empty when none or hidden.
    private static func understanding(_ question: QuestionReport, _ group: GroupKey) -> [CSVField] {
        guard group.level == nil, let partner = group.partner,
            let gap = question.understandingGaps.first(where: { $0.predictingPartner == partner })
        else { return [.text(""), .text("")] }
        guard let sentence = gap.sentence else { return [.number(nil), .text(ReportWords.english.hidden)] }
        return [.number(gap.gap), .text(sentence)]
    }

    /// `key=value` pairs in category order, separated by `;`.
    private static func pairs<Value>(_ values: [String: Value]?, _ order: [String], _ format: (Value) -> String) -> String {
        guard let values else { return "" }
        let keys = order.filter { values[$0] != nil } + values.keys.filter { !order.contains($0) }.sorted()
        return keys.map { "\($0)=\(format(values[$0]!))" }.joined(separator: ";")
    }
}
