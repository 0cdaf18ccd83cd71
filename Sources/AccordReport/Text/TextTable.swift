import AccordCore

/// The columns of a scale or number question's table in the text report, most important
/// first, so the renderer can drop from the end when the terminal is narrow.
struct TextTable {
    /// The header cell, padded to `width`.
    var header: String
    /// Characters the column takes.
    var width: Int
    /// Whether the column may be dropped on a narrow terminal.
    var optional: Bool
    /// Whether this is one of the per-scale-point count columns.
    var isCount = false
    /// Whether cells are right-aligned (numbers) or left-aligned (words).
    var alignRight = true
    /// The cell of one (shown) group.
    var value: @Sendable (QuestionGroupStatistics) -> String

    func cell(_ group: QuestionGroupStatistics) -> String { TextWrapping.fit(value(group), width, alignRight: alignRight) }

    static func numeric(_ title: String, _ width: Int, optional: Bool, _ value: @escaping @Sendable (QuestionGroupStatistics) -> String) -> TextTable {
        TextTable(header: TextWrapping.fit(title, width, alignRight: true), width: width, optional: optional, value: value)
    }

    static func columns(for question: QuestionReport, isScale: Bool) -> [TextTable] {
        var columns: [TextTable] = [
            .numeric("n", 4, optional: false) { $0.n.map(String.init) ?? "—" },
            .numeric("mean", 6, optional: false) { NumberText.fixed($0.mean, 2) },
        ]
        if isScale { columns.append(.numeric("rwg", 6, optional: false) { NumberText.unit($0.rwg) }) }
        columns.insert(.numeric("sd", 6, optional: true) { NumberText.fixed($0.sd, 2) }, at: 2)
        columns.insert(.numeric("median", 7, optional: true) { NumberText.fixed($0.median, 2) }, at: 3)
        guard isScale else { return columns }
        // A narrow terminal drops the agreement words first, then the counts all together.
        let counts = question.categories.map { category in
            TextTable(header: TextWrapping.fit(category.key, 4, alignRight: true), width: 4, optional: true, isCount: true) {
                $0.counts?[category.key].map(String.init) ?? "—"
            }
        }
        let agreement = TextTable(header: "  agreement  ", width: 13, optional: true, alignRight: false) { group in
            "  " + (group.rwg.map { ReportVocabulary.agreementBand(AgreementLevel(rwg: $0)) } ?? "—")
        }
        return columns + counts + [agreement]
    }
}
