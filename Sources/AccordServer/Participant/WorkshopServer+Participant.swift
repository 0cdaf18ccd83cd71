import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// `/join/CODE`: choose partner and level; `/section/N`: a part of the workshop;
    /// `/review`, `/submit`, `/thanks`.
    func addParticipantRoutes(to router: Router<ServeRequestContext>) {
        let join = router.group("join/:code")
        join.get { request, context in try await startPage(request, context) }
        join.post("start") { request, context in try await start(request, context) }
        join.get("section/:number") { request, context in try await sectionPage(request, context) }
        join.post("section/:number") { request, context in try await saveSection(request, context) }
        join.get("review") { request, context in try await reviewPage(request, context) }
        join.post("submit") { request, context in try await submit(request, context) }
        join.get("thanks") { request, context in try await thanksPage(request, context) }
    }

    func pages(_ visit: ParticipantVisit) -> ParticipantPages { pages(visit.session, language: visit.language) }

    func pages(_ session: StoredSession, language: String? = nil) -> ParticipantPages {
        ParticipantPages(
            workshop: session.workshop, partners: session.partners, basePath: configuration.joinPath,
            language: language ?? session.workshop.language,
            layout: layouts.layout(of: session.workshop, sha256: session.workshopSHA256))
    }

    // MARK: Start

    func startPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        return .html(pages(visit).start(token: forms.token(for: joinScope), hasDraft: visit.draft != nil))
    }

    func start(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        var visit = try await self.visit(request, context)
        let form = try await form(of: request)
        try checkForm(form, scope: joinScope, request: request)
        var errors: [String: String] = [:]
        // The language chosen on the join page, when it is one the workshop offers.
        if let chosen = form["language"], visit.workshop.offeredLanguages.contains(chosen) { visit.language = chosen }
        let words = pages(visit).words
        let partner = form["partner"] ?? ""
        if !visit.session.partners.contains(partner) { errors["partner"] = words.chooseOrganisation }
        let level = Level(rawValue: form["level"] ?? "")
        if level == nil { errors["level"] = words.chooseLevel }
        guard errors.isEmpty, let level else {
            let page = pages(visit).start(token: forms.token(for: joinScope), hasDraft: visit.draft != nil, errors: errors)
            return .html(page, status: .unprocessableContent)
        }
        guard draftStarts.allow(context.clientKey(of: request, isBehindProxy: configuration.isBehindProxy)) else { throw ParticipantRefusal.tooManyStartsFromClient }
        if let old = visit.draft { try await store.discardDraft(code: old.code) }
        var draft: Draft
        do {
            draft = try await store.startServedDraft(
                session: visit.session.id, partner: partner, level: level, limit: configuration.maxBrowserDrafts)
        } catch StoreError.tooManyDrafts {
            throw ParticipantRefusal.tooManyDraftsInRound
        }
        if visit.language != visit.workshop.language {
            draft.language = visit.language
            try await store.saveDraft(draft)
        }
        var headers = HTTPFields()
        headers[.setCookie] = draftCookieHeader(draft.code)
        return .seeOther("\(configuration.joinPath)/section/1", headers: headers)
    }

    // MARK: Sections

    /// The section number in the path (1-based), or 404.
    func sectionNumber(_ context: ServeRequestContext, in workshop: Workshop) throws -> Int {
        guard let number = context.parameters.get("number", as: Int.self), (1...workshop.sections.count).contains(number)
        else { throw PageError.notFound }
        return number
    }

    func sectionPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        let number = try sectionNumber(context, in: visit.workshop)
        guard let draft = visit.draft else { return .seeOther(configuration.joinPath) }
        let pages = pages(visit)
        if !pages.layout.showsQuestion(inSection: number, visibility: pages.layout.visibility(given: draft.answers)) {
            return .seeOther(location(after: number, forward: true, pages: pages, answers: draft.answers))
        }
        return .html(pages.section(number, draft: draft, token: forms.token(for: Self.draftScope(draft))))
    }

    /// A posted part of the workshop. A form that cannot be accepted (its token is stale, the
    /// round closed, the draft is gone) is never simply dropped: the page comes back with what
    /// was typed and says what to do.
    func saveSection(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        try checkJoinCode(context)  // a wrong join code gets 404 before the body is read
        let form = try await form(of: request)
        let visit: ParticipantVisit
        do {
            visit = try await self.visit(request, context)
        } catch let refusal as PageError where refusal.status == .forbidden {
            return try await notAccepted(refusal, typed: form, request: request)
        }
        let number = try sectionNumber(context, in: visit.workshop)
        try checkOrigin(request)
        guard var draft = visit.draft else {
            if submitted.contains(form["csrf"]) { return .seeOther("\(configuration.joinPath)/thanks") }
            return try await notAccepted(ParticipantRefusal.noDraftForSection, typed: form, request: request)
        }
        let pages = pages(visit)
        let token = forms.token(for: Self.draftScope(draft))
        guard forms.verify(form["csrf"], for: Self.draftScope(draft)) else {
            // Shown as typed (questions that the typed answers open included), stored only
            // when sent again with this page's token.
            var typed = draft
            let reading = SectionReading(
                workshop: visit.workshop, layout: pages.layout, section: visit.workshop.sections[number - 1], draft: draft, form: form,
                requireAnswers: false, language: pages.language)
            typed.answers = reading.answers
            typed.predictions = reading.predictions
            let page = pages.section(
                number, draft: typed, token: token, posted: form,
                notice: pages.words.olderCopyNotice)
            return .html(page, status: .forbidden)
        }
        let forward = form["action"] != "back"
        let reading = SectionReading(
            workshop: visit.workshop, layout: pages.layout, section: visit.workshop.sections[number - 1], draft: draft, form: form,
            requireAnswers: forward, language: pages.language)
        if reading.answers != draft.answers || reading.predictions != draft.predictions {
            draft.answers = reading.answers
            draft.predictions = reading.predictions
            try await store.saveDraft(draft)
        }
        if !reading.errors.isEmpty {
            let page = pages.section(number, draft: draft, token: token, posted: form, errors: reading.errors)
            return .html(page, status: .unprocessableContent)
        }
        if forward && reading.revealedQuestions {
            let page = pages.section(
                number, draft: draft, token: token,
                notice: pages.words.moreQuestionsNotice)
            return .html(page)
        }
        return .seeOther(location(after: number, forward: forward, pages: pages, answers: draft.answers))
    }

    /// `refusal`'s page, listing what was typed in `form` so that nothing is lost.
    func notAccepted(_ refusal: PageError, typed form: FormData, request: Request) async throws -> Response {
        let session = try await store.session(configuration.sessionID)
        let language = ParticipantLanguage.requested(by: request, among: session.workshop.offeredLanguages)
        let pages = pages(session, language: language)
        let text = refusal.text(in: pages.language)
        return .html(pages.notAccepted(title: text.title, message: text.message, typed: form), status: refusal.status)
    }

    /// The next (or previous) section with a visible question, else the review (or the start).
    func location(after number: Int, forward: Bool, pages: ParticipantPages, answers: [String: Answer]) -> String {
        let sections = pages.workshop.sections
        let visibility = pages.layout.visibility(given: answers)
        var candidate = forward ? number + 1 : number - 1
        while (1...sections.count).contains(candidate) {
            if pages.layout.showsQuestion(inSection: candidate, visibility: visibility) {
                return "\(configuration.joinPath)/section/\(candidate)"
            }
            candidate += forward ? 1 : -1
        }
        return forward ? "\(configuration.joinPath)/review" : configuration.joinPath
    }

    // MARK: Review and submit

    func reviewPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let visit = try await visit(request, context)
        guard let draft = visit.draft else { return .seeOther(configuration.joinPath) }
        let problems = Interview(workshop: visit.workshop, answers: draft.answers, predictions: draft.predictions).problems
        return .html(pages(visit).review(draft: draft, token: forms.token(for: Self.draftScope(draft)), problems: problems))
    }

    func submit(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        try checkJoinCode(context)  // a wrong join code gets 404 before the body is read
        let form = try await form(of: request)
        var clearCookie = HTTPFields()
        clearCookie[.setCookie] = draftCookieHeader(nil)
        let visit: ParticipantVisit
        do {
            visit = try await self.visit(request, context)
        } catch let refusal as PageError where refusal.status == .forbidden {
            // The round closed; a form resent after an accepted submit still says so.
            if submitted.contains(form["csrf"]) { return .seeOther("\(configuration.joinPath)/thanks", headers: clearCookie) }
            throw refusal
        }
        try checkOrigin(request)
        guard let draft = visit.draft else {
            // A resent form or a second click, even after the cookie was cleared: the first
            // one stored the answers.
            if submitted.contains(form["csrf"]) { return .seeOther("\(configuration.joinPath)/thanks", headers: clearCookie) }
            throw ParticipantRefusal.noDraftToSubmit
        }
        let token = forms.token(for: Self.draftScope(draft))
        guard forms.verify(form["csrf"], for: Self.draftScope(draft)) else { throw PageError.staleForm }
        let pages = pages(visit)
        let problems = pages.layout.plan.problems(of: draft.submission)  // `Submission.problems(in:)`
        if !problems.isEmpty {
            let page = pages.review(draft: draft, token: token, problems: problems)
            return .html(page, status: .unprocessableContent)
        }
        // Marked before the store commits, so that a second click arriving in between is
        // answered "thank you" rather than "nothing to submit".
        submitted.insert(token)
        do {
            try await store.submitDraft(draft)
        } catch StoreError.unknownDraft {
            // Two clicks at once: the other request stored the answers, once.
        } catch {
            submitted.remove(token)
            if case StoreError.roundClosed = error { throw PageError.roundClosed }
            if case StoreError.noOpenRound = error { throw PageError.roundClosed }
            throw error
        }
        // The thank-you page has no draft left to take the language from.
        let language = visit.language == visit.workshop.language ? "" : "?lang=\(visit.language)"
        return .seeOther("\(configuration.joinPath)/thanks\(language)", headers: clearCookie)
    }

    func thanksPage(_ request: Request, _ context: ServeRequestContext) async throws -> Response {
        let session = try await joinedSession(context)
        let language = ParticipantLanguage.requested(by: request, among: session.workshop.offeredLanguages)
        return .html(pages(session, language: language).thanks())
    }
}
