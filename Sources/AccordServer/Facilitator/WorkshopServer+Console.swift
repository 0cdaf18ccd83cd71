import AccordCore
import AccordStore
import Foundation
import Hummingbird

extension WorkshopServer {
    /// The console's steps beyond counts and rounds, one per terminal command
    /// (`ConsoleRoute`): the agenda, starting phases, counts, revealing sections and `more`,
    /// recording and listing actions, help. Each step that changes something is a POST with
    /// the facilitator's form token and ends in a redirect to the console.
    func addConsoleRoutes(to facilitator: RouterGroup<ServeRequestContext>) {
        facilitator.get("agenda") { request, context in try await agendaPage(request, context) }
        facilitator.post("next") { request, context in
            try await changeState(request, context, restartsClock: true) { state, session, _ in
                try startedPhase(state.phaseIndex.map { $0 + 1 } ?? 0, state, session)
            }
        }
        facilitator.post("phase") { request, context in
            try await changeState(request, context, restartsClock: true) { state, session, form in
                let index = try Agenda(workshop: session.workshop).phase(form["phase"] ?? "").number - 1
                return try startedPhase(index, state, session)
            }
        }
        facilitator.get("counts") { request, context in try await countsPage(request, context) }
        facilitator.post("reveal") { request, context in
            try await changeState(request, context, restartsClock: true) { state, session, form in
                try revealing(state, session, form)
            }
        }
        facilitator.post("more") { request, context in
            try await changeState(request, context) { state, session, _ in
                guard let revealed = try await revealed(session, state), revealed.pending > 0 else { return state }
                var state = state
                state.moreDepth += 1
                return state
            }
        }
        facilitator.get("action") { request, context in try await actionForm(request, context) }
        facilitator.post("action") { request, context in try await recordAction(request, context) }
        facilitator.get("actions") { request, context in try await actionsPage(request, context) }
        facilitator.get("help") { request, context in
            let basePath = try checkToken(context)
            let session = try await store.session(configuration.sessionID)
            let language = consoleLanguage(request, session)
            return consoleHTML(HelpPage(session: session, basePath: basePath, language: language).render(), language)
        }
    }

    /// Checks the token and the form, applies `change` to the stored state, restarts the
    /// countdown of a phase started (or started again) when `restartsClock`, and goes back to
    /// the console. A step that does not apply (past the last phase, nothing more) leaves the
    /// state as it was; one that cannot (an unknown section, an open round) says why.
    func changeState(
        _ request: Request, _ context: ServeRequestContext, restartsClock: Bool = false,
        _ change: (FacilitationState, StoredSession, FormData) async throws -> FacilitationState
    ) async throws -> Response {
        let basePath = try checkToken(context)
        let form = try await form(of: request)
        try checkForm(form, scope: facilitatorScope, request: request)
        let session = try await store.session(configuration.sessionID)
        let state = try await store.facilitationState(session: session.id)
        let changed: FacilitationState
        do {
            changed = try await change(state, session, form)
        } catch let error as FacilitationError {
            let language = consoleLanguage(request, session)
            throw PageError(
                status: .badRequest, .init(language.words.stepDoesNotApply, language.message(error)),
                language: language.code)
        }
        try await store.setFacilitationState(changed, session: session.id)
        if restartsClock, changed != state || form["phase"] != nil || form["section"] != nil {
            phaseClock.start(changed)
        }
        return .seeOther(basePath)
    }

    /// The state after starting phase `index` (past the last phase, unchanged).
    func startedPhase(_ index: Int, _ state: FacilitationState, _ session: StoredSession) throws -> FacilitationState {
        guard session.workshop.sections.indices.contains(index) else { return state }
        return state.starting(phase: index)
    }

    /// The state after revealing the section named in the form (`section`, from 1), or the
    /// next one: only after a round was closed and while none is open.
    func revealing(_ state: FacilitationState, _ session: StoredSession, _ form: FormData) throws -> FacilitationState {
        let status = roundStatus(session)
        if status.isOpen { throw FacilitationError.roundStillOpen(status.number) }
        guard let round = status.lastClosed else { throw FacilitationError.nothingClosedYet }
        let index: Int
        if let reference = form["section"], !reference.isEmpty {
            index = try Agenda(workshop: session.workshop).phase(reference).number - 1
        } else {
            index = state.revealedRound == round ? (state.revealedIndex ?? -1) + 1 : 0
            guard session.workshop.sections.indices.contains(index) else { return state }
        }
        return state.revealing(section: index, round: round)
    }

