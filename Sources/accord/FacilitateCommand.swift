import AccordCore
import AccordReport
import AccordStore
import AccordTerminal
import ArgumentParser
import Foundation

/// `accord facilitate --session ID`: the facilitator's console for a live workshop.
struct FacilitateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitate",
        abstract: "Run a live workshop: agenda and timeboxes, who has answered, rounds, results and agreed actions.",
        discussion: """
            A console for the facilitator. 'agenda' and 'next' walk through the workshop's phases \
            with their introductions, notes and a countdown; 'counts' shows how many have \
            submitted (groups below the threshold show no number); 'close' closes the round; \
            'reveal' shows the results section by section as prompts to read out; 'action' \
            records what the room agrees. Type 'help' in the console. Without a terminal (or with \
            --script) commands are read one a line, and the first that fails ends the run with \
            status 1. The console speaks --language (default: the language of LC_ALL, LC_MESSAGES or \
            LANG when the workshop offers it, else English); its command words are English in every \
            language. See docs/facilitating.md.
            """
    )

    @OptionGroup var store: StoreOptions

    @ArgumentParser.Option(help: ArgumentHelp("The session to facilitate.", valueName: "id"))
    var session: String?

    @Flag(help: "Try it: a new session of made-up participants who answer as you go (see docs/facilitating.md).")
    var demo = false

    @ArgumentParser.Option(
        help: ArgumentHelp("The workshop of the demo session: a built-in name or a file.", valueName: "name|file"))
    var workshop = "common-vision"

    @ArgumentParser.Option(help: ArgumentHelp("Read the commands from this file, one a line.", valueName: "file"))
    var script: String?

    @ArgumentParser.Option(
        help: ArgumentHelp(
            "The console's language: \(Catalogue.all.map(\.language.code).joined(separator: ", ")) (default: the "
                + "environment's, LC_ALL > LC_MESSAGES > LANG, when the workshop offers it; else en).",
            valueName: "code"))
    var language: String?

    func validate() throws {
        switch (session, demo) {
        case (nil, false): throw ValidationError("Give --session ID, or --demo to try it on made-up participants.")
        case (.some, true): throw ValidationError("Give either --session or --demo, not both.")
        default: break
        }
        if let language, Language(language).flatMap(Catalogue.named) == nil {
            throw ValidationError(
                "--language must be one of \(Catalogue.all.map(\.language.code).joined(separator: ", ")), "
                    + "not '\(input: language)'.")
        }
    }

    /// The console's language: `--language`, else the environment's when the workshop offers
    /// it and Accord speaks it, else English.
    func consoleLanguage(for workshop: Workshop) -> Language {
        if let language, let chosen = Language(language) { return chosen }
        let environment = ProcessInfo.processInfo.environment
        return workshop.offeredLanguage(environment: environment).flatMap(Language.init)
            .flatMap { Catalogue.named($0) != nil ? $0 : nil } ?? .english
    }

    func run() throws {
        let input = try ConsoleInput(script: script)
        if let session {
            try store.withServeStore { serveStore in
                try drive(try StoreFacilitationSession(store: serveStore, session: session), input: input)
            }
        } else {
            let source = try WorkshopArgument(workshop)
            try store.withNewDemoSession(snapshot: source.data, workshop: source.workshop) { serveStore, session in
                let room = try DemoFacilitationSession(store: serveStore, session: session)
                let resume = "accord facilitate --session \(room.id)\(store.shownDBOption)"
                let introduction = Catalogue.for(consoleLanguage(for: room.workshop)).console.demoIntroduction(room.id, resume)
                FileHandle.standardOutput.write(Data((introduction + "\n\n\n").utf8))
                try drive(room, input: input)
            }
        }
    }

    /// Runs the console on `room` until the script or the input ends.
    private func drive(_ room: any FacilitationSession, input: ConsoleInput) throws {
        let console = FacilitatorConsole(
            session: room, isInteractive: input.isInteractive, width: TerminalWidth.columns(),
            language: consoleLanguage(for: room.workshop),
            findingWords: { [language = consoleLanguage(for: room.workshop)] finding, report in
                FindingWording.sentence(for: finding, in: report, language: language)
            },
            readLine: input.readLine,
            write: { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            })
        do {
            try console.run()
        } catch let error as ConsoleScriptError {
            StandardError.print("accord: error: \(script ?? "input"): \(error)")
            throw ExitCode.failure
        } catch is ConsoleInterrupt {
            throw ExitCode(130)
        }
    }
}

/// Where the console's commands come from: a script file, readline on a terminal, or plain
/// lines from a pipe (prompts on standard error).
struct ConsoleInput {
    let isInteractive: Bool
    let readLine: FacilitatorConsole.ReadLine

    init(script: String?) throws {
        if let script {
            guard let file = FileHandle(forReadingAtPath: script), let data = try? file.readToEnd() ?? Data() else {
                throw ValidationError("cannot read the script \(script): no such file, or it is not readable")
            }
            let text = TextNormalization.normalized(String(decoding: data, as: UTF8.self))
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
            if lines.last == "" { lines.removeLast() }
            isInteractive = false
            readLine = { prompt, _ in
                let line = lines.popFirst()
                // Echo the command so the output reads as a transcript.
                if let line { FileHandle.standardOutput.write(Data((prompt + line + "\n").utf8)) }
                return line
            }
            return
        }
        // On a terminal, readline (prompts on standard error when the output is redirected);
        // otherwise plain lines with prompts on standard error, so that output stays clean.
        let reader: any LineReader =
            isatty(0) == 1 ? ReadlineLineReader(outputToStandardError: isatty(1) != 1) : PlainLineReader()
        isInteractive = reader.isInteractive
        readLine = { prompt, completions in
            do {
                return try reader.readLine(LineRequest(prompt: prompt, completions: completions))
            } catch LineReadError.interrupted {
                throw ConsoleInterrupt()
            } catch {
                return nil  // the end of input: Ctrl-D or the end of a pipe
            }
        }
    }
}

/// The terminal's width in columns: the window's, else `COLUMNS`, else 80.
enum TerminalWidth {
    static func columns() -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
