import AccordCore
import AccordStore

/// Every command of the terminal console (`accord facilitate`) and where it is in the
/// browser (`ConsoleRoute`). Its words are `FacilitatorPageStrings`, in `language`.
struct HelpPage {
    var session: StoredSession
    var basePath: String
    var language: FacilitatorLanguage

    func render() -> String {
        let words = language.words
        var body = language.header(basePath: basePath, path: ConsoleRoute.route(for: .help).url(basePath))
        body += "<h1>\(HTML.escape(words.help))</h1>\n<p>\(words.helpIntroHTML)</p>\n"
        body += "<table><caption>\(HTML.escape(words.helpCaption))</caption><thead><tr>"
            + "<th scope=\"col\">\(HTML.escape(words.terminal))</th><th scope=\"col\">\(HTML.escape(words.inTheBrowser))</th>"
            + "</tr></thead><tbody>"
        for command in FacilitationCommand.allCases {
            let route = ConsoleRoute.route(for: command)
            let place = HTML.escape(words.place(command))
            let cell = route.method == .get && command != .help && command != .quit
                ? #"<a href="\#(route.url(basePath))">\#(place)</a>"# : place
            body += "<tr><th scope=\"row\"><code>\(HTML.escape(command.usage))</code></th><td>\(cell)</td></tr>"
        }
        body += "</tbody></table>"
        return HTML.page(title: language.title(words.help, session.workshop), language: language.code, body: body)
    }
}
