import AccordCore
import AccordStore

/// "Close round N?" and "Open round N?": the second step of a round change, what it does and
/// the two buttons. Its words are `FacilitatorPageStrings`, in `language`.
struct RoundChangePage {
    var session: StoredSession
    var basePath: String
    var token: String
    var language: FacilitatorLanguage

    /// The confirm page of `change` for round `round`: what it does, and the two buttons.
    func confirm(_ change: RoundChange, round: Int) -> String {
        let words = language.words
        let (question, explanation, button): (String, String, String) =
            switch change {
            case .close: (words.closeQuestion(round), words.closeExplanation(round), words.closeButton(round))
            case .open: (words.openQuestion(round), words.openExplanation(round), words.openButton(round))
            }
        let body = """
            \(language.switcherHTML(path: "\(basePath)/\(change.rawValue)"))\
            <h1>\(HTML.escape(question))</h1>
            <p>\(HTML.escape(explanation))</p>
            <form method="post" action="\(basePath)/\(change.rawValue)">\(HTML.csrfField(token))\
            <input type="hidden" name="round" value="\(round)">
            <div class="actions"><button type="submit" class="primary" data-once>\(HTML.escape(button))</button> \
            <a class="button" href="\(basePath)">\(HTML.escape(words.cancel))</a></div></form>
            """
        return HTML.page(title: language.title(question, session.workshop), language: language.code, body: body)
    }
}
