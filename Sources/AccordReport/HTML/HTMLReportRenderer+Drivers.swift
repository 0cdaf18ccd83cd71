import AccordCore

extension HTMLReportRenderer {
    /// The driver section: per driver group, a chart of each dimension at (score, driver
    /// strength) with the "act here first" quadrant, then the same numbers as a list.
    func drivers(_ report: GapReport) -> [String] {
        guard let introduction = ReportVocabulary.driverIntroduction(report) else { return [] }
        let e = HTMLText.escape
        var html = ["<section><h2>\(e(words.drivers))</h2>", "<p class=\"legend\">\(e(introduction))</p>"]
        for (group, title, lines) in ReportVocabulary.driverGroups(report) {
            html.append("<h3>\(e(title))</h3>")
            if !report.isHidden(group) {
                html.append(Self.figure { DriverChart(report: report, group: group, layout: $0).markup })
            }
            html.append("<ul>" + lines.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        }
        html.append("</section>")
        return html
    }
}
