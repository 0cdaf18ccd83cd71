import AccordCore
import AccordStore

/// Every command of the terminal console (`accord facilitate`) and where it is in the
/// browser (`ConsoleRoute`). Its words are all in this file.
struct HelpPage {
    var session: StoredSession
    var basePath: String

    /// Where each command is on the web.
    static func place(_ command: FacilitationCommand) -> String {
        switch command {
        case .agenda: "The Agenda page: every phase, its timebox, a button to start it."
        case .next: "The console's Next phase button: the phase's introduction, your notes, the countdown."
        case .phase: "The Agenda page's Start buttons, and the console's Previous phase button."
        case .time: "The countdown at the top of the console (and on the presenter view)."
        case .counts: "The Counts page, and each round on the console: groups below the threshold show no number."
        case .open: "The console's Open round link, then its confirm page."
        case .close: "The console's Close round link, then its confirm page."
        case .reveal: "The console's Reveal buttons, after the round is closed: the presenter view shows that section."
        case .more: "The console's More findings button under a revealed section."
        case .action: "The Record an action page: what, owner, round, the findings it addresses."
        case .actions: "The Actions page: every action agreed, with how its gaps moved."
        case .help: "This page."
        case .quit: "Close the tab: everything is already stored."
        }
    }

    func render() -> String {
        var body = "<p><a href=\"\(basePath)\">Back to the console</a></p>\n<h1>Help</h1>\n"
        body += "<p>Every step of the terminal console (<code>accord facilitate</code>) is here too. Keep the "
            + "console on your own screen and put the presenter view on the projector: it has no secret and no button.</p>\n"
        body += "<table><caption>Terminal commands and their place in the browser</caption><thead><tr>"
            + "<th scope=\"col\">Terminal</th><th scope=\"col\">In the browser</th></tr></thead><tbody>"
        for command in FacilitationCommand.allCases {
            let route = ConsoleRoute.route(for: command)
            let place = route.method == .get && command != .help && command != .quit
                ? #"<a href="\#(route.url(basePath))">\#(HTML.escape(Self.place(command)))</a>"#
                : HTML.escape(Self.place(command))
            body += "<tr><th scope=\"row\"><code>\(HTML.escape(command.usage))</code></th><td>\(place)</td></tr>"
        }
        body += "</tbody></table>"
        return HTML.page(title: "Help · \(session.workshop.title.text)", language: session.workshop.language, body: body)
    }
}
