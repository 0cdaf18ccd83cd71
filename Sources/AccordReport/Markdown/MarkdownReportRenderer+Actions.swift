import AccordCore

extension MarkdownReportRenderer {
    /// The actions agreed up to this round, each with how its gaps moved.
    func actions(_ report: GapReport) -> [String] {
        guard !report.actions.isEmpty else { return [] }
        var out = ["", "## \(ReportWords.current.agreedActions)", ""]
        for review in report.actions {
            out.append("- **\(Self.escape(ReportVocabulary.actionTitle(review)))**")
            for line in ReportVocabulary.actionDetails(review) { out.append("  - \(Self.escape(line))") }
        }
        return out
    }
}
