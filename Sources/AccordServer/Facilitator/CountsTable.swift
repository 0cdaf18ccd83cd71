import AccordCore

/// A round's submissions per group as the console shows them: `SubmissionProgress` (the one
/// disclosure rule), a hidden group as *hidden* with no reason of its own.
enum CountsTable {
    /// The table and its note.
    static func html(_ progress: SubmissionProgress) -> String {
        var html = "<table><caption>Submissions per group</caption><thead><tr><th scope=\"col\">Group</th>"
            + "<th scope=\"col\">Submitted</th></tr></thead><tbody>"
        for row in progress.rows {
            html += "<tr><th scope=\"row\">\(HTML.isolated(row.group.description))</th>"
                + "<td>\(HTML.escape(SubmissionProgress.text(row.count)))</td></tr>"
        }
        html += "</tbody></table>\n"
        return html + "<p class=\"note\">Hidden: fewer than \(progress.minGroupSize) submissions, or a count from which "
            + "a hidden group's could be worked out.</p>\n"
    }
}
