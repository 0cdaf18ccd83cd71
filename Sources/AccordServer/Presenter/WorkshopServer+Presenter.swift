import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// `/present/JOINCODE`: the presenter view for the projector, and `live` for its script.
    /// Both answer 404 to a wrong code; neither has a form.
    func addPresenterRoutes(to router: Router<ServeRequestContext>) {
        let group = router.group("present/:code")
        group.get { request, context in
            try checkPresenterCode(context)
            return Response.html(try await presenterView(request).page)
        }
        group.get("live") { request, context in
            try checkPresenterCode(context)
            let view = try await presenterView(request)
            return LiveStatus(version: view.version, countdown: view.countdown).response
        }
    }

    /// Checks the join code in the presenter's path, in constant time (404 when wrong).
    func checkPresenterCode(_ context: ServeRequestContext) throws {
        guard let code = context.parameters.get("code"), Secret.matches(code, configuration.joinCode) else {
            throw PageError.notFound
        }
    }

    /// The presenter view as it is now, in the language `request` names or the served default
    /// (`FacilitatorLanguage.presenter`): the page, its version and its countdown. The total
    /// is `SubmissionProgress.total` (everyone's row): shown once it reaches the threshold, and
    /// no other group ever.
    func presenterView(_ request: Request) async throws -> (page: String, version: String, countdown: String) {
        let session = try await store.session(configuration.sessionID)
        let language = presenterLanguage(request, session)
        let status = roundStatus(session)
        let state = try await store.facilitationState(session: session.id)
        let progress = try await currentProgress(session)
        let total: Int? = if case .shown(let count) = progress.total { count } else { nil }
        let agenda = agenda(session, language)
        let screen = PresenterPage.Screen(
            agenda: agenda, state: state, round: status.number, isOpen: status.isOpen, total: total,
            revealed: try await revealed(session, state, language: language.workshopCode))
        let countdown = language.countdown(agenda: agenda, state: state, elapsedSeconds: phaseClock.elapsedSeconds(state))
        let page = PresenterPage(session: session, joinURL: joinURL, qrCode: QRCode(joinURL), language: language)
        let version = LiveStatus.version(of: page.content(screen, countdownText: ""))
        // The script asks for the countdown in the same language as the page.
        let live = "\(presenterPath)/live" + (language.isChosen ? "?lang=\(language.code)" : "")
        return (page.render(screen, countdownText: countdown, live: live, version: version), version, countdown)
    }
}
