import AccordCore
import AccordStore

/// Recording an agreed action (a form: what, owner, due round, the findings of the revealed
/// section and other questions it addresses) and the list of actions with their gaps'
/// movement. Its words are all in this file.
struct ActionPage {
    var session: StoredSession
    var basePath: String
    var token: String

    /// What was typed, kept when the form comes back with an error.
    struct Entry {
        var text = ""
        var owner: String?
        var due = ""
        var findings: Set<String> = []
        var about = ""
    }

    /// The form for an action agreed in closed round `round`, about `findings` (numbered as
    /// the console shows them); `error` says what to correct.
    func form(round: Int, findings: [DiscussionFinding], entry: Entry = Entry(), error: String? = nil) -> String {
        var body = "<p><a href=\"\(basePath)\">Back to the console</a></p>\n<h1>Record an agreed action</h1>\n"
        if let error { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>\n" }
        body += #"<form method="post" action="\#(ConsoleRoute.route(for: .action).url(basePath))">\#(HTML.csrfField(token))"#
        body += "<p><label for=\"action-text\">What will be done?</label><br>"
            + "<textarea id=\"action-text\" name=\"text\" rows=\"3\" required>\(HTML.escape(entry.text))</textarea></p>"
        body += "<fieldset><legend>Which partner owns it?</legend>"
        for (index, partner) in session.partners.enumerated() {
            let checked = entry.owner == partner || (entry.owner == nil && index == 0) ? " checked" : ""
            body += "<div class=\"option\"><input type=\"radio\" id=\"owner-\(index)\" name=\"owner\" "
                + "value=\"\(HTML.escape(partner))\"\(checked)><label for=\"owner-\(index)\">\(HTML.isolated(partner))</label></div>"
        }
        body += "</fieldset>"
        let due = entry.due.isEmpty ? String(round + 1) : entry.due
        body += "<p><label for=\"action-due\">By which round?</label> <input type=\"text\" inputmode=\"numeric\" "
            + "id=\"action-due\" name=\"due\" value=\"\(HTML.escape(due))\" size=\"4\"></p>"
        if !findings.isEmpty {
            body += "<fieldset><legend>Which findings does it address?</legend>"
            for (offset, finding) in findings.enumerated() {
                let number = String(offset + 1)
                let checked = entry.findings.contains(number) ? " checked" : ""
                body += "<div class=\"option\"><input type=\"checkbox\" id=\"finding-\(number)\" name=\"finding\" "
                    + "value=\"\(number)\"\(checked)><label for=\"finding-\(number)\" dir=\"auto\">\(number). "
                    + "\(HTML.escape(finding.prompt.observation))</label></div>"
            }
            body += "</fieldset>"
        }
        body += "<p><label for=\"action-about\">Other questions or a dimension it addresses (ids, optional)</label><br>"
            + "<input type=\"text\" id=\"action-about\" name=\"about\" value=\"\(HTML.escape(entry.about))\"></p>"
        body += #"<div class="actions"><button type="submit" class="primary" data-once>Record the action</button> "#
            + #"<a class="button" href="\#(basePath)">Cancel</a></div></form>"#
        return HTML.page(
            title: "Record an action · \(session.workshop.title.text)", language: session.workshop.language, body: body)
    }

    /// The form when no round is closed yet: actions are agreed on a closed round's results.
    func notYet() -> String {
        let body = "<p><a href=\"\(basePath)\">Back to the console</a></p>\n<h1>Record an agreed action</h1>\n"
            + "<p>Actions are agreed on a closed round's results: close the round and reveal its sections first.</p>"
        return HTML.page(
            title: "Record an action · \(session.workshop.title.text)", language: session.workshop.language, body: body)
    }

    /// Every action agreed so far; with `reviews` (a closed round's report), how its gaps moved.
    func list(actions: [AgreedAction], reviews: [ActionReview]?, round: Int?, recorded: Int? = nil) -> String {
        var body = "<p><a href=\"\(basePath)\">Back to the console</a></p>\n<h1>Agreed actions</h1>\n"
        if let recorded { body += "<p role=\"status\">Recorded action #\(recorded).</p>\n" }
        if actions.isEmpty {
            body += "<p>No actions agreed yet. Record one while revealing results.</p>"
        } else if let reviews, let round {
            body += "<p>As of round \(round):</p><ul>"
            for review in reviews { body += "<li>" + describe(review) + "</li>" }
            body += "</ul>"
        } else {
            body += "<ul>"
            for action in actions {
                body += "<li>#\(action.id) \(HTML.isolated(action.owner)), by round \(action.dueRound): "
                    + "<span dir=\"auto\">\(HTML.escape(action.text))</span></li>"
            }
            body += "</ul>"
        }
        if round != nil {
            body += #"<p><a href="\#(ConsoleRoute.route(for: .action).url(basePath))">Record an action</a></p>"#
        }
        return HTML.page(
            title: "Actions · \(session.workshop.title.text)", language: session.workshop.language, body: body)
    }

    /// An action with its owner, round and the movement of the gaps it addresses.
    private func describe(_ review: ActionReview) -> String {
        let action = review.action
        let due = review.isDue ? "due by round \(action.dueRound)" : "for round \(action.dueRound)"
        var html = "<p>#\(action.id) \(HTML.isolated(action.owner)), \(due): <span dir=\"auto\">\(HTML.escape(action.text))</span></p>"
        var lines = review.gaps.map(\.summary)
        if let dimension = review.dimension {
            let then = dimension.then.map { String(Int($0.rounded())) } ?? "—"
            let now = dimension.now.map { String(Int($0.rounded())) } ?? "—"
            lines.append("\(dimension.title) alignment: \(then) in round \(dimension.thenRound), \(now) now")
        }
        if !lines.isEmpty {
            html += "<ul>" + lines.map { "<li dir=\"auto\">\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        return html
    }
}
