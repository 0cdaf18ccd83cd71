import AccordCore
import AccordStore

/// The facilitator's page: the join URL and its QR code, each round's counts (thresholds
/// applied), open and close, and links to closed rounds' reports. It refreshes itself (through
/// the shared script) while a round is open.
struct FacilitatorPage {
    var session: StoredSession
    var joinURL: String
    var basePath: String
    var token: String
    var qrCode: QRCode?

    func render(rounds: [(RoundState, SubmissionProgress)]) -> String {
        let workshop = session.workshop
        let title = "Facilitator · \(workshop.title.text)"
        let open = session.openRound
        var body = "<h1 dir=\"auto\">\(HTML.escape(workshop.title.text))</h1>\n"
        body += "<p>Session <code>\(HTML.escape(session.id))</code>, partners "
            + "\(session.partners.map(HTML.isolated).joined(separator: " and ")).</p>\n"
        body += #"<section class="join"><h2>Join</h2>"#
        if let qrCode { body += qrCode.svg(label: "QR code of the join address") }
        body += #"<p>Participants scan the code or open <a href="\#(HTML.escape(joinURL))">\#(HTML.escape(joinURL))</a></p></section>"#
        if open != nil { body += #"<div data-refresh="15"></div>"# }
        for (round, counts) in rounds {
            body += section(round: round, counts: counts)
        }
        if open == nil {
            body += step(.open, label: "Open round \(session.currentRound + 1)…")
        }
        return HTML.page(title: title, language: workshop.language, body: body)
    }

    private func section(round: RoundState, counts: SubmissionProgress) -> String {
        let state = round.isOpen ? "open" : "closed"
        var html = "<section><h2>Round \(round.number) <span class=\"state\">(\(state))</span></h2>\n"
        html += "<table><caption>Submissions per group</caption><thead><tr><th scope=\"col\">Group</th>"
            + "<th scope=\"col\">Submitted</th></tr></thead><tbody>"
        for row in counts.rows {
            let shown = SubmissionProgress.text(row.count)
            html += "<tr><th scope=\"row\">\(HTML.isolated(row.group.description))</th><td>\(HTML.escape(shown))</td></tr>"
        }
        html += "</tbody></table>\n"
        html += "<p class=\"note\">Hidden: fewer than \(counts.minGroupSize) submissions, or a count from which "
            + "a hidden group's could be worked out.</p>\n"
        if round.isOpen {
            html += step(.close, label: "Close round \(round.number)…")
        } else {
            html += #"<p><a href="\#(basePath)/report/\#(round.number)">Report of round \#(round.number)</a></p>"#
        }
        return html + "</section>\n"
    }

    /// The first step of a round change: a link to its confirm page (no form, nothing changes).
    private func step(_ change: RoundChange, label: String) -> String {
        #"<p><a class="button" href="\#(basePath)/\#(change.rawValue)">\#(HTML.escape(label))</a></p>"#
    }

    /// The confirm page of `change` for round `round`: what it does, and the two buttons.
    func confirm(_ change: RoundChange, round: Int) -> String {
        let workshop = session.workshop
        let (question, explanation, button): (String, String, String) =
            switch change {
            case .close:
                (
                    "Close round \(round)?",
                    "Round \(round) then takes no more answers, and its report can be read. Participants still "
                        + "answering can no longer submit: their answers in progress are kept but never counted. "
                        + "This cannot be undone: a closed round stays closed (you can open round \(round + 1) "
                        + "afterwards).",
                    "Close round \(round)"
                )
            case .open:
                (
                    "Open round \(round)?",
                    "Participants can then answer again, as round \(round), with the same join address. "
                        + "Earlier rounds stay closed and their reports stay as they are. Only one round is open "
                        + "at a time.",
                    "Open round \(round)"
                )
            }
        let body = """
            <h1>\(HTML.escape(question))</h1>
            <p>\(HTML.escape(explanation))</p>
            <form method="post" action="\(basePath)/\(change.rawValue)">\(HTML.csrfField(token))\
            <input type="hidden" name="round" value="\(round)">
            <div class="actions"><button type="submit" class="primary" data-once>\(HTML.escape(button))</button> \
            <a class="button" href="\(basePath)">Cancel</a></div></form>
            """
        return HTML.page(title: "\(question) · \(workshop.title.text)", language: workshop.language, body: body)
    }
}
