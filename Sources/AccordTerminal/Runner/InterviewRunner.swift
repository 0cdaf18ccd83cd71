import AccordCore
import Foundation

/// Runs one participant's interview at a terminal (or from piped input): partner and level,
/// then one question at a time, saving every answer to the draft as it is given, a final
/// review, and the submission.
///
/// The flow itself (next, back, skip, conditions) is `Interview`'s; this type asks, shows
/// and records.
public final class InterviewRunner {
    /// The workshop asked.
    public let workshop: Workshop
    /// The session answers go to.
    public let sessionID: String
    /// The session's two partners.
    public let partners: [String]
    let recorder: any AnswerRecorder
    let reader: any LineReader
    let screen: Screen
    let resumeCommand: @Sendable (String) -> String
    /// Whether participants take turns at a shared keyboard (`accord run --kiosk`): then no
    /// resume code is ever shown, stopping asks for confirmation and deletes the draft.
    public let kiosk: Bool
    /// The language every participant answers in (`accord run --language`), or `nil` to ask
    /// each participant when the workshop offers several (`Workshop.offeredLanguages`).
    public let fixedLanguage: String?
    /// The language of the participant at the keyboard: a workshop language code, or `nil`
    /// for the workshop's own language.
    public internal(set) var language: String?
    /// Lines read so far, to name a rejected line of piped input.
    private var linesRead = 0
    /// Whether keys typed ahead are dropped before the next line is read (a participant's
    /// first prompt, the final `Submit?`).
    var discardsTypeAhead = false

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - resumeCommand: the command that resumes a draft with the given code, as shown to
    ///     the participant (`accord run --resume CODE`, with `--db` when one was given).
    ///   - kiosk: participants take turns at a shared keyboard (see `kiosk`).
    ///   - language: the workshop language every participant answers in (see `fixedLanguage`).
    public init(
        workshop: Workshop, sessionID: String, partners: [String], recorder: any AnswerRecorder,
        reader: any LineReader, screen: Screen, resumeCommand: @escaping @Sendable (String) -> String,
        kiosk: Bool = false, language: String? = nil
    ) {
        self.kiosk = kiosk
        self.fixedLanguage = language
        self.language = language
        self.workshop = workshop
        self.sessionID = sessionID
        self.partners = partners
        self.recorder = recorder
        self.reader = reader
        self.screen = screen
        self.resumeCommand = resumeCommand
    }

    /// Runs a new participant from the partner question (skipped when `partner` is given)
    /// to the submission, and returns the submitted draft.
    @discardableResult
    public func runNewParticipant(partner: String? = nil, level: Level? = nil) throws(RunnerError) -> Draft {
        // Keys typed before this participant saw anything are not theirs to give.
        discardsTypeAhead = true
        language = fixedLanguage
        if language == nil, workshop.offeredLanguages.count > 1 { language = try chooseLanguage() }
        showWelcome()
        var partner = partner
        if partner == nil { partner = try choose(ProfileQuestions.partner(partners, strings)) }
        var level = level
        if level == nil { level = Level(rawValue: try choose(ProfileQuestions.level(strings))) }
        guard let partner, let level else { throw kiosk ? .turnEnded : .stopped(resumeCommand: nil) }
        var draft: Draft
        do {
            draft = try recorder.startDraft(session: sessionID, partner: partner, level: level)
            draft.language = language
        } catch {
            throw .recorder(action: "start your draft", reason: Self.describe(error), resumeCommand: nil)
        }
        screen.line()
        if kiosk {
            screen.paragraph(strings.kioskQuitHint)
        } else {
            screen.paragraph(strings.resumeHint)
            screen.line((accessible ? "" : "  ") + resumeCommand(draft.code))
        }
        do throws(RunnerError) {
            return try conduct(draft, Interview(workshop: workshop, language: language))
        } catch {
            guard kiosk else { throw discardIfUnanswered(draft.code, error) }
            // A kiosk draft is never resumable by the next person at the keyboard.
            try? recorder.discardDraft(code: draft.code)
            throw error
        }
    }

    /// The command that resumes `draft`, when one may be shown: never in the kiosk.
    func resumeHint(_ draft: Draft?) -> String? {
        kiosk ? nil : draft.map { resumeCommand($0.code) }
    }

