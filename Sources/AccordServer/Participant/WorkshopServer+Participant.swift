import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// `/join/CODE`: choose partner and level; `/section/N`: a part of the workshop;
    /// `/review`, `/submit`, `/thanks`.
    func addParticipantRoutes(to router: Router<BasicRequestContext>) {
        let join = router.group("join/:code")
        join.get { request, context in try startPage(request, context) }
        join.post("start") { request, context in try await start(request, context) }
        join.get("section/:number") { request, context in try sectionPage(request, context) }
        join.post("section/:number") { request, context in try await saveSection(request, context) }
        join.get("review") { request, context in try reviewPage(request, context) }
        join.post("submit") { request, context in try await submit(request, context) }
        join.get("thanks") { request, context in try thanksPage(request, context) }
    }

    func pages(_ visit: ParticipantVisit) -> ParticipantPages {
        ParticipantPages(workshop: visit.workshop, partners: visit.session.partners, basePath: configuration.joinPath)
    }

    // MARK: Start

    func startPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let visit = try visit(request, context)
        return .html(pages(visit).start(token: csrf.token(for: Self.joinScope), hasDraft: visit.draft != nil))
    }

    func start(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let visit = try visit(request, context)
        let form = try await form(of: request)
        try checkForm(form, scope: Self.joinScope, request: request)
        var errors: [String: String] = [:]
        let partner = form["partner"] ?? ""
        if !visit.session.partners.contains(partner) { errors["partner"] = "Choose your organisation." }
        let level = Level(rawValue: form["level"] ?? "")
        if level == nil { errors["level"] = "Choose your level." }
        guard errors.isEmpty, let level else {
            let page = pages(visit).start(
                token: csrf.token(for: Self.joinScope), hasDraft: visit.draft != nil, errors: errors)
            return .html(page, status: .unprocessableContent)
        }
        if let old = visit.draft {
            try store.discardDraft(code: old.code)
            csrf.forget(Self.draftScope(old))
        }
        let draft = try store.startDraft(session: visit.session.id, partner: partner, level: level)
        var headers = HTTPFields()
        headers[.setCookie] = draftCookieHeader(draft.code)
        return .seeOther("\(configuration.joinPath)/section/1", headers: headers)
    }

    // MARK: Sections

    /// The section number in the path (1-based), or 404.
    func sectionNumber(_ context: BasicRequestContext, in workshop: Workshop) throws -> Int {
        guard let number = context.parameters.get("number", as: Int.self), (1...workshop.sections.count).contains(number)
        else { throw PageError.notFound }
        return number
    }

    func sectionPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let visit = try visit(request, context)
        let number = try sectionNumber(context, in: visit.workshop)
        guard let draft = visit.draft else { return .seeOther(configuration.joinPath) }
        let pages = pages(visit)
        if pages.visibleQuestions(in: visit.workshop.sections[number - 1], answers: draft.answers).isEmpty {
            return .seeOther(location(after: number, forward: true, pages: pages, answers: draft.answers))
        }
        return .html(pages.section(number, draft: draft, token: csrf.token(for: Self.draftScope(draft))))
    }

    func saveSection(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let visit = try visit(request, context)
        let number = try sectionNumber(context, in: visit.workshop)
        let form = try await form(of: request)
        guard var draft = visit.draft else {
            if let cookie = visit.cookie, submitted.contains(cookie) { return .seeOther("\(configuration.joinPath)/thanks") }
            return .seeOther(configuration.joinPath)
        }
        try checkForm(form, scope: Self.draftScope(draft), request: request)
        let forward = form["action"] != "back"
        let pages = pages(visit)
        let reading = SectionReading(
            workshop: visit.workshop, section: visit.workshop.sections[number - 1], draft: draft, form: form,
            requireAnswers: forward, language: pages.language)
        if reading.answers != draft.answers || reading.predictions != draft.predictions {
            draft.answers = reading.answers
            draft.predictions = reading.predictions
            try store.saveDraft(draft)
        }
        let token = csrf.token(for: Self.draftScope(draft))
        if !reading.errors.isEmpty {
            let page = pages.section(number, draft: draft, token: token, posted: form, errors: reading.errors)
            return .html(page, status: .unprocessableContent)
        }
        if forward && reading.revealedQuestions {
            let page = pages.section(
                number, draft: draft, token: token,
                notice: "Your answers opened more questions in this part: please answer them too.")
            return .html(page)
        }
        return .seeOther(location(after: number, forward: forward, pages: pages, answers: draft.answers))
    }

    /// The next (or previous) section with a visible question, else the review (or the start).
    func location(after number: Int, forward: Bool, pages: ParticipantPages, answers: [String: Answer]) -> String {
        let sections = pages.workshop.sections
        var candidate = forward ? number + 1 : number - 1
        while (1...sections.count).contains(candidate) {
            if !pages.visibleQuestions(in: sections[candidate - 1], answers: answers).isEmpty {
                return "\(configuration.joinPath)/section/\(candidate)"
            }
            candidate += forward ? 1 : -1
        }
        return forward ? "\(configuration.joinPath)/review" : configuration.joinPath
    }

    // MARK: Review and submit

    func reviewPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let visit = try visit(request, context)
        guard let draft = visit.draft else { return .seeOther(configuration.joinPath) }
        let problems = Interview(workshop: visit.workshop, answers: draft.answers, predictions: draft.predictions).problems
        return .html(pages(visit).review(draft: draft, token: csrf.token(for: Self.draftScope(draft)), problems: problems))
    }

    func submit(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let visit = try visit(request, context)
        let form = try await form(of: request)
        var clearCookie = HTTPFields()
        clearCookie[.setCookie] = draftCookieHeader(nil)
        guard let draft = visit.draft else {
            // A resent form or a second click: the first one stored the answers.
            if let cookie = visit.cookie, submitted.contains(cookie) {
                return .seeOther("\(configuration.joinPath)/thanks", headers: clearCookie)
            }
            throw PageError(
                status: .conflict, title: "Nothing to submit",
                message: "These answers were already submitted, or the page is from an earlier round. Start again from the join link.")
        }
        try checkForm(form, scope: Self.draftScope(draft), request: request)
        let problems = draft.submission.problems(in: visit.workshop)
        if !problems.isEmpty {
            let page = pages(visit).review(draft: draft, token: csrf.token(for: Self.draftScope(draft)), problems: problems)
            return .html(page, status: .unprocessableContent)
        }
        // Marked before the store commits, so that a second click arriving in between is
        // answered "thank you" rather than "nothing to submit".
        submitted.insert(draft.code)
        do {
            try store.submitDraft(draft)
        } catch StoreError.unknownDraft {
            // Two clicks at once: the other request stored the answers, once.
        } catch {
            submitted.remove(draft.code)
            if case StoreError.roundClosed = error { throw PageError.roundClosed }
            if case StoreError.noOpenRound = error { throw PageError.roundClosed }
            throw error
        }
        csrf.forget(Self.draftScope(draft))
        return .seeOther("\(configuration.joinPath)/thanks", headers: clearCookie)
    }

    func thanksPage(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let visit = try visit(request, context)
        return .html(pages(visit).thanks())
    }
}
