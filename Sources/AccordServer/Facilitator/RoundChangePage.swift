import AccordCore
import AccordStore

/// "Close round N?" and "Open round N?": the second step of a round change, what it does and
/// the two buttons. Its words are all in this file.
struct RoundChangePage {
    var session: StoredSession
    var basePath: String
    var token: String

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
