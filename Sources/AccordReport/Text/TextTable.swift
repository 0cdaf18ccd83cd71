import AccordCore

/// The columns of a scale or number question's table in the text report, most important
/// first, so the renderer can drop from the end when the terminal is narrow. Every column is
/// as wide as its widest value plus one space, so no two values ever touch.
struct TextTable {
    /// The header's text.
    var title: String
    /// Characters the column takes, the separating space included.
    var width: Int
    /// Whether the column may be dropped on a narrow terminal.
    var optional: Bool
    /// Whether this is one of the per-scale-point count columns.
    var isCount = false
    /// Whether cells are right-aligned (numbers) or left-aligned (words).
    var alignRight = true
    /// The cell of one (shown) group.
    var value: @Sendable (QuestionGroupStatistics) -> String

    /// The header cell, padded to `width`.
    var header: String { TextWrapping.fit(title, width, alignRight: alignRight) }

    func cell(_ group: QuestionGroupStatistics) -> String { TextWrapping.fit(value(group), width, alignRight: alignRight) }

    static func numeric(_ title: String, _ width: Int, optional: Bool, _ value: @escaping @Sendable (QuestionGroupStatistics) -> String) -> TextTable {
        TextTable(title: title, width: width, optional: optional, value: value)
    }

    /// The columns of `question`, each widened to fit its widest value among the shown
    /// groups (and its header) with one space before it.
    static func columns(for question: QuestionReport, isScale: Bool) -> [TextTable] {
        let shown = question.groups.filter { !$0.suppressed }
        return minimumColumns(for: question, isScale: isScale).map { column in
            var column = column
            let widest = shown.map { column.value($0).count }.max() ?? 0
            // A right-aligned column's space is its first character; a left-aligned one starts with its own.
            let space = column.alignRight ? 1 : 0
            column.width = max(column.width, widest + space, column.title.count + space)
            return column
        }
    }

    private static func minimumColumns(for question: QuestionReport, isScale: Bool) -> [TextTable] {
        let words = ReportWords.current
        var columns: [TextTable] = [
            .numeric("n", 4, optional: false) { $0.n.map(String.init) ?? "—" },
            .numeric(words.mean, 6, optional: false) { NumberText.fixed($0.mean, 2) },
        ]
        if isScale { columns.append(.numeric("rwg", 6, optional: false) { NumberText.unit($0.rwg) }) }
        columns.insert(.numeric(words.sd, 6, optional: true) { NumberText.fixed($0.sd, 2) }, at: 2)
        columns.insert(.numeric(words.median, 7, optional: true) { NumberText.fixed($0.median, 2) }, at: 3)
        guard isScale else { return columns }
        // A narrow terminal drops the agreement words first, then the counts all together.
        let counts = question.categories.map { category in
            TextTable(title: category.key, width: 4, optional: true, isCount: true) {
                $0.counts?[category.key].map(String.init) ?? "—"
            }
        }
        let agreement = TextTable(title: "  " + words.agreementColumn, width: 13, optional: true, alignRight: false) { group in
            "  " + (group.rwg.map { ReportVocabulary.agreementBand(AgreementLevel(rwg: $0)) } ?? "—")
        }
        return columns + counts + [agreement]
    }
}
