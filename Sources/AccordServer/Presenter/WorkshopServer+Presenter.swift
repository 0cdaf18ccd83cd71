import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// `/present/JOINCODE`: the presenter view for the projector, and `live` for its script.
    /// Both answer 404 to a wrong code; neither has a form.
    func addPresenterRoutes(to router: Router<ServeRequestContext>) {
        let group = router.group("present/:code")
        group.get { _, context in
            try checkPresenterCode(context)
            return Response.html(try await presenterView().page)
        }
        group.get("live") { _, context in
            try checkPresenterCode(context)
            let view = try await presenterView()
            return LiveStatus(version: view.version, countdown: view.countdown).response
        }
    }

    /// Checks the join code in the presenter's path, in constant time (404 when wrong).
    func checkPresenterCode(_ context: ServeRequestContext) throws {
        guard let code = context.parameters.get("code"), Secret.matches(code, configuration.joinCode) else {
            throw PageError.notFound
        }
    }

    /// The presenter view as it is now: the page, its version and its countdown. The total
    /// is `SubmissionProgress.total` (everyone's row): shown once it reaches the threshold, and
    /// no other group ever.
    func presenterView() async throws -> (page: String, version: String, countdown: String) {
        let session = try await store.session(configuration.sessionID)
        let status = roundStatus(session)
        let state = try await store.facilitationState(session: session.id)
        let progress = try await currentProgress(session)
        let total: Int? = if case .shown(let count) = progress.total { count } else { nil }
        let agenda = agenda(session)
        let screen = PresenterPage.Screen(
            agenda: agenda, state: state, round: status.number, isOpen: status.isOpen, total: total,
            revealed: try await revealed(session, state))
        let countdown = Self.countdownText(agenda: agenda, state: state, elapsedSeconds: phaseClock.elapsedSeconds(state))
        let page = PresenterPage(session: session, joinURL: joinURL, qrCode: QRCode(joinURL))
        let version = LiveStatus.version(of: page.content(screen, countdownText: ""))
        return (page.render(screen, countdownText: countdown, live: "\(presenterPath)/live", version: version), version, countdown)
    }
}
