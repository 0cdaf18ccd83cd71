import AccordCore
import AccordStore

/// The facilitator's console in the browser: where the workshop is (phase, countdown, next and
/// previous), the join QR code, the revealed section's findings with `more` and `reveal`,
/// each round's counts (thresholds applied), open and close, closed rounds' reports, and a
/// link to each other step (`ConsoleRoute`). Its words are `FacilitatorPageStrings`, in `language`.
struct FacilitatorPage {
    var session: StoredSession
    var joinURL: String
    var presenterPath: String
    var basePath: String
    var token: String
    var qrCode: QRCode?
    var language: FacilitatorLanguage

    /// What the console shows besides the rounds.
    struct Live {
        var agenda: Agenda
        var state: FacilitationState
        var elapsedSeconds: Int
        var revealed: RevealedSection?
        var lastClosed: Int?
    }

    /// The whole page: `content` and the live element that keeps it current.
    func render(rounds: [(RoundState, SubmissionProgress)], live: Live, version: String) -> String {
        let workshop = session.workshop
        let body = content(rounds: rounds, live: live, countdownText: countdownText(live))
            + #"<div data-live="\#(basePath)/live" data-version="\#(version)"></div>"#
        return HTML.page(
            title: language.title(words.facilitator, workshop), language: language.code, refreshSeconds: 30, body: body)
    }

    /// The countdown's text (`FacilitatorLanguage.countdown`).
    func countdownText(_ live: Live) -> String {
        language.countdown(agenda: live.agenda, state: live.state, elapsedSeconds: live.elapsedSeconds)
    }

    private var words: FacilitatorPageStrings { language.words }

    /// Everything the page shows, with `countdownText` in its place (the version is made of the
    /// rest: the countdown alone changes every second without a reload).
    func content(rounds: [(RoundState, SubmissionProgress)], live: Live, countdownText: String) -> String {
        let workshop = session.workshop
        var body = language.switcherHTML(path: basePath)
        body += "<h1 dir=\"auto\">\(HTML.escape(language.text(workshop.title)))</h1>\n"
        body += "<p>\(words.sessionHTML(HTML.escape(session.id), session.partners.map(HTML.isolated)))</p>\n"
        body += navigation(live)
        body += phase(live, countdownText: countdownText)
        if session.openRound == nil, live.lastClosed != nil { body += reveal(live) }
        body += #"<section class="join"><h2>\#(HTML.escape(words.join))</h2>"#
        if let qrCode { body += qrCode.svg(label: words.qrCodeLabel) }
        let link = #"<a href="\#(HTML.escape(joinURL))">\#(HTML.escape(joinURL))</a>"#
        body += "<p>\(words.participantsScanHTML(link))</p></section>"
        for (round, progress) in rounds { body += section(round: round, progress: progress) }
        if session.openRound == nil {
            body += step(.open, label: words.openRoundStep(session.currentRound + 1))
        }
        return body
    }

