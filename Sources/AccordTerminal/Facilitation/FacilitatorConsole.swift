import AccordCore

/// The facilitator's console for a live workshop (`accord facilitate`): walks through the
/// agenda with each phase's introduction, notes and an advisory countdown; shows how many
/// have submitted (counts only, thresholds applied); opens and closes rounds; reveals a
/// closed round's results section by section as discussion prompts; records agreed actions.
///
/// Input and output are injected: the command gives it readline on a terminal and plain
/// lines from a pipe or a script; tests give it lines from an array.
public final class FacilitatorConsole {
    /// Reads one line after showing a prompt, offering the words Tab completes to; `nil` at
    /// the end of input. Throws `ConsoleInterrupt` on Ctrl-C.
    public typealias ReadLine = (_ prompt: String, _ completions: [String]) throws -> String?
    /// Writes text (the console hands it text already made inert by `TerminalText`).
    public typealias Write = (_ text: String) -> Void
    /// A finding worded in the console's language from the report's vocabulary (the
    /// command passes AccordReport's `FindingWording`), or `nil` to keep AccordCore's words.
    public typealias FindingWords = (_ finding: DiscussionFinding, _ report: GapReport) -> String?

    let session: FacilitationSession
    let agenda: Agenda
    let readLine: ReadLine
    let write: Write
    /// Whether a person is typing (then a mistyped command is shown and the console goes
    /// on; from a script it ends the run with an error).
    let isInteractive: Bool
    /// Seconds on a monotonic clock, for the countdown.
    let clock: () -> Double
    /// The text width to wrap to.
    let width: Int
    /// What the console says, in the facilitator's language (the command words stay English).
    let strings: ConsoleStrings
    /// How that language writes numbers.
    let numbers: TypedNumber
    /// How an action's gaps moved, in that language (the web console's and report's wording).
    let movementWording: GapMovement.Wording
    /// A group's spread (a dispersed-group finding), in that language.
    let spreadWording: SpreadWording
    /// The workshop's texts in that language, when it offers it (`nil`: its default).
    let workshopLanguage: String?
    /// Findings in the console's language, when it is not English.
    let findingWords: FindingWords?
    /// The report of the round revealed last, for `findingWords`.
    var revealedReport: GapReport?

    /// The phase being run, by index into the agenda, and when it started.
    var phaseIndex: Int?
    var phaseStarted = 0.0
    /// Whether the current phase is the discussion of its section's results.
    var discussingResults = false
    /// The index of the section revealed last, and that reveal's findings (numbered from 1).
    var revealedIndex: Int?
    var revealedRound: Int?
    var lastFindings: [DiscussionFinding] = []
    /// The smaller findings of that section not shown yet (`more`).
    var pendingFindings: [DiscussionFinding] = []
    /// How many script lines have been read, for error messages.
    var lineNumber = 0

    /// Creates a console over a session, speaking `language` (English when Accord has no
    /// console catalogue for it).
    public init(
        session: FacilitationSession, isInteractive: Bool, width: Int = 80, language: Language = .english,
        findingWords: FindingWords? = nil, clock: @escaping () -> Double = FacilitatorConsole.monotonicSeconds,
        readLine: @escaping ReadLine, write: @escaping Write
    ) {
        self.session = session
        let workshopLanguage = session.workshop.offeredLanguage(for: language)
        self.agenda = Agenda(workshop: session.workshop, language: workshopLanguage)
        self.workshopLanguage = workshopLanguage
        self.findingWords = Catalogue.for(language).language == .english ? nil : findingWords
        self.isInteractive = isInteractive
        self.width = max(40, width)
        self.clock = clock
        self.strings = Catalogue.for(language).console
        self.numbers = TypedNumber(language: Catalogue.for(language).language.code)
        self.movementWording = .for(language)
        self.spreadWording = .for(language)
        // Workshop text and answers reach the terminal inert, in prompts and in output.
        self.readLine = { prompt, completions in try readLine(TerminalText.inert(keepingStyles: prompt), completions) }
        self.write = { write(TerminalText.inert(keepingStyles: $0)) }
    }

