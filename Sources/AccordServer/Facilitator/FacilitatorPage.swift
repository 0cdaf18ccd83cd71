import AccordCore
import AccordStore

/// The facilitator's console in the browser: where the workshop is (phase, countdown, next and
/// previous), the join QR code, the revealed section's findings with `more` and `reveal`,
/// each round's counts (thresholds applied), open and close, closed rounds' reports, and a
/// link to each other step (`ConsoleRoute`). Its words are all in this file.
struct FacilitatorPage {
    var session: StoredSession
    var joinURL: String
    var presenterPath: String
    var basePath: String
    var token: String
    var qrCode: QRCode?

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
            title: "Facilitator · \(workshop.title.text)", language: workshop.language, refreshSeconds: 30, body: body)
    }

    /// The countdown's text (`WorkshopServer.countdownText`).
    func countdownText(_ live: Live) -> String {
        WorkshopServer.countdownText(agenda: live.agenda, state: live.state, elapsedSeconds: live.elapsedSeconds)
    }

    /// Everything the page shows, with `countdownText` in its place (the version is made of the
    /// rest: the countdown alone changes every second without a reload).
    func content(rounds: [(RoundState, SubmissionProgress)], live: Live, countdownText: String) -> String {
        let workshop = session.workshop
        var body = "<h1 dir=\"auto\">\(HTML.escape(workshop.title.text))</h1>\n"
        body += "<p>Session <code>\(HTML.escape(session.id))</code>, partners "
            + "\(session.partners.map(HTML.isolated).joined(separator: " and ")).</p>\n"
        body += navigation(live)
        body += phase(live, countdownText: countdownText)
        if session.openRound == nil, live.lastClosed != nil { body += reveal(live) }
        body += #"<section class="join"><h2>Join</h2>"#
        if let qrCode { body += qrCode.svg(label: "QR code of the join address") }
        body += #"<p>Participants scan the code or open <a href="\#(HTML.escape(joinURL))">\#(HTML.escape(joinURL))</a></p></section>"#
        for (round, progress) in rounds { body += section(round: round, progress: progress) }
        if session.openRound == nil {
            body += step(.open, label: "Open round \(session.currentRound + 1)…")
        }
        return body
    }

    /// The other steps, one link each, and the presenter view.
    private func navigation(_ live: Live) -> String {
        var links = [
            ("Agenda", ConsoleRoute.route(for: .agenda)), ("Counts", ConsoleRoute.route(for: .counts)),
            ("Actions", ConsoleRoute.route(for: .actions)),
        ]
        if live.lastClosed != nil { links.append(("Record an action", ConsoleRoute.route(for: .action))) }
        links.append(("Help", ConsoleRoute.route(for: .help)))
        var html = #"<nav class="console" aria-label="Console"><ul>"#
        for (label, route) in links { html += #"<li><a href="\#(route.url(basePath))">\#(label)</a></li>"# }
        html += #"<li><a href="\#(presenterPath)" target="_blank" rel="noopener">Presenter view (for the projector)</a></li>"#
        return html + "</ul></nav>\n"
    }

    /// The current phase, its countdown, what to read out, and the buttons to move on.
    private func phase(_ live: Live, countdownText: String) -> String {
        let phases = live.agenda.phases
        var html = #"<section id="time" aria-labelledby="phase-heading"><h2 id="phase-heading">"#
        guard let index = live.state.phaseIndex, phases.indices.contains(index) else {
            html += "Agenda</h2><p>No phase started yet: \(phases.count) phases"
                + (live.agenda.totalMinutes.map { ", \($0) minutes" } ?? "") + ".</p>"
            html += form(.next, label: "Start phase 1")
            return html + "</section>\n"
        }
        let phase = phases[index]
        html += (live.state.discussingResults ? "Results: " : "")
            + "Phase \(phase.number) of \(phases.count): <span dir=\"auto\">\(HTML.escape(phase.title))</span></h2>"
        html += #"<p class="countdown" data-countdown>\#(HTML.escape(countdownText))</p>"#
        if !live.state.discussingResults {
            if let introduction = phase.introduction {
                html += "<p><strong>Read out:</strong> <span dir=\"auto\">\(HTML.escape(introduction))</span></p>"
            }
            if let notes = phase.facilitatorNotes {
                html += "<p><strong>Your notes:</strong> <span dir=\"auto\">\(HTML.escape(notes))</span></p>"
            }
        }
        if index > 0 {
            html += form(.phase, label: "Previous phase", fields: ["phase": String(index)])
        }
        html += index + 1 < phases.count
            ? form(.next, label: "Next phase: \(phases[index + 1].title)")
            : "<p>This is the last phase. Close the round, then reveal its results.</p>"
        return html + "</section>\n"
    }

    /// The revealed section's findings, numbered as actions refer to them, with `more` and
    /// the next `reveal`.
    private func reveal(_ live: Live) -> String {
        var html = #"<section id="reveal" aria-labelledby="reveal-heading"><h2 id="reveal-heading">"#
        let sections = session.workshop.sections
        if let revealed = live.revealed {
            html += "Revealed: round \(revealed.round), \(HTML.escape(revealed.found.title)) "
                + "(section \(revealed.index + 1) of \(sections.count))</h2>"
            html += #"<p class="note">The presenter view shows this section now.</p>"#
            html += findings(revealed.shown)
            if revealed.shown.isEmpty {
                html += "<p>No gap here is larger than negligible: the partners, and their management and execution "
                    + "teams, see this section alike. Worth saying out loud.</p>"
            }
            if revealed.pending > 0 {
                html += form(.more, label: "More findings (\(revealed.pending) smaller)")
            }
        } else {
            html += "Results of round \(live.lastClosed ?? 0)</h2><p>Nothing revealed yet.</p>"
        }
        let next = (live.revealed?.index ?? -1) + 1
        if next < sections.count {
            html += form(.reveal, label: "Reveal section \(next + 1): \(sections[next].title.text)")
        }
        html += #"<form method="post" action="\#(ConsoleRoute.route(for: .reveal).url(basePath))" class="inline">"#
            + HTML.csrfField(token) + #"<label for="reveal-section">Reveal section</label><select id="reveal-section" name="section">"#
        for (index, section) in sections.enumerated() {
            html += #"<option value="\#(index + 1)">\#(index + 1). \#(HTML.escape(section.title.text))</option>"#
        }
        html += "</select><button type=\"submit\">Reveal</button></form>"
        return html + "</section>\n"
    }

    /// Findings numbered from 1: the observation and the question to read out, and the
    /// statistics behind them for the facilitator.
    func findings(_ findings: [DiscussionFinding]) -> String {
        guard !findings.isEmpty else { return "" }
        var html = #"<ol class="findings">"#
        for finding in findings {
            html += "<li><p dir=\"auto\">\(HTML.escape(finding.prompt.observation))</p>"
                + "<p class=\"finding-ask\" dir=\"auto\">Ask: \(HTML.escape(finding.prompt.question))</p>"
                + "<p class=\"note\">\(HTML.escape(finding.detail))</p></li>"
        }
        return html + "</ol>"
    }

    /// A round's counts, thresholds applied, and its close link or report link.
    private func section(round: RoundState, progress: SubmissionProgress) -> String {
        let state = round.isOpen ? "open" : "closed"
        var html = "<section><h2>Round \(round.number) <span class=\"state\">(\(state))</span></h2>\n"
        html += CountsTable.html(progress)
        if round.isOpen {
            html += step(.close, label: "Close round \(round.number)…")
        } else {
            html += #"<p><a href="\#(basePath)/report/\#(round.number)">Report of round \#(round.number)</a></p>"#
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
