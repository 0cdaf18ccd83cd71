import AccordCore
import Hummingbird

/// The language of the facilitator's pages (the console and the presenter view): Accord's own
/// words (`FacilitatorPageStrings`), its numbers (`TypedNumber.format`), and the workshop's
/// texts in it where the workshop translates them.
///
/// The console's language, first that applies: `?lang=` (the language links in the console's
/// header; it is remembered in a cookie), the cookie, `Accept-Language`, `accord serve
/// --language`, the workshop's language, English. The presenter view is seen by the room, not
/// by the browser that shows it: its language is `?lang=` (the console's link to it carries
/// the console's language), else `--language`, else the workshop's language, else English;
/// the projector's `Accept-Language` is not asked.
struct FacilitatorLanguage: Sendable {
    /// The language of Accord's words: one Accord has a catalogue for.
    let language: Language
    /// Whether the request chose it with `?lang=` (the cookie is then set).
    let isChosen: Bool
    /// Accord's words.
    let words: FacilitatorPageStrings
    /// The workshop's language closest to `language` (its texts' key), else its own.
    let workshopCode: String
    /// The report's wording of a finding (`WorkshopServer.findingWords`), for `text(of:in:workshop:)`.
    var findingWords: WorkshopServer.FindingWords?

    /// The cookie that keeps the console's language.
    static let cookie = "accord-console-language"

    init(_ language: Language, workshop: Workshop, isChosen: Bool = false) {
        let catalogue = Catalogue.for(language)
        self.language = catalogue.language
        self.isChosen = isChosen
        words = .for(catalogue.language)
        workshopCode = workshop.offeredLanguage(for: catalogue.language) ?? workshop.language
    }

    /// The language code for `lang` attributes and links.
    var code: String { language.code }

    /// A count written in the language (`2 345` in French).
    func number(_ value: Int) -> String { TypedNumber(language: code).format(Double(value)) }

    /// What went wrong while facilitating, in the terminal console's words for the language
    /// (`ConsoleStrings.error`: one translation of each `FacilitationError` for both consoles).
    func message(_ error: FacilitationError) -> String { Catalogue.for(language).console.error(error) }

    /// How an agreed action's gaps moved, in the language (`GapMovement.Wording.for`, as the
    /// terminal console and the report word it).
    var movement: GapMovement.Wording { .for(language) }

    /// A group's spread (a dispersed-group finding) in the language, as the terminal words it.
    var spread: SpreadWording { .for(language) }

    /// A workshop's text in the language when the workshop translates it.
    func text(_ text: LocalizedText) -> String { text.text(in: workshopCode) }

    /// A page title: what the page is, then the workshop's title.
    func title(_ page: String, _ workshop: Workshop) -> String { "\(page) · \(text(workshop.title))" }

    /// The console's language for `request` (the order above).
    static func console(_ request: Request, default fallback: Language?, workshop: Workshop) -> FacilitatorLanguage {
        if let chosen = query(request) { return FacilitatorLanguage(chosen, workshop: workshop, isChosen: true) }
        if let kept = request.cookies[cookie].flatMap({ offered(Language($0.value)) }) {
            return FacilitatorLanguage(kept, workshop: workshop)
        }
        if let header = request.headers[.acceptLanguage],
            let asked = Language.negotiate(acceptLanguage: header, among: Catalogue.all.map(\.language.code))
        {
            return FacilitatorLanguage(Language(asked) ?? .english, workshop: workshop)
        }
        return standard(default: fallback, workshop: workshop)
    }

    /// The presenter view's language for `request` (the order above).
    static func presenter(_ request: Request, default fallback: Language?, workshop: Workshop) -> FacilitatorLanguage {
        if let chosen = query(request) { return FacilitatorLanguage(chosen, workshop: workshop, isChosen: true) }
        return standard(default: fallback, workshop: workshop)
    }

    /// Without a preference: `--language`, else the workshop's language if Accord speaks it, else English.
    static func standard(default fallback: Language?, workshop: Workshop) -> FacilitatorLanguage {
        let language = offered(fallback) ?? offered(Language(workshop.language)) ?? .english
        return FacilitatorLanguage(language, workshop: workshop)
    }

    /// `?lang=` when it names a language Accord has words for.
    private static func query(_ request: Request) -> Language? {
        offered(request.uri.queryParameters.get("lang").flatMap(Language.init))
    }

    /// `language` when Accord has a catalogue for it (by base language), else `nil`.
    private static func offered(_ language: Language?) -> Language? {
        guard let language else { return nil }
        return Catalogue.all.first { $0.language.code == language.base }?.language
    }

    /// The `Set-Cookie` value that keeps this language for the facilitator's pages: no
    /// secret in it, only the language.
    func cookieHeader(secure: Bool) -> String {
        "\(Self.cookie)=\(code); Path=/facilitator; HttpOnly; SameSite=Strict; Max-Age=31536000\(secure ? "; Secure" : "")"
    }

    /// The language links of the console's header, each in its own language, the current
    /// one marked; `path` is the page they lead back to.
    func switcherHTML(path: String) -> String {
        var html = #"<nav class="languages" aria-label="\#(HTML.escape(words.languageNavigation))"><ul>"#
        for catalogue in Catalogue.all {
            let language = catalogue.language
            let current = language == self.language ? #" aria-current="true""# : ""
            html += #"<li><a href="\#(path)?lang=\#(language.code)" lang="\#(language.code)" hreflang="\#(language.code)"\#(current)>"#
                + "\(HTML.escape(language.name))</a></li>"
        }
        return html + "</ul></nav>\n"
    }

    /// The top of every console page but the console: the language links (back to `path`)
    /// and the link back to the console.
    func header(basePath: String, path: String) -> String {
        switcherHTML(path: path) + "<p><a href=\"\(basePath)\">\(HTML.escape(words.backToConsole))</a></p>\n"
    }

    /// The countdown of `state`'s phase in the language: `12:30 left of 15:00`, how long an
    /// untimed phase has run, or nothing before the first phase.
    func countdown(agenda: Agenda, state: FacilitationState, elapsedSeconds: Int) -> String {
        guard let index = state.phaseIndex, agenda.phases.indices.contains(index) else { return "" }
        guard let countdown = state.countdown(in: agenda, elapsedSeconds: elapsedSeconds) else {
            return words.sinceStarted(Countdown.clock(elapsedSeconds), agenda.phases[index].title)
        }
        return Catalogue.for(language).console.text(countdown)
    }
}
