import AccordCore

extension TextReportRenderer {
    /// The actions agreed up to this round, each with how its gaps moved.
    func actions(_ report: GapReport, _ out: inout TextOutput) {
        guard !report.actions.isEmpty else { return }
        out.blank()
        out.paragraph(ReportWords.current.agreedActions, style: out.style.bold)
        for review in report.actions {
            out.paragraph(ReportVocabulary.actionTitle(review), indent: "  ", hanging: "    ")
            for line in ReportVocabulary.actionDetails(review) {
                out.paragraph(line, indent: "    ", hanging: "      ")
            }
        }
    }
}