    /// Ctrl-C, Ctrl-D or `:quit`. Outside the kiosk it stops, keeping the draft to resume.
    /// In the kiosk a participant with answers is asked first: `yes` (or a second Ctrl-C or
    /// Ctrl-D) ends their turn, and `runNewParticipant` deletes the draft; anything else
    /// returns, and the question is asked again.
    func leave(_ draft: Draft?) throws(RunnerError) {
        guard kiosk else { throw .stopped(resumeCommand: resumeHint(draft)) }
        guard draft != nil, reader.isInteractive else { throw .turnEnded }
        screen.line()
        let answer: String
        do throws(LineReadError) {
            answer = try reader.readLine(
                LineRequest(
                    prompt: reviewPrompt(strings.leaveConfirm), completions: [answerWords.yes.lowercased()]))
        } catch {
            throw error == .closeRequested ? .closeRequested : .turnEnded
        }
        if isYes(answer) { throw .turnEnded }
        screen.paragraph(strings.answersKept)
    }

    /// A draft stopped before its first answer holds nothing worth resuming: it is deleted,
    /// and the error no longer offers to resume it.
    private func discardIfUnanswered(_ code: String, _ error: RunnerError) -> RunnerError {
        guard let saved = try? recorder.loadDraft(code: code), saved.answers.isEmpty, saved.predictions.isEmpty,
            (try? recorder.discardDraft(code: code)) != nil
        else { return error }
        switch error {
        case .stopped: return .stopped(resumeCommand: nil)
        case .inputEnded(let waiting, _): return .inputEnded(waitingFor: waiting, resumeCommand: nil)
        case .rejectedInput(let line, let waiting, let reason, _):
            return .rejectedInput(line: line, waitingFor: waiting, reason: reason, resumeCommand: nil)
        default: return error
        }
    }

    /// Resumes `draft` at its first unanswered question, and returns it once submitted.
    @discardableResult
    public func resume(_ draft: Draft) throws(RunnerError) -> Draft {
        language = fixedLanguage ?? draft.language.flatMap { workshop.offeredLanguages.contains($0) ? $0 : nil }
        showWelcome()
        let interview = Interview(
            workshop: workshop, answers: draft.answers, predictions: draft.predictions, language: language)
        let answered = interview.visibleQuestions.filter { interview.answers[$0.id] != nil }.count
        screen.paragraph(
            strings.welcomeBack(
                draft.partner, strings.title(of: draft.level), answered, interview.visibleQuestions.count))
        return try conduct(draft, interview)
    }

    // MARK: The interview

    private func conduct(_ start: Draft, _ startInterview: Interview) throws(RunnerError) -> Draft {
        var draft = start
        var interview = startInterview
        var introduced = Set<String>()
        while true {
            guard let step = interview.current, let question = interview.currentQuestion else {
                if try finalReview(&interview, draft: &draft) { return draft }
                continue
            }
            if let section = workshop.section(containing: question.id), introduced.insert(section.id).inserted {
                showIntroduction(of: section)
            }
            show(step, of: question, in: interview, draftPartner: draft.partner)
            try ask(step, of: question, interview: &interview, draft: &draft)
        }
    }

