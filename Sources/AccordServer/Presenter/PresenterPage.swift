import AccordCore
import AccordStore

/// The presenter view, safe to project: the workshop's title, a large join QR code and
/// address, the current phase with its countdown, the total number of submissions once it
/// may be shown, and after the round is closed the revealed section's findings, one section
/// per screen. No secret, no button, no form, no per-group count: nothing on it lets someone
/// who sees the projector do more than join. Its words are `FacilitatorPageStrings`, in `language`
/// (`FacilitatorLanguage.presenter`: the console's, not the projector browser's).
struct PresenterPage {
    var session: StoredSession
    var joinURL: String
    var qrCode: QRCode?
    var language: FacilitatorLanguage

    private var words: FacilitatorPageStrings { language.words }

    /// What the view shows.
    struct Screen {
        var agenda: Agenda
        var state: FacilitationState
        var round: Int
        var isOpen: Bool
        /// The total shown (`SubmissionProgress`'s everyone row, `nil` while it is hidden).
        var total: Int?
        var revealed: RevealedSection?
    }

    /// The whole page: `content` and the live element that keeps it current.
    func render(_ screen: Screen, countdownText: String, live: String, version: String) -> String {
        let workshop = session.workshop
        let body = content(screen, countdownText: countdownText)
            + #"<div data-live="\#(live)" data-version="\#(version)"></div>"#
        return HTML.page(
            title: language.text(workshop.title), language: language.code, refreshSeconds: 10, bodyClass: "presenter",
            body: body)
    }

    /// Everything the view shows, with `countdownText` in its place.
    func content(_ screen: Screen, countdownText: String) -> String {
        let workshop = session.workshop
        if let revealed = screen.revealed { return reveal(revealed, screen: screen, countdownText: countdownText) }
        var body = "<h1 dir=\"auto\">\(HTML.escape(language.text(workshop.title)))</h1>\n"
        body += phase(screen, countdownText: countdownText)
        if screen.isOpen {
            body += "<section class=\"join-screen\" aria-label=\"\(HTML.escape(words.join))\">"
            if let qrCode { body += qrCode.svg(label: words.qrCodeLabel) }
            body += "<div><p class=\"join-address\">\(words.scanOrOpenHTML(HTML.escape(joinURL)))</p>"
            body += "<p>\(HTML.escape(words.roundOpenAnonymous(screen.round)))</p>"
            body += screen.total.map { "<p>\(words.answersSoFarHTML($0, HTML.escape(language.number($0))))</p>" }
                ?? "<p>\(HTML.escape(words.answersAppearLater))</p>"
            body += "</div></section>"
        } else if screen.round >= 1, session.rounds.last != nil {
            body += "<p>\(HTML.escape(words.roundClosedThanks(screen.round)))</p>"
        } else {
            body += "<p>\(HTML.escape(words.startsSoon))</p>"
        }
        return body
    }

    /// The phase and its countdown, when one is running.
    private func phase(_ screen: Screen, countdownText: String) -> String {
        guard let index = screen.state.phaseIndex, screen.agenda.phases.indices.contains(index) else { return "" }
        let phase = screen.agenda.phases[index]
        var html = "<h2>" + words.phaseHeadingHTML(
            phase.number, screen.agenda.phases.count, "<span dir=\"auto\">\(HTML.escape(phase.title))</span>", false)
            + "</h2>"
        if !countdownText.isEmpty { html += "<p class=\"countdown\" data-countdown>\(HTML.escape(countdownText))</p>" }
        return html
    }

    /// One revealed section: its findings to discuss, as the observation and the question.
    private func reveal(_ revealed: RevealedSection, screen: Screen, countdownText: String) -> String {
        let sections = session.workshop.sections
        let title = HTML.escape(language.text(sections[revealed.index].title))
        var body = "<h1 dir=\"auto\">\(words.roundResultsHTML(revealed.round, title))</h1>\n"
        body += "<p>\(HTML.escape(words.sectionOf(revealed.index + 1, sections.count)))</p>"
        if !countdownText.isEmpty { body += "<p class=\"countdown\" data-countdown>\(HTML.escape(countdownText))</p>" }
        if revealed.shown.isEmpty {
            body += "<p>\(HTML.escape(words.noGapPresenter))</p>"
            return body
        }
        body += #"<ol class="findings">"#
        for finding in revealed.shown {
            let text = language.text(of: finding, in: revealed.report, workshop: session.workshop)
            body += "<li><p dir=\"auto\">\(HTML.escape(text.observation))</p>"
                + "<p class=\"finding-ask\" dir=\"auto\">\(HTML.escape(text.question))</p></li>"
        }
        return body + "</ol>"
    }
}
