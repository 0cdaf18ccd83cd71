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
        facilitator.get { request, context in try facilitatorPage(request, context) }
        facilitator.get("live") { request, context in try consoleLive(request, context) }
        addConsoleRoutes(to: facilitator)
        facilitator.get("close") { request, context in try confirmRoundChange(.close, request, context) }
        facilitator.post("close") { request, context in try await changeRound(.close, request, context) }
        facilitator.get("open") { request, context in try confirmRoundChange(.open, request, context) }
        facilitator.post("open") { request, context in try await changeRound(.open, request, context) }
        facilitator.get("report/:round") { request, context in try report(request, context) }
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

    func facilitatorPage(_ request: Request, _ context: ServeRequestContext) throws -> Response {
        let basePath = try checkToken(context)
        return .html(try console(basePath: basePath).page)
    }

    /// `live`: the console's version and countdown, for its script.
    func consoleLive(_ request: Request, _ context: ServeRequestContext) throws -> Response {
        let basePath = try checkToken(context)
        let console = try console(basePath: basePath)
        return LiveStatus(version: console.version, countdown: console.countdown).response
    }

    /// The console as it is now: the page, its version and its countdown.
    func console(basePath: String) throws -> (page: String, version: String, countdown: String) {
        let session = try store.session(configuration.sessionID)
        var rounds: [(RoundState, SubmissionProgress)] = []
        for round in session.rounds.reversed() {
            rounds.append((round, try progress(session, round: round.number, isOpen: round.isOpen)))
        }
        let state = try store.facilitationState(session: session.id)
        let live = FacilitatorPage.Live(
            agenda: agenda(session), state: state, elapsedSeconds: phaseClock.elapsedSeconds(state),
            revealed: try revealed(session, state), lastClosed: roundStatus(session).lastClosed)
        let page = FacilitatorPage(
            session: session, joinURL: joinURL, presenterPath: presenterPath, basePath: basePath,
            token: forms.token(for: facilitatorScope), qrCode: QRCode(joinURL))
        let version = LiveStatus.version(of: page.content(rounds: rounds, live: live, countdownText: ""))
        return (page.render(rounds: rounds, live: live, version: version), version, page.countdownText(live))
    }

    /// Submissions per cell of a round, counted from the store (counts only: the answers are
    /// not kept).
    func counts(round: Int) throws -> [GroupKey: Int] {
        var counts: [GroupKey: Int] = [:]
        try store.forEachSubmission(session: configuration.sessionID, round: round) { submission in
            counts[GroupKey(partner: submission.partner, level: submission.level), default: 0] += 1
        }
        return counts
    }

    /// "Close round N?" or "Open round N?": the second step of a round change. When the
    /// round is no longer in that state (another window did it), back to the page.
    func confirmRoundChange(
        _ change: RoundChange, _ request: Request, _ context: ServeRequestContext
    ) throws -> Response {
        let basePath = try checkToken(context)
        let session = try store.session(configuration.sessionID)
        guard let round = change.round(of: session) else { return .seeOther(basePath) }
        let page = RoundChangePage(session: session, basePath: basePath, token: forms.token(for: facilitatorScope))
            .confirm(change, round: round)
        return .html(page)
    }

    /// Closes or opens a round, as confirmed for round number `round` in the form: a
    /// confirmation of another round (a stale page) changes nothing.
    func changeRound(_ change: RoundChange, _ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let basePath = try checkToken(context)
        let form = try await form(of: request)
        try checkForm(form, scope: facilitatorScope, request: request)
        let session = try store.session(configuration.sessionID)
        guard let round = change.round(of: session), form["round"] == String(round) else { return .seeOther(basePath) }
        do {
            switch change {
            case .close: _ = try store.closeRound(session: session.id)
            case .open: _ = try store.openRound(session: session.id)
            }
            // Nothing of an earlier round stays revealed on the projector.
            let state = try store.facilitationState(session: session.id)
            try store.setFacilitationState(state.roundChanged(), session: session.id)
        } catch StoreError.noOpenRound, StoreError.roundAlreadyOpen {
            // Another facilitator window did it first: the page shows the state.
        }
        return .seeOther(basePath)
    }

    func report(_ request: Request, _ context: ServeRequestContext) throws -> Response {
        try checkToken(context)
        let session = try store.session(configuration.sessionID)
        guard let number = context.parameters.get("round", as: Int.self),
            let round = session.rounds.first(where: { $0.number == number })
        else { throw PageError.notFound }
        guard !round.isOpen else {
            throw PageError(
                status: .conflict, title: "Round \(number) is still open",
                message: "A round's report is made when the round is closed, so that nobody can compare counts over time.")
        }
        var aggregator = Aggregator(workshop: session.workshop, partners: session.partners)
        try store.forEachSubmission(session: session.id, round: number) { try aggregator.add($0) }
        let report = GapReportBuilder(
            workshop: session.workshop, workshopSHA256: session.workshopSHA256,
            session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: number
        ).build(aggregator.finish())
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<ServeRequestContext>.reportContentSecurityPolicy
        return .html(renderReport(report), headers: headers)
    }
}
