import AccordCore

/// A round's submissions per group as the console shows them: `SubmissionProgress` (the one
/// disclosure rule), a hidden group as *hidden* with no reason of its own.
enum CountsTable {
    /// The table and its note, in `language` (counts by `TypedNumber.format`).
    static func html(_ progress: SubmissionProgress, language: FacilitatorLanguage) -> String {
        let words = language.words
        // Group names and "hidden" are the terminal console's words: one naming of groups.
        let console = Catalogue.for(language.language).console
        var html = "<table><caption>\(HTML.escape(words.submissionsPerGroup))</caption><thead><tr>"
            + "<th scope=\"col\">\(HTML.escape(words.group))</th>"
            + "<th scope=\"col\">\(HTML.escape(words.submitted))</th></tr></thead><tbody>"
        for row in progress.rows {
            let group = HTML.isolated(console.name(of: row.group))
            let count = switch row.count {
            case .shown(let count): language.number(count)
            case .hidden: console.hidden
            }
            html += "<tr><th scope=\"row\">\(group)</th><td>\(HTML.escape(count))</td></tr>"
        }
        html += "</tbody></table>\n"
        return html + "<p class=\"note\">\(HTML.escape(words.hiddenNote(language.number(progress.minGroupSize))))</p>\n"
    }
}
