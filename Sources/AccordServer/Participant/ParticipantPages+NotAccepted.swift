import AccordCore

extension ParticipantPages {
    /// A refusal of a posted part of the workshop that keeps what was typed: the refusal's
    /// title and message, then every answer and prediction the form held, question by
    /// question, as text to copy (nothing of it was stored).
    func notAccepted(title refusal: String, message: String, typed form: FormData) -> String {
        var items: [String] = []
        for question in workshop.sections.flatMap(\.questions) {
            for prefix in ["a", "p"] {
                let field = AnswerField(question: question, prefix: prefix, language: language)
                let text: String
                switch field.read(form) {
                case .unanswered: continue
                case .answer(let answer): text = display(answer, for: question)
                case .invalid: text = form[field.name] ?? ""
                }
                let prompt = question.prompt.text(in: language)
                let label = prefix == "a" ? prompt : words.guessForOtherPartner(prompt)
                items.append("<dt>\(HTML.escape(label))</dt><dd>\(HTML.escape(text))</dd>")
            }
        }
        var body = "<h1>\(HTML.escape(refusal))</h1>\n<p>\(HTML.escape(message))</p>\n"
        if !items.isEmpty {
            body += #"<section class="typed"><h2>\#(HTML.escape(words.whatYouTyped))</h2><dl>\#(items.joined())</dl></section>"#
        }
        return HTML.page(title: "\(refusal) · \(title)", language: language, body: body)
    }
}
