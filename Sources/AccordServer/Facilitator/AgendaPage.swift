import AccordCore
import AccordStore

/// The console's agenda: every phase with its timebox and questions, the current one marked,
/// each with a button that starts it. Its words are `FacilitatorPageStrings`, in `language`.
struct AgendaPage {
    var session: StoredSession
    var basePath: String
    var token: String
    var language: FacilitatorLanguage

    func render(agenda: Agenda, state: FacilitationState) -> String {
        let words = language.words
        var body = language.header(basePath: basePath, path: ConsoleRoute.route(for: .agenda).url(basePath))
        body += "<h1>\(words.agendaHeadingHTML("<span dir=\"auto\">\(HTML.escape(agenda.title))</span>"))</h1>\n"
        if let total = agenda.totalMinutes { body += "<p>\(HTML.escape(words.minutesInAll(language.number(total))))</p>\n" }
        body += "<ol>"
        let action = ConsoleRoute.route(for: .phase).url(basePath)
        for phase in agenda.phases {
            let current = phase.number - 1 == state.phaseIndex
            let box = phase.timeboxMinutes.map { words.timebox(language.number($0)) } ?? words.noTimebox
            let questions = words.questions(phase.questionCount, language.number(phase.questionCount))
            body += "<li\(current ? " aria-current=\"step\"" : "")><p><strong dir=\"auto\">\(HTML.escape(phase.title))</strong>"
                + " · \(HTML.escape(box)) · \(HTML.escape(questions))"
                + "\(current ? " · <strong>\(HTML.escape(words.now))</strong>" : "")</p>"
            body += #"<form method="post" action="\#(action)" class="inline">\#(HTML.csrfField(token))"#
                + #"<input type="hidden" name="phase" value="\#(phase.number)">"#
                + #"<button type="submit">\#(HTML.escape(words.startPhase(phase.number)))</button></form></li>"#
        }
        body += "</ol>"
        return HTML.page(title: language.title(words.agenda, session.workshop), language: language.code, body: body)
    }
}
