import AccordCore

/// The participant's pages, rendered from the session's workshop. All text goes through
/// `HTML.escape`; there is no inline script or style.
struct ParticipantPages {
    /// The workshop answered.
    var workshop: Workshop
    /// The session's two partners.
    var partners: [String]
    /// The join path, `/join/CODE`.
    var basePath: String
    /// The language the pages are in: one the workshop offers (`Workshop.offeredLanguages`).
    var language: String
    /// The workshop's questions laid out for visibility (kept by the server per workshop).
    var layout: WorkshopLayout
    /// Accord's words in `language` (English when Accord has no catalogue for it).
    let catalogue: Catalogue

    /// The pages of `workshop` in `language`.
    init(workshop: Workshop, partners: [String], basePath: String, language: String, layout: WorkshopLayout) {
        self.workshop = workshop
        self.partners = partners
        self.basePath = basePath
        self.language = language
        self.layout = layout
        catalogue = Catalogue.for(code: language)
    }

    /// Accord's words on the pages, in `language` (English when Accord has no catalogue for it).
    var words: PageStrings { catalogue.pages }
    var title: String { workshop.title.text(in: language) }

    // MARK: Start

    /// Choosing partner and level; with a link back to answers in progress.
    func start(token: String, hasDraft: Bool, errors: [String: String] = [:]) -> String {
        var body = "<h1 dir=\"auto\">\(HTML.escape(title))</h1>\n"
        if let description = workshop.description?.text(in: language) {
            body += "<p dir=\"auto\">\(HTML.escape(description))</p>\n"
        }
        body += #"<p class="note">\#(HTML.escape(words.anonymityNote))</p>"# + "\n"
        if hasDraft {
            body += #"<p class="resume"><a href="\#(basePath)/section/1">\#(HTML.escape(words.continueAnswers))</a>\#(HTML.escape(words.orStartAgain))</p>"#
        }
        let partnerChoices = partners.enumerated().map { index, partner in
            #"<div class="option"><input type="radio" id="partner-\#(index)" name="partner" value="\#(HTML.escape(partner))"> <label for="partner-\#(index)">\#(HTML.isolated(partner))</label></div>"#
        }.joined()
        let levels = catalogue.runner
        let levelChoices = Level.allCases.map { level in
            #"<div class="option"><input type="radio" id="level-\#(level.rawValue)" name="level" value="\#(level.rawValue)"> <label for="level-\#(level.rawValue)">\#(HTML.escape(levels.title(of: level)))</label></div>"#
        }.joined()
        body += """
            <form method="post" action="\(basePath)/start">
            \(HTML.csrfField(token))
            \(languageChoice())<fieldset id="partner"\(describedBy(errors["partner"], "partner"))>
            <legend>\(HTML.escape(words.whichOrganisation))</legend>
            \(errorLine(errors["partner"], "partner"))\(partnerChoices)
            </fieldset>
            <fieldset id="level"\(describedBy(errors["level"], "level"))>
            <legend>\(HTML.escape(words.whatLevel))</legend>
            \(errorLine(errors["level"], "level"))<p class="help">\(HTML.escape(words.levelHelp))</p>
            \(levelChoices)
            </fieldset>
            <div class="actions"><button type="submit" class="primary">\(HTML.escape(words.start))</button></div>
            </form>
            """
        return HTML.page(title: title, language: language, body: body)
    }

    // MARK: Sections

