import AccordCore
import AccordStore

/// Recording an agreed action (a form: what, owner, due round, the findings of the revealed
/// section and other questions it addresses) and the list of actions with their gaps'
/// movement. Its words are `FacilitatorPageStrings`, in `language`.
struct ActionPage {
    var session: StoredSession
    var basePath: String
    var token: String
    var language: FacilitatorLanguage

    private var words: FacilitatorPageStrings { language.words }

    /// What was typed, kept when the form comes back with an error.
    struct Entry {
        var text = ""
        var owner: String?
        var due = ""
        var findings: Set<String> = []
        var about = ""
    }

    /// The form for an action agreed in closed round `round`, about the findings of the section
    /// `revealed` (numbered and worded as the console shows them); `error` says what to correct.
    func form(round: Int, revealed: RevealedSection?, entry: Entry = Entry(), error: String? = nil) -> String {
        var body = language.header(basePath: basePath, path: ConsoleRoute.route(for: .action).url(basePath))
            + "<h1>\(HTML.escape(words.recordActionHeading))</h1>\n"
        if let error { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>\n" }
        body += #"<form method="post" action="\#(ConsoleRoute.route(for: .action).url(basePath))">\#(HTML.csrfField(token))"#
        body += "<p><label for=\"action-text\">\(HTML.escape(words.whatWillBeDone))</label><br>"
            + "<textarea id=\"action-text\" name=\"text\" rows=\"3\" required>\(HTML.escape(entry.text))</textarea></p>"
        body += "<fieldset><legend>\(HTML.escape(words.whichPartnerOwns))</legend>"
        for (index, partner) in session.partners.enumerated() {
            let checked = entry.owner == partner || (entry.owner == nil && index == 0) ? " checked" : ""
            body += "<div class=\"option\"><input type=\"radio\" id=\"owner-\(index)\" name=\"owner\" "
                + "value=\"\(HTML.escape(partner))\"\(checked)><label for=\"owner-\(index)\">\(HTML.isolated(partner))</label></div>"
        }
        body += "</fieldset>"
        let due = entry.due.isEmpty ? String(round + 1) : entry.due
        body += "<p><label for=\"action-due\">\(HTML.escape(words.byWhichRound))</label> <input type=\"text\" inputmode=\"numeric\" "
            + "id=\"action-due\" name=\"due\" value=\"\(HTML.escape(due))\" size=\"4\"></p>"
        if let revealed, !revealed.shown.isEmpty {
            body += "<fieldset><legend>\(HTML.escape(words.whichFindings))</legend>"
            for (offset, finding) in revealed.shown.enumerated() {
                let number = String(offset + 1)
                let checked = entry.findings.contains(number) ? " checked" : ""
                body += "<div class=\"option\"><input type=\"checkbox\" id=\"finding-\(number)\" name=\"finding\" "
                    + "value=\"\(number)\"\(checked)><label for=\"finding-\(number)\" dir=\"auto\">\(number). "
                    + "\(HTML.escape(language.text(of: finding, in: revealed.report, workshop: session.workshop).observation))</label></div>"
            }
            body += "</fieldset>"
        }
        body += "<p><label for=\"action-about\">\(HTML.escape(words.otherTopics))</label><br>"
            + "<input type=\"text\" id=\"action-about\" name=\"about\" value=\"\(HTML.escape(entry.about))\"></p>"
        body += #"<div class="actions"><button type="submit" class="primary" data-once>"#
            + #"\#(HTML.escape(words.recordTheAction))</button> "#
            + #"<a class="button" href="\#(basePath)">\#(HTML.escape(words.cancel))</a></div></form>"#
        return HTML.page(title: language.title(words.recordAction, session.workshop), language: language.code, body: body)
    }

    /// The form when no round is closed yet: actions are agreed on a closed round's results.
    func notYet() -> String {
        let body = language.header(basePath: basePath, path: ConsoleRoute.route(for: .action).url(basePath))
            + "<h1>\(HTML.escape(words.recordActionHeading))</h1>\n<p>\(HTML.escape(words.actionsNeedClosedRound))</p>"
        return HTML.page(title: language.title(words.recordAction, session.workshop), language: language.code, body: body)
    }

    /// Every action agreed so far; with `reviews` (a closed round's report), how its gaps moved.
    func list(actions: [AgreedAction], reviews: [ActionReview]?, round: Int?, recorded: Int? = nil) -> String {
        var body = language.header(basePath: basePath, path: ConsoleRoute.route(for: .actions).url(basePath))
            + "<h1>\(HTML.escape(words.agreedActions))</h1>\n"
        if let recorded { body += "<p role=\"status\">\(HTML.escape(words.recorded(recorded)))</p>\n" }
        if actions.isEmpty {
            body += "<p>\(HTML.escape(words.noActionsYet))</p>"
        } else if let reviews, let round {
            body += "<p>\(HTML.escape(words.asOfRound(round)))</p><ul>"
            for review in reviews { body += "<li>" + describe(review) + "</li>" }
            body += "</ul>"
        } else {
            body += "<ul>"
            for action in actions {
                body += "<li>" + words.actionHTML(
                    action.id, HTML.isolated(action.owner), action.dueRound,
                    "<span dir=\"auto\">\(HTML.escape(action.text))</span>") + "</li>"
            }
            body += "</ul>"
        }
        if round != nil {
            body += #"<p><a href="\#(ConsoleRoute.route(for: .action).url(basePath))">\#(HTML.escape(words.recordAction))</a></p>"#
        }
        return HTML.page(title: language.title(words.actions, session.workshop), language: language.code, body: body)
    }

    /// An action with its owner, round and the movement of the gaps it addresses.
    private func describe(_ review: ActionReview) -> String {
        let action = review.action
        var html = "<p>" + words.reviewedActionHTML(
            action.id, HTML.isolated(action.owner), action.dueRound, review.isDue,
            "<span dir=\"auto\">\(HTML.escape(action.text))</span>") + "</p>"
        var lines = review.gaps.map { $0.summary(language.movement) }
        if let dimension = review.dimension {
            let then = dimension.then.map { language.number(Int($0.rounded())) } ?? "—"
            let now = dimension.now.map { language.number(Int($0.rounded())) } ?? "—"
            lines.append(words.dimensionMoved(dimension.title, then, dimension.thenRound, now))
        }
        if !lines.isEmpty {
            html += "<ul>" + lines.map { "<li dir=\"auto\">\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        return html
    }
}
