import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// `/facilitator/TOKEN`: counts, the join QR code, open and close, and closed rounds'
    /// reports. Every route checks the token first (404 when wrong).
    func addFacilitatorRoutes(to router: Router<BasicRequestContext>) {
        let facilitator = router.group("facilitator/:token")
        facilitator.get { request, context in try facilitatorPage(request, context) }
        facilitator.post("close") { request, context in
            try await changeRound(request, context) { try store.closeRound(session: configuration.sessionID) }
        }
        facilitator.post("open") { request, context in
            try await changeRound(request, context) { try store.openRound(session: configuration.sessionID) }
        }
        facilitator.get("report/:round") { request, context in try report(request, context) }
    }

    static let facilitatorScope = "facilitator"

    func checkToken(_ context: BasicRequestContext) throws {
        guard let token = context.parameters.get("token"), Secret.matches(token, configuration.facilitatorToken) else {
            throw PageError.notFound
        }
    }

    func facilitatorPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        try checkToken(context)
        let session = try store.session(configuration.sessionID)
        var rounds: [(RoundState, RoundCounts)] = []
        for round in session.rounds.reversed() {
            rounds.append((round, try counts(round: round.number)))
        }
        let page = FacilitatorPage(
            session: session, joinURL: joinURL, basePath: configuration.facilitatorPath,
            token: csrf.token(for: Self.facilitatorScope), qrCode: QRCode(joinURL)
        ).render(rounds: rounds)
        return .html(page)
    }

    /// Submissions per cell of a round, counted from the store (counts only: the answers are
    /// not kept).
    func counts(round: Int) throws -> RoundCounts {
        var counts = RoundCounts()
        try store.forEachSubmission(session: configuration.sessionID, round: round) { submission in
            counts.cells[GroupKey(partner: submission.partner, level: submission.level), default: 0] += 1
        }
        return counts
    }

    func changeRound(
        _ request: Request, _ context: BasicRequestContext, _ change: @Sendable () throws -> Int
    ) async throws -> Response {
        try checkToken(context)
        let form = try await form(of: request)
        try checkForm(form, scope: Self.facilitatorScope, request: request)
        do {
            _ = try change()
        } catch StoreError.noOpenRound, StoreError.roundAlreadyOpen {
            // A second click, or another facilitator window did it first: the page shows the state.
        }
        return .seeOther(configuration.facilitatorPath)
    }

    func report(_ request: Request, _ context: BasicRequestContext) throws -> Response {
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
        headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<BasicRequestContext>.reportContentSecurityPolicy
        return .html(renderReport(report), headers: headers)
    }
}