    /// One section's visible questions as a form, with Next and Back.
    func section(
        _ number: Int, draft: Draft, token: String, posted: FormData? = nil, errors: [String: String] = [:],
        notice: String? = nil
    ) -> String {
        let section = workshop.sections[number - 1]
        let questions = visibleQuestions(inSection: number, answers: draft.answers)
        var body = #"<p class="progress">\#(HTML.escape(words.partOf(number, workshop.sections.count)))</p>"#
        body += "\n<h1 dir=\"auto\">\(HTML.escape(section.title.text(in: language)))</h1>\n"
        if let introduction = section.introduction?.text(in: language) {
            body += "<p dir=\"auto\">\(HTML.escape(introduction))</p>\n"
        }
        if !errors.isEmpty {
            body += #"<p class="error summary" role="alert">\#(HTML.escape(words.needAnotherLook))</p>"#
        }
        if let notice { body += #"<p class="notice" role="status">\#(HTML.escape(notice))</p>"# }
        let other = otherPartner(of: draft.partner)
        var fields: [String] = []
        for question in questions {
            let answer = AnswerField(question: question, prefix: "a", language: language)
            fields.append(
                answer.html(
                    legend: question.prompt.text(in: language), current: draft.answers[question.id], posted: posted,
                    error: errors[answer.domID]))
            if question.predict {
                let prediction = AnswerField(question: question, prefix: "p", language: language)
                fields.append(
                    prediction.html(
                        legend: words.guessLegend(other),
                        current: draft.predictions[question.id], posted: posted, error: errors[prediction.domID]))
            }
        }
        let shown = questions.map(\.id).joined(separator: " ")
        body += """
            <form method="post" action="\(basePath)/section/\(number)" novalidate>
            \(HTML.csrfField(token))
            <input type="hidden" name="shown" value="\(HTML.escape(shown))">
            \(fields.joined(separator: "\n"))
            <div class="actions"><button type="submit" name="action" value="next" class="primary">\(HTML.escape(words.next))</button> \
            <button type="submit" name="action" value="back">\(HTML.escape(words.back))</button></div>
            </form>
            """
        return HTML.page(title: "\(section.title.text(in: language)) · \(title)", language: language, body: body)
    }

    /// The questions of the section with 1-based `number` shown for `answers`, in order.
    func visibleQuestions(inSection number: Int, answers: [String: Answer]) -> [Question] {
        layout.visibleQuestions(inSection: number, visibility: layout.visibility(given: answers))
    }

    /// The partner that is not `partner`.
    func otherPartner(of partner: String) -> String {
        partners.first { $0 != partner } ?? partner
    }

    // MARK: Review

    /// Every visible answer, with links to change them, the problems that block submitting,
    /// and the submit button.
    func review(draft: Draft, token: String, problems: [AnswerError]) -> String {
        var body = "<h1>\(HTML.escape(words.reviewHeading))</h1>\n"
        let level = catalogue.runner.title(of: draft.level)
        body += "<p>\(words.answerAsHTML(HTML.isolated(draft.partner), HTML.escape(level)))</p>\n"
        if !problems.isEmpty {
            let items = problems.map { problem -> String in
                let link = sectionNumber(of: problem.questionID).map { "\(basePath)/section/\($0)#a-\(problem.questionID)" }
                let prompt = workshop.question(problem.questionID)?.prompt.text(in: language) ?? problem.questionID
                let reason = problem.reason(in: Language(language))
                let text = "\(HTML.isolated(prompt)): \(HTML.escape(AnswerField.sentence(reason)))"
                return link.map { #"<li><a href="\#(HTML.escape($0))">\#(text)</a></li>"# } ?? "<li>\(text)</li>"
            }
            body += #"<div class="error summary" role="alert"><p>\#(HTML.escape(words.beforeYouSubmit))</p><ul>\#(items.joined())</ul></div>"#
        }
        let review = Interview(workshop: workshop, answers: draft.answers, predictions: draft.predictions).review
        for (index, section) in workshop.sections.enumerated() {
            let ids = Set(section.questions.map(\.id))
            let items = review.filter { ids.contains($0.question.id) }
            if items.isEmpty { continue }
            body += "<section><h2 dir=\"auto\">\(HTML.escape(section.title.text(in: language)))</h2>\n<dl>"
            for item in items {
                let question = item.question
                body += "<dt>\(item.number). \(HTML.isolated(question.prompt.text(in: language)))</dt>"
                body += "<dd dir=\"auto\">\(HTML.escape(display(item.answer, for: question)))</dd>"
                if let prediction = item.prediction {
                    body += "<dd class=\"prediction\">\(words.guessForHTML(HTML.isolated(otherPartner(of: draft.partner))))"
                        + "\(HTML.isolated(display(prediction, for: question)))</dd>"
                }
            }
            body += #"</dl><p><a href="\#(basePath)/section/\#(index + 1)">\#(HTML.escape(words.changeAnswersInPart))</a></p></section>"#
        }
        body += """
            <form method="post" action="\(basePath)/submit" class="submit">
            \(HTML.csrfField(token))
            <p>\(HTML.escape(words.onceSubmitted))</p>
            <div class="actions"><button type="submit" class="primary" data-once>\(HTML.escape(words.submitMyAnswers))</button></div>
            </form>
            """
        return HTML.page(title: "\(words.reviewTitle) · \(title)", language: language, body: body)
    }

    /// The 1-based number of the section holding `questionID`.
    func sectionNumber(of questionID: String) -> Int? {
        workshop.sections.firstIndex { $0.questions.contains { $0.id == questionID } }.map { $0 + 1 }
    }

    /// An answer in words, as the terminal describes it.
    func display(_ answer: Answer?, for question: Question) -> String {
        guard let answer else { return words.notAnswered }
        return AnswerParser(question: question, language: language).describe(answer)
    }

    // MARK: Done

    /// After submitting.
    func thanks() -> String {
        HTML.page(
            title: "\(words.thanksTitle) · \(title)", language: language,
            body: """
                <h1>\(HTML.escape(words.thanksTitle))</h1>
                <p>\(HTML.escape(words.thanksMessage))</p>
                """)
    }

    /// The choice of language on the join page, when the workshop offers several: each
    /// language named in itself, the current one checked.
    private func languageChoice() -> String {
        let offered = workshop.offeredLanguages
        guard offered.count > 1 else { return "" }
        let choices = offered.map { code in
            let checked = code == language ? " checked" : ""
            let name = Language(code)?.name ?? code
            return #"<div class="option"><input type="radio" id="language-\#(HTML.escape(code))" name="language" value="\#(HTML.escape(code))"\#(checked)> <label for="language-\#(HTML.escape(code))" lang="\#(HTML.escape(code))">\#(HTML.escape(name))</label></div>"#
        }
        return #"<fieldset id="language"><legend>\#(HTML.escape(words.language))</legend>\#(choices.joined())</fieldset>"# + "\n"
    }

    private func errorLine(_ error: String?, _ id: String) -> String {
        guard let error else { return "" }
        return #"<p class="error" id="\#(id)-error" role="alert">\#(HTML.escape(error))</p>"#
    }

    private func describedBy(_ error: String?, _ id: String) -> String {
        error == nil ? "" : #" class="invalid" aria-describedby="\#(id)-error""#
    }
}
