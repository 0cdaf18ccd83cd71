import AccordCore
import AccordStore

/// The console's agenda: every phase with its timebox and questions, the current one marked,
/// each with a button that starts it. Its words are all in this file.
struct AgendaPage {
    var session: StoredSession
    var basePath: String
    var token: String

    func render(agenda: Agenda, state: FacilitationState) -> String {
        var body = "<p><a href=\"\(basePath)\">Back to the console</a></p>\n"
        body += "<h1 dir=\"auto\">Agenda: \(HTML.escape(agenda.title))</h1>\n"
        if let total = agenda.totalMinutes { body += "<p>\(total) minutes in all.</p>\n" }
        body += "<ol>"
        let action = ConsoleRoute.route(for: .phase).url(basePath)
        for (index, phase) in agenda.phases.enumerated() {
            let current = index == state.phaseIndex
            let box = phase.timeboxMinutes.map { "\($0) min" } ?? "no timebox"
            let questions = phase.questionCount == 1 ? "1 question" : "\(phase.questionCount) questions"
            body += "<li\(current ? " aria-current=\"step\"" : "")><p><strong dir=\"auto\">\(HTML.escape(phase.title))</strong>"
                + " · \(box) · \(questions)\(current ? " · <strong>now</strong>" : "")</p>"
            body += #"<form method="post" action="\#(action)" class="inline">\#(HTML.csrfField(token))"#
                + #"<input type="hidden" name="phase" value="\#(phase.number)">"#
                + #"<button type="submit">Start phase \#(phase.number)</button></form></li>"#
        }
        body += "</ol>"
        return HTML.page(
            title: "Agenda · \(session.workshop.title.text)", language: session.workshop.language, body: body)
    }
}