    /// The other steps, one link each, and the presenter view.
    private func navigation(_ live: Live) -> String {
        var links = [
            (words.agenda, ConsoleRoute.route(for: .agenda)), (words.counts, ConsoleRoute.route(for: .counts)),
            (words.actions, ConsoleRoute.route(for: .actions)),
        ]
        if live.lastClosed != nil { links.append((words.recordAction, ConsoleRoute.route(for: .action))) }
        links.append((words.help, ConsoleRoute.route(for: .help)))
        var html = #"<nav class="console" aria-label="\#(HTML.escape(words.consoleNavigation))"><ul>"#
        for (label, route) in links { html += #"<li><a href="\#(route.url(basePath))">\#(HTML.escape(label))</a></li>"# }
        // The presenter view speaks the console's language (`FacilitatorLanguage.presenter`).
        html += #"<li><a href="\#(presenterPath)?lang=\#(language.code)" target="_blank" rel="noopener">"#
            + #"\#(HTML.escape(words.presenterView))</a></li>"#
        return html + "</ul></nav>\n"
    }

    /// The current phase, its countdown, what to read out, and the buttons to move on.
    private func phase(_ live: Live, countdownText: String) -> String {
        let phases = live.agenda.phases
        var html = #"<section id="time" aria-labelledby="phase-heading"><h2 id="phase-heading">"#
        guard let index = live.state.phaseIndex, phases.indices.contains(index) else {
            html += "\(HTML.escape(words.agenda))</h2><p>"
                + HTML.escape(words.noPhaseYet(phases.count, live.agenda.totalMinutes.map(language.number))) + "</p>"
            html += form(.next, label: words.startPhase(1))
            return html + "</section>\n"
        }
        let phase = phases[index]
        html += words.phaseHeadingHTML(
            phase.number, phases.count, "<span dir=\"auto\">\(HTML.escape(phase.title))</span>",
            live.state.discussingResults) + "</h2>"
        html += #"<p class="countdown" data-countdown>\#(HTML.escape(countdownText))</p>"#
        if !live.state.discussingResults {
            if let introduction = phase.introduction {
                html += "<p><strong>\(HTML.escape(words.readOut))</strong> <span dir=\"auto\">\(HTML.escape(introduction))</span></p>"
            }
            if let notes = phase.facilitatorNotes {
                html += "<p><strong>\(HTML.escape(words.yourNotes))</strong> <span dir=\"auto\">\(HTML.escape(notes))</span></p>"
            }
        }
        if index > 0 {
            html += form(.phase, label: words.previousPhase, fields: ["phase": String(index)])
        }
        html += index + 1 < phases.count
            ? form(.next, label: words.nextPhase(phases[index + 1].title))
            : "<p>\(HTML.escape(words.lastPhase))</p>"
        return html + "</section>\n"
    }

    /// The revealed section's findings, numbered as actions refer to them, with `more` and
    /// the next `reveal`.
    private func reveal(_ live: Live) -> String {
        var html = #"<section id="reveal" aria-labelledby="reveal-heading"><h2 id="reveal-heading">"#
        let sections = session.workshop.sections
        if let revealed = live.revealed {
            html += words.revealedHeadingHTML(
                revealed.round, HTML.escape(language.text(sections[revealed.index].title)), revealed.index + 1, sections.count) + "</h2>"
            html += #"<p class="note">\#(HTML.escape(words.presenterShowsThis))</p>"#
            html += findings(revealed.shown, in: revealed.report)
            if revealed.shown.isEmpty {
                html += "<p>\(HTML.escape(words.noGapConsole))</p>"
            }
            if revealed.pending > 0 {
                html += form(.more, label: words.moreFindings(language.number(revealed.pending)))
            }
        } else {
            html += HTML.escape(words.resultsOfRound(live.lastClosed ?? 0)) + "</h2><p>\(HTML.escape(words.nothingRevealed))</p>"
        }
        let next = (live.revealed?.index ?? -1) + 1
        if next < sections.count {
            html += form(.reveal, label: words.revealNext(next + 1, language.text(sections[next].title)))
        }
        html += #"<form method="post" action="\#(ConsoleRoute.route(for: .reveal).url(basePath))" class="inline">"#
            + HTML.csrfField(token) + #"<label for="reveal-section">\#(HTML.escape(words.revealSection))</label><select id="reveal-section" name="section">"#
        for (index, section) in sections.enumerated() {
            html += #"<option value="\#(index + 1)">\#(index + 1). \#(HTML.escape(language.text(section.title)))</option>"#
        }
        html += "</select><button type=\"submit\">\(HTML.escape(words.reveal))</button></form>"
        return html + "</section>\n"
    }

    /// Findings numbered from 1: the observation and the question to read out, and the
    /// statistics behind them for the facilitator, worded as the terminal console words them
    /// (`FacilitatorLanguage.text(of:in:workshop:)`).
    func findings(_ findings: [DiscussionFinding], in report: GapReport) -> String {
        guard !findings.isEmpty else { return "" }
        var html = #"<ol class="findings">"#
        for finding in findings {
            let text = language.text(of: finding, in: report, workshop: session.workshop)
            html += "<li><p dir=\"auto\">\(HTML.escape(text.observation))</p>"
                + "<p class=\"finding-ask\" dir=\"auto\">\(HTML.escape(words.ask)) \(HTML.escape(text.question))</p>"
            if let statistics = text.statistics { html += "<p class=\"note\">\(HTML.escape(statistics))</p>" }
            html += "</li>"
        }
        return html + "</ol>"
    }

    /// A round's counts, thresholds applied, and its close link or report link.
    private func section(round: RoundState, progress: SubmissionProgress) -> String {
        let state = HTML.escape(words.roundState(round.isOpen))
        var html = "<section><h2>\(HTML.escape(words.round(round.number))) <span class=\"state\">(\(state))</span></h2>\n"
        html += CountsTable.html(progress, language: language)
        if round.isOpen {
            html += step(.close, label: words.closeRoundStep(round.number))
        } else {
            let report = HTML.escape(words.reportOfRound(round.number))
            html += #"<p><a href="\#(basePath)/report/\#(round.number)">\#(report)</a></p>"#
        }
        return html + "</section>\n"
    }

    /// The first step of a round change: a link to its confirm page (no form, nothing changes).
    private func step(_ change: RoundChange, label: String) -> String {
        #"<p><a class="button" href="\#(basePath)/\#(change.rawValue)">\#(HTML.escape(label))</a></p>"#
    }

    /// A one-button form for a console step that changes the live state.
    private func form(_ command: FacilitationCommand, label: String, fields: [String: String] = [:]) -> String {
        let route = ConsoleRoute.route(for: command)
        var html = #"<form method="post" action="\#(route.url(basePath))" class="inline">"# + HTML.csrfField(token)
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            html += #"<input type="hidden" name="\#(name)" value="\#(HTML.escape(value))">"#
        }
        return html + #"<button type="submit">\#(HTML.escape(label))</button></form>"#
    }
}
