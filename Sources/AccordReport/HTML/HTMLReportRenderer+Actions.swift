import AccordCore

extension HTMLReportRenderer {
    /// The actions agreed up to this round, each with how its gaps moved.
    func actions(_ report: GapReport) -> [String] {
        guard !report.actions.isEmpty else { return [] }
        let e = HTMLText.escape
        var html = ["<section class=\"actions\"><h2>\(e(words.agreedActions))</h2>", "<ul>"]
        for review in report.actions {
            html.append("<li><strong>\(e(ReportVocabulary.actionTitle(review)))</strong><ul>")
            html += ReportVocabulary.actionDetails(review).map { "<li>\(e($0))</li>" }
            html.append("</ul></li>")
        }
        html += ["</ul>", "</section>"]
        return html
    }
}