    func agendaPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let session = try await store.session(configuration.sessionID)
        let language = consoleLanguage(request, session)
        let page = AgendaPage(
            session: session, basePath: basePath, token: forms.token(for: facilitatorScope), language: language)
        let state = try await store.facilitationState(session: session.id)
        return consoleHTML(page.render(agenda: agenda(session, language), state: state), language)
    }

    func countsPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let session = try await store.session(configuration.sessionID)
        let status = roundStatus(session)
        let progress = try await currentProgress(session)
        let language = consoleLanguage(request, session)
        let words = language.words
        let body = language.header(basePath: basePath, path: ConsoleRoute.route(for: .counts).url(basePath))
            + "<h1>\(HTML.escape(words.countsHeading(status.number, status.isOpen)))</h1>\n"
            + CountsTable.html(progress, language: language)
            + #"<div data-live="\#(basePath)/live" data-version="counts"></div>"#
        let page = HTML.page(
            title: language.title(words.counts, session.workshop), language: language.code, refreshSeconds: 15, body: body)
        return consoleHTML(page, language)
    }

    func actionForm(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let session = try await store.session(configuration.sessionID)
        let language = consoleLanguage(request, session)
        let page = ActionPage(
            session: session, basePath: basePath, token: forms.token(for: facilitatorScope), language: language)
        guard let round = roundStatus(session).lastClosed else { return consoleHTML(page.notYet(), language) }
        let revealed = try await revealed(
            session, try await store.facilitationState(session: session.id), language: language.workshopCode)
        return consoleHTML(page.form(round: round, revealed: revealed), language)
    }

    /// Validates the action as the terminal console does (`ActionTopics`, `AgreedAction.validated`),
    /// stores it, and shows the list; a wrong field brings the form back with what was typed.
    func recordAction(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let form = try await form(of: request)
        try checkForm(form, scope: facilitatorScope, request: request)
        let session = try await store.session(configuration.sessionID)
        let language = consoleLanguage(request, session)
        let page = ActionPage(
            session: session, basePath: basePath, token: forms.token(for: facilitatorScope), language: language)
        guard let round = roundStatus(session).lastClosed else { return .html(page.notYet(), status: .conflict) }
        let revealed = try await revealed(
            session, try await store.facilitationState(session: session.id), language: language.workshopCode)
        let findings = revealed?.shown ?? []
        let entry = ActionPage.Entry(
            text: form["text"] ?? "", owner: form["owner"], due: form["due"] ?? "",
            findings: Set(form.all("finding")), about: form["about"] ?? "")
        do {
            let dueText = entry.due.trimmingCharacters(in: .whitespaces)
            guard let due = dueText.isEmpty ? round + 1 : Int(dueText) else {
                throw FacilitationError.dueRoundNotLater(due: 0, agreedIn: round)
            }
            let references = (entry.findings.sorted() + [entry.about]).joined(separator: " ")
            let topics = try ActionTopics(parsing: references, findings: findings, workshop: session.workshop)
            let action = try AgreedAction(
                id: 0, text: entry.text, owner: entry.owner ?? "", dueRound: due, agreedInRound: round,
                questionIDs: topics.questions, gaps: topics.gaps, dimension: topics.dimension
            ).validated(partners: session.partners, workshop: session.workshop)
            let stored = try await store.addAction(action, session: session.id)
            return .seeOther("\(ConsoleRoute.route(for: .actions).url(basePath))?recorded=\(stored.id)")
        } catch let error as FacilitationError {
            return .html(
                page.form(round: round, revealed: revealed, entry: entry, error: language.message(error)),
                status: .unprocessableContent)
        }
    }

    func actionsPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let session = try await store.session(configuration.sessionID)
        let actions = try await store.actions(session: session.id)
        let round = roundStatus(session).lastClosed
        let reviews: [ActionReview]? =
            if let round { try await SessionReport.forDiscussion(store, session, round: round).actions } else { nil }
        let recorded = request.uri.queryParameters.get("recorded", as: Int.self)
        let language = consoleLanguage(request, session)
        let page = ActionPage(
            session: session, basePath: basePath, token: forms.token(for: facilitatorScope), language: language)
        return consoleHTML(page.list(actions: actions, reviews: reviews, round: round, recorded: recorded), language)
    }
}