    /// Seconds since the console's first use of the clock, never going back.
    public static func monotonicSeconds() -> Double {
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private static let start = ContinuousClock.now

    /// Runs commands until `quit` or the end of input. From a script, a command that fails
    /// ends the run with `ConsoleScriptError` naming the line.
    public func run() throws {
        welcome()
        while true {
            let line: String?
            do {
                line = try readLine(prompt(), commandWords)
            } catch is ConsoleInterrupt {
                write("\n" + strings.stopped + "\n")
                throw ConsoleInterrupt()
            }
            guard let line else { return }
            lineNumber += 1
            var command = ConsoleCommand(line)
            if command.name == "quit" || command.name == "exit" { return }
            do {
                try perform(&command)
            } catch let error as ConsoleInterrupt {
                throw error
            } catch {
                let message = (error as? FacilitationError).map(strings.error) ?? "\(error.localizedDescription)"
                guard isInteractive else { throw ConsoleScriptError(line: lineNumber, text: line, message: message) }
                write("! \(message)\n")
            }
        }
    }

    /// What Tab completes at the command prompt: the commands, the section ids, the partners.
    var commandWords: [String] {
        FacilitationCommand.allCases.map(\.rawValue) + agenda.phases.map(\.id) + session.partners
    }

    /// The prompt: the phase and its countdown, so the time is in view at every command.
    func prompt() -> String {
        guard let phaseIndex else { return "facilitate> " }
        let phase = agenda.phases[phaseIndex]
        var text = (discussingResults ? strings.resultsMarker + " " : "") + "\(phase.number)/\(agenda.phases.count) \(phase.title)"
        if let minutes = phase.timeboxMinutes {
            text += " · " + strings.text(Countdown(timeboxMinutes: minutes, elapsedSeconds: elapsed))
        }
        return "[\(text)] facilitate> "
    }

    /// Whole seconds since the phase started.
    var elapsed: Int { Int(clock() - phaseStarted) }

    /// Runs one command.
    func perform(_ command: inout ConsoleCommand) throws {
        switch command.name {
        case "": return
        case "help", "?": help()
        case "agenda": showAgenda()
        case "next": try startPhase(phaseIndex.map { $0 + 1 } ?? 0)
        case "phase": try startPhase(reference: command.arguments)
        case "time": showTime()
        case "counts", "count": try showCounts()
        case "open": try open()
        case "close": try close(command.arguments)
        case "reveal": try reveal(command.arguments)
        case "more": showMore()
        case "action": try action(&command)
        case "actions": try listActions()
        default: throw FacilitationError.unknownCommand(command.name)
        }
    }

    /// Writes lines of text wrapped to the width: the first line after `indent`, the lines
    /// it wraps onto after `hanging` (the same indent when `nil`).
    func say(_ text: String, indent: String = "", hanging: String? = nil) {
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lines = Self.wrap(String(paragraph), width: width, indent: indent, hanging: hanging ?? indent)
            write(lines.joined(separator: "\n") + "\n")
        }
    }

    /// Greedy word wrapping; a line that fits keeps its spacing, a word longer than the line
    /// stays whole.
    static func wrap(_ text: String, width: Int, indent: String, hanging: String) -> [String] {
        if indent.count + text.count <= width { return [indent + text] }
        var lines: [String] = []
        var line = indent
        var prefix = indent
        for word in text.split(separator: " ") {
            if line.count > prefix.count, line.count + 1 + word.count > width {
                lines.append(line)
                prefix = hanging
                line = hanging
            }
            line += (line.count > prefix.count ? " " : "") + word
        }
        lines.append(line)
        return lines
    }
}

/// Ctrl-C at the console's prompt.
public struct ConsoleInterrupt: Error, Sendable {
    /// Creates the interrupt.
    public init() {}
}

/// A scripted command that failed, with its line.
public struct ConsoleScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line number in the script or piped input, from 1.
    public var line: Int
    /// The line as given.
    public var text: String
    /// What went wrong.
    public var message: String

    /// `line 7 (close): Round 2 is not open.`
    public var description: String { "line \(line) (\(text.trimmingWhitespaceForMessage())): \(message)" }
}

extension String {
    /// The string without surrounding white space, for messages.
    func trimmingWhitespaceForMessage() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
