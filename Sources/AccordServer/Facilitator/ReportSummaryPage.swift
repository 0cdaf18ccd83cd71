import Foundation
import AccordCore

/// A plain HTML summary of a `GapReport`: groups, alignment, and each question's group means or
/// answer counts. It computes nothing: every number comes from the report, and suppressed
/// groups show as such. `accord serve` hands in the full HTML renderer of `AccordReport`; this
/// page is what the server shows on its own.
public enum ReportSummaryPage {
    /// The report as an HTML document.
    public static func render(_ report: GapReport) -> String {
        var body = "<h1>\(HTML.isolated(report.workshop.title)): round \(report.round)</h1>\n"
        if let alignment = report.alignment {
            body += "<p class=\"alignment\">Alignment: <strong>\(Int(alignment.rounded()))</strong> / 100</p>\n"
        }
        for warning in report.anonymity.warnings { body += "<p class=\"note\">\(HTML.escape(warning))</p>\n" }
        body += "<table><caption>Groups</caption><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">n</th></tr></thead><tbody>"
        for group in report.groups {
            let n = group.suppressed ? "suppressed" : group.n.map(String.init) ?? "–"
            body += "<tr><th scope=\"row\">\(HTML.isolated(group.group.description))</th><td>\(n)</td></tr>"
        }
        body += "</tbody></table>\n"
        for question in report.questions {
            body += "<section><h2 dir=\"auto\">\(HTML.escape(question.prompt))</h2><table><thead><tr><th scope=\"col\">Group</th>"
                + "<th scope=\"col\">n</th><th scope=\"col\">Mean</th><th scope=\"col\">Answers</th></tr></thead><tbody>"
            for group in question.groups {
                if group.suppressed {
                    body += "<tr><th scope=\"row\">\(HTML.isolated(group.group.description))</th><td colspan=\"3\">suppressed</td></tr>"
                    continue
                }
                let mean = group.mean.map { String(format: "%.2f", $0) } ?? "–"
                let counts = (group.counts ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                    .joined(separator: ", ")
                body += "<tr><th scope=\"row\">\(HTML.isolated(group.group.description))</th>"
                    + "<td>\(group.n.map(String.init) ?? "–")</td><td>\(mean)</td><td>\(HTML.escape(counts))</td></tr>"
            }
            body += "</tbody></table></section>\n"
        }
        return HTML.page(title: "Report · \(report.workshop.title)", body: body)
    }
}
