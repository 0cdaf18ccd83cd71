import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// `/facilitator/TOKEN`: the console (phase and countdown, reveal, counts, the join QR
    /// code), open and close (each after a confirm page that works without JavaScript),
    /// closed rounds' reports, and a page or a form for every other terminal command
    /// (`ConsoleRoute`). Every route checks the token first (404 when wrong).
    func addFacilitatorRoutes(to router: Router<ServeRequestContext>) {
        let facilitator = router.group("facilitator/:token")
        facilitator.get { request, context in try await facilitatorPage(request, context) }
        facilitator.get("live") { request, context in try await consoleLive(request, context) }
        addConsoleRoutes(to: facilitator)
        facilitator.get("close") { request, context in try await confirmRoundChange(.close, request, context) }
        facilitator.post("close") { request, context in try await changeRound(.close, request, context) }
        facilitator.get("open") { request, context in try await confirmRoundChange(.open, request, context) }
        facilitator.post("open") { request, context in try await changeRound(.open, request, context) }
        facilitator.get("report/:round") { request, context in try await report(request, context) }
    }

    /// The form-token scope of the facilitator's forms.
    var facilitatorScope: String { "facilitator:\(configuration.sessionID)" }

    /// Checks the facilitator's secret in the path (404 when wrong) and returns the path of
    /// the facilitator's pages.
    @discardableResult
    func checkToken(_ context: ServeRequestContext) throws -> String {
        guard let token = context.parameters.get("token"), configuration.isFacilitatorSecret(token) else {
            throw PageError.notFound
        }
        return ServeConfiguration.facilitatorPath(token)
    }

    func facilitatorPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let language = consoleLanguage(request, try await store.session(configuration.sessionID))
        return consoleHTML(try await console(basePath: basePath, language: language).page, language)
    }

    /// `live`: the console's version and countdown, for its script.
    func consoleLive(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let language = consoleLanguage(request, try await store.session(configuration.sessionID))
        let console = try await console(basePath: basePath, language: language)
        return LiveStatus(version: console.version, countdown: console.countdown).response
    }

    /// The console as it is now, in `language`: the page, its version and its countdown.
    func console(
        basePath: String, language: FacilitatorLanguage
    ) async throws -> (page: String, version: String, countdown: String) {
        let session = try await store.session(configuration.sessionID)
        var rounds: [(RoundState, SubmissionProgress)] = []
        for round in session.rounds.reversed() {
            rounds.append((round, try await progress(of: round, in: session)))
        }
        let state = try await store.facilitationState(session: session.id)
        let live = FacilitatorPage.Live(
            agenda: agenda(session, language), state: state, elapsedSeconds: phaseClock.elapsedSeconds(state),
            revealed: try await revealed(session, state, language: language.workshopCode),
            lastClosed: roundStatus(session).lastClosed)
        let page = FacilitatorPage(
            session: session, joinURL: joinURL, presenterPath: presenterPath, basePath: basePath,
            token: forms.token(for: facilitatorScope), qrCode: QRCode(joinURL), language: language)
        let version = LiveStatus.version(of: page.content(rounds: rounds, live: live, countdownText: ""))
        return (page.render(rounds: rounds, live: live, version: version), version, page.countdownText(live))
    }

    /// How many have submitted in `round`, as the facilitator may see it: the store's
    /// `GROUP BY` per cell, through the same disclosure rule as the terminal console's counts.
    func progress(of round: RoundState, in session: StoredSession) async throws -> SubmissionProgress {
        SubmissionProgress(
            round: round.number, isOpen: round.isOpen, thresholds: session.workshop.anonymity,
            partners: session.partners, cellCounts: try await store.cellCounts(session: session.id, round: round.number))
    }

    /// "Close round N?" or "Open round N?": the second step of a round change. When the
    /// round is no longer in that state (another window did it), back to the page.
    func confirmRoundChange(
        _ change: RoundChange, _ request: Request, _ context: ServeRequestContext
    ) async throws -> Response {
        let basePath = try checkToken(context)
        let session = try await store.session(configuration.sessionID)
        guard let round = change.round(of: session) else { return .seeOther(basePath) }
        let language = consoleLanguage(request, session)
        let page = RoundChangePage(
            session: session, basePath: basePath, token: forms.token(for: facilitatorScope), language: language)
        return consoleHTML(page.confirm(change, round: round), language)
    }

    /// Closes or opens a round, as confirmed for round number `round` in the form: a
    /// confirmation of another round (a stale page) changes nothing.
    func changeRound(_ change: RoundChange, _ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let form = try await form(of: request)
        try checkForm(form, scope: facilitatorScope, request: request)
        let session = try await store.session(configuration.sessionID)
        guard let round = change.round(of: session), form["round"] == String(round) else { return .seeOther(basePath) }
        do {
            switch change {
            case .close: _ = try await store.closeRound(session: session.id)
            case .open: _ = try await store.openRound(session: session.id)
            }
            // Nothing of an earlier round stays revealed on the projector.
            let state = try await store.facilitationState(session: session.id)
            try await store.setFacilitationState(state.roundChanged(), session: session.id)
        } catch StoreError.noOpenRound, StoreError.roundAlreadyOpen {
            // Another facilitator window did it first: the page shows the state.
        }
        return .seeOther(basePath)
    }

    /// A closed round's report, made by the session façade (`SessionReport.forDiscussion`:
    /// the trend since the round before and the agreed actions) and rendered by the renderer
    /// `accord serve` was given: the same bytes as `accord report --format html --round N
    /// --compare-round N-1`.
    func report(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        try checkToken(context)
        guard let number = context.parameters.get("round", as: Int.self) else { throw PageError.notFound }
        let session = try await store.session(configuration.sessionID)
        let report: GapReport
        do {
            report = try await SessionReport.forDiscussion(store, session, round: number)
        } catch ReportError.noSuchRound {
            throw PageError.notFound
        } catch ReportError.roundOpen {
            let language = consoleLanguage(request, session)
            throw PageError(status: .conflict, language.words.roundStillOpen(number), language: language.code)
        }
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<ServeRequestContext>.reportContentSecurityPolicy
        return .html(renderReport(report), headers: headers)
    }
}