    /// Reads lines until the step is answered, skipped or left by a command.
    private func ask(
        _ step: Interview.Step, of question: Question, interview: inout Interview, draft: inout Draft
    ) throws(RunnerError) {
        let parser = AnswerParser(question: question, language: language)
        var prefill = interview.answer(at: step).map(parser.typed) ?? ""
        while true {
            let line = try read(
                LineRequest(
                    prompt: answerPrompt, prefill: prefill, completions: parser.completions + RunnerCommand.completions),
                waitingFor: "question '\(question.id)'", draft: draft)
            prefill = ""
            // A line with nothing visible (spaces, U+200B) is an empty line.
            let isEmpty = TextNormalization.typedText(line) == nil
            // Enter on an optional question (or a guess) that has no answer skips it.
            let command =
                isEmpty && interview.answer(at: step) == nil && interview.isOptional(step)
                ? .skip : RunnerCommand(line: line)
            if let command {
                switch command {
                case .questionHelp:
                    showHelp(for: question, parser: parser)
                    continue
                case .help:
                    showCommands()
                    continue
                case .quit:
                    try leave(draft)
                    continue
                case .back:
                    guard interview.back() else {
                        try reject(strings.firstQuestion, waitingFor: "question '\(question.id)'", draft: draft)
                        continue
                    }
                    return
                case .skip:
                    do throws(AnswerError) {
                        try interview.skip()
                    } catch {
                        try reject(
                            strings.requiredCannotSkip,
                            waitingFor: "question '\(question.id)'", draft: draft)
                        continue
                    }
                    try save(interview, to: &draft)
                    return
                case .review:
                    try reviewSoFar(&interview, draft: draft)
                    return
                }
            }
            do throws(AnswerInputError) {
                if isEmpty, let kept = interview.answer(at: step) {
                    do throws(AnswerError) { try interview.give(kept) } catch { throw .invalid(error) }
                } else {
                    try interview.give(text: line)
                }
            } catch {
                try reject(error.reason(in: parser.readingLanguage), waitingFor: "question '\(question.id)'", draft: draft)
                prefill = line
                continue
            }
            try save(interview, to: &draft)
            return
        }
    }

    /// Stores the interview's answers in the draft, durably, before the next question.
    private func save(_ interview: Interview, to draft: inout Draft) throws(RunnerError) {
        draft.answers = interview.answers
        draft.predictions = interview.predictions
        do {
            try recorder.saveDraft(draft)
        } catch {
            throw .recorder(action: "save your answer", reason: Self.describe(error), resumeCommand: resumeHint(draft))
        }
    }

    // MARK: Partner and level

    /// Asks a numbered choice before the draft exists and returns the chosen option's id.
    func choose(_ question: Question) throws(RunnerError) -> String {
        let parser = AnswerParser(question: question, language: language)
        screen.line()
        screen.paragraph(question.prompt.text(in: language))
        showChoices(parser.choices)
        var prefill = ""
        while true {
            let line = try read(
                LineRequest(prompt: answerPrompt, prefill: prefill, completions: parser.completions + [":quit"]),
                waitingFor: "the \(question.id) question", draft: nil)
            switch RunnerCommand(line: line) {
            case .quit?:
                try leave(nil)
                continue
            case .help?, .questionHelp?:
                screen.paragraph(strings.profileHelp)
                continue
            case .back?, .skip?, .review?:
                try reject(
                    strings.chooseFirst, waitingFor: "the \(question.id) question", draft: nil)
                continue
            case nil: break
            }
            do throws(AnswerInputError) {
                if case .choice(let id) = try parser.parse(line) { return id }
            } catch {
                try reject(error.reason(in: parser.readingLanguage), waitingFor: "the \(question.id) question", draft: nil)
                prefill = line
            }
        }
    }

    // MARK: Reading

    /// Reads a line, turning Ctrl-C, Ctrl-D and the end of piped input into `RunnerError`s
    /// (or, in the kiosk, into a confirmation to leave; the line is read again when the
    /// participant goes on). Drops keys typed ahead first when `discardsTypeAhead` is set.
    func read(_ request: LineRequest, waitingFor: String, draft: Draft?) throws(RunnerError) -> String {
        while true {
            if discardsTypeAhead {
                reader.discardPendingInput()
                discardsTypeAhead = false
            }
            do throws(LineReadError) {
                let line = try reader.readLine(request)
                linesRead += 1
                return line
            } catch {
                switch error {
                case .interrupted: try leave(draft)
                case .endOfInput:
                    guard reader.isInteractive else {
                        throw .inputEnded(waitingFor: waitingFor, resumeCommand: resumeHint(draft))
                    }
                    try leave(draft)
                case .closeRequested: throw .closeRequested
                }
            }
        }
    }

    /// Tells a person at the terminal what is wrong so they can try again; ends a piped run.
    func reject(_ message: String, waitingFor: String, draft: Draft?) throws(RunnerError) {
        guard reader.isInteractive else {
            throw .rejectedInput(
                line: linesRead, waitingFor: waitingFor, reason: message, resumeCommand: resumeHint(draft))
        }
        showError(message)
    }

    static func describe(_ error: any Error) -> String {
        (error as? any LocalizedError)?.errorDescription ?? String(describing: error)
    }
}
