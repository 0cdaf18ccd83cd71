import AccordCore
import AccordStore
import AccordTerminal
import ArgumentParser
import Foundation

/// `accord run`: a session's workshop in the terminal, through GNU readline; one participant,
/// or several in turn on one keyboard (`--kiosk`). Piped input is read line by line.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Answer a session's workshop in the terminal, one question at a time.",
        discussion: """
            Every answer is saved to a draft as it is given. Ctrl-C, Ctrl-D or :quit stop with \
            status 130 and print how to resume (accord run --resume CODE). When standard input \
            is not a terminal, answers are read one a line with the same syntax, prompts go to \
            standard error, and the end of input before the submission is an error (status 1). \
            With --kiosk, participants take turns and cannot leave the kiosk: Ctrl-C, Ctrl-D or \
            :quit end only their turn (their draft is deleted). The facilitator closes it by \
            typing the exit phrase (asked at start, not shown; or --exit-phrase-file) at the \
            start screen, or with kill -TERM PID (or -USR1) from another terminal. \
            See docs/running.md.
            """
    )

    @OptionGroup var store: StoreOptions

    @ArgumentParser.Option(help: ArgumentHelp("The session to answer.", valueName: "id"))
    var session: String?

    @ArgumentParser.Option(help: ArgumentHelp("Resume the draft with this code, where it stopped.", valueName: "code"))
    var resume: String?

    @ArgumentParser.Option(help: ArgumentHelp("The participant's partner (asked when not given).", valueName: "name"))
    var partner: String?

    @ArgumentParser.Option(
        help: ArgumentHelp(
            "The participant's level: management or execution (asked when not given).", valueName: "level"))
    var level: String?

    @Flag(help: "Several participants in turn on one keyboard, locked: the screen and history are wiped between them.")
    var kiosk = false

    @ArgumentParser.Option(
        help: ArgumentHelp("Kiosk: seconds the thank-you stays before the start screen returns.", valueName: "seconds"))
    var kioskReset: Double = 5

    @ArgumentParser.Option(
        help: ArgumentHelp(
            "Kiosk: read the phrase that closes the kiosk from this file's first line (else it is asked at start).",
            valueName: "file"))
    var exitPhraseFile: String?

    @ArgumentParser.Option(
        help: ArgumentHelp(
            "The language to answer in, one the workshop offers, such as de or fr (default: the environment's, "
                + "LC_ALL > LC_MESSAGES > LANG, when the workshop offers it; else asked when the workshop offers "
                + "several; in the kiosk, each participant is asked).",
            valueName: "code"))
    var language: String?

    @Flag(help: "Plain numbered prompts for screen readers, no colour (also ACCESSIBLE=1).")
    var accessible = false

    func validate() throws {
        switch (session, resume) {
        case (nil, nil): throw ValidationError("Give --session ID to start, or --resume CODE to continue a draft.")
        case (.some, .some): throw ValidationError("Give either --session or --resume, not both.")
        default: break
        }
        if resume != nil, kiosk || partner != nil || level != nil {
            throw ValidationError(
                "--resume continues a draft as it was started: --kiosk, --partner and --level do not apply.")
        }
        if !kiosk, exitPhraseFile != nil {
            throw ValidationError("--exit-phrase-file applies only with --kiosk.")
        }
        if !(0...600).contains(kioskReset) {
            throw ValidationError("--kiosk-reset must be between 0 and 600 seconds, not \(kioskReset).")
        }
        if let language, Language(language) == nil {
            throw ValidationError("--language must be a language code such as de or fr-CH, not '\(input: language)'.")
        }
        if let level, Level(rawValue: level.lowercased()) == nil {
            throw ValidationError("--level must be management or execution, not '\(input: level)'.")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let accessible =
            self.accessible || ["1", "true", "yes"].contains(environment["ACCESSIBLE"]?.lowercased() ?? "")
        let interactive = isatty(0) == 1
        // On a terminal everything goes to the terminal; otherwise prompts go to stderr.
        let screenOnStandardError = !interactive || isatty(1) != 1
        let reader: any LineReader =
            interactive
            ? ReadlineLineReader(outputToStandardError: screenOnStandardError, plain: accessible) : PlainLineReader()
        let colour = Style.colourAllowed(
            environment: environment, isTerminal: interactive && isatty(screenOnStandardError ? 2 : 1) == 1,
            accessible: accessible)
        let screen = Screen(
            toStandardError: screenOnStandardError, style: Style(colour: colour), accessible: accessible)

        try self.store.withServeStore { serveStore in
            try run(recorder: ParticipantRecorder(serveStore), reader: reader, screen: screen)
        }
    }

    /// Runs the participant (or the kiosk) with drafts and submissions in `store`.
    private func run(recorder store: ParticipantRecorder, reader: any LineReader, screen: Screen) throws {
        let dbOption = self.store.shownDBOption
        let resumeCommand: @Sendable (String) -> String = { "accord run --resume \($0)\(dbOption)" }

        // The participant's language, for the message a stop ends with.
        var catalogue = Catalogue.english
        do {
            if let code = resume {
                guard let draft = try store.loadDraft(code: code) else { throw RunnerError.unknownDraft(code: code) }
                let session = try store.session(draft.sessionID)
                let runner = InterviewRunner(
                    workshop: session.workshop, sessionID: session.id, partners: session.partners, recorder: store,
                    reader: reader, screen: screen, resumeCommand: resumeCommand,
                    language: try offered(language, by: session.workshop))
                catalogue = Catalogue.for(code: runner.fixedLanguage ?? draft.language ?? session.workshop.language)
                try runner.resume(draft)
                return
            }
            let session = try store.session(self.session!)
            guard session.openRound != nil else { throw StoreError.noOpenRound(session: session.id) }
            let partner = try partner.map { try Self.match(partner: $0, in: session.partners) }
            let level = level.flatMap { Level(rawValue: $0.lowercased()) }
            let runner = InterviewRunner(
                workshop: session.workshop, sessionID: session.id, partners: session.partners, recorder: store,
                reader: reader, screen: screen, resumeCommand: resumeCommand, kiosk: kiosk,
                language: try offered(language, by: session.workshop))
            catalogue = Catalogue.for(code: runner.fixedLanguage ?? session.workshop.language)
            if kiosk {
                let settings = KioskSettings(exitPhrase: try exitPhrase(reader: reader), resetSeconds: kioskReset)
                KioskLock.engage()
                try KioskRunner(runner: runner, reader: reader, screen: screen, settings: settings)
                    .run(partner: partner, level: level)
            }
            try runner.runNewParticipant(partner: partner, level: level)
        } catch let error as RunnerError {
            let message = error.message(catalogue.runner)
            if error.exitStatus == 0 {
                FileHandle.standardError.write(Data((message + "\n").utf8))
                return
            }
            if error.exitStatus == 130 {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            } else {
                Self.report(message)
            }
            throw ExitCode(error.exitStatus)
        }
    }

    /// The workshop language for `--language`: the code itself, or the offered language it
    /// matches by base language (`de` for `de-CH`); an error naming the offered ones otherwise.
    /// Without `--language`, the environment's language when the workshop offers it (not in
    /// the kiosk, where each participant chooses).
    func offered(_ code: String?, by workshop: Workshop) throws -> String? {
        guard let code, let language = Language(code) else {
            return kiosk ? nil : workshop.offeredLanguage(environment: ProcessInfo.processInfo.environment)
        }
        guard let offered = workshop.offeredLanguage(for: language) else {
            throw ValidationError(
                "--language \(language.code): the workshop '\(input: workshop.id)' is offered in "
                    + workshop.offeredLanguages.joined(separator: ", ") + ".")
        }
        return offered
    }

    /// The phrase that closes the kiosk: the first line of `--exit-phrase-file`; at a
    /// terminal, asked twice without echo; with piped input none (the end of input closes it).
    func exitPhrase(reader: any LineReader) throws -> String? {
        if let exitPhraseFile {
            guard let data = FileManager.default.contents(atPath: exitPhraseFile) else {
                Self.report("cannot read the exit phrase file \(exitPhraseFile): no such file, or it is not readable.")
                throw ExitCode.failure
            }
            let phrase = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)
            guard let phrase, !phrase.isEmpty else {
                Self.report("the exit phrase file \(exitPhraseFile) is empty: write the phrase on its first line.")
                throw ExitCode.failure
            }
            return phrase
        }
        guard reader.isInteractive else { return nil }
        let out = FileHandle.standardError
        out.write(
            Data(
                "Facilitator: choose the phrase that closes this kiosk. Typing it at the start screen ends the kiosk.\n"
                    .utf8))
        while true {
            do {
                let first = try reader.readHidden(prompt: "Exit phrase (not shown): ")
                guard !first.isEmpty else {
                    out.write(Data("An empty phrase would let anyone close the kiosk. Choose one.\n".utf8))
                    continue
                }
                let second = try reader.readHidden(prompt: "The same phrase again: ")
                if first == second { return first }
                out.write(Data("The two phrases differ. Once more.\n".utf8))
            } catch {
                FileHandle.standardError.write(Data("No exit phrase chosen; the kiosk did not start.\n".utf8))
                throw ExitCode(130)
            }
        }
    }

    /// The session's partner spelled as `name` (case ignored), or a usage error naming both.
    static func match(partner name: String, in partners: [String]) throws -> String {
        if let match = partners.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return match }
        // A usage error found after parsing: said plainly, without the root command's usage.
        report("'\(input: name)' is not a partner of this session (partners: \(partners.joined(separator: ", "))).")
        throw ExitCode.validationFailure
    }

    /// Writes one `Error: ` line to standard error, as the other commands do.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("Error: " + message + "\n").utf8))
    }
}
