import AccordCore
import Glibc

/// Runs participants one after another on one keyboard (`accord run --kiosk`), locked so
/// that nothing of one participant reaches the next (`anonymity.md` rule 6):
///
/// - between turns the screen and its scrollback are cleared, the line history is emptied
///   and keys typed ahead are dropped;
/// - on submit the screen is cleared at once, a neutral thank-you is shown, and the start
///   screen comes back by itself after `KioskSettings.resetSeconds`;
/// - Ctrl-C, Ctrl-D or `:quit` end only the participant's turn (confirmed, the draft
///   deleted, no resume code shown);
/// - only the facilitator closes the kiosk: the exit phrase typed at the start screen, or
///   SIGTERM/SIGUSR1 from another terminal (`KioskLock`).
public final class KioskRunner {
    let runner: InterviewRunner
    let reader: any LineReader
    let screen: Screen
    let settings: KioskSettings
    let pause: (Double) -> Void

    /// Creates a kiosk around a runner (made with `kiosk: true`) and the reader and screen
    /// it uses.
    ///
    /// - Parameter pause: waits the given number of seconds after a submission; the default
    ///   sleeps, waking up early when the kiosk is asked to close.
    public init(
        runner: InterviewRunner, reader: any LineReader, screen: Screen, settings: KioskSettings = KioskSettings(),
        pause: @escaping (Double) -> Void = KioskRunner.sleep
    ) {
        self.runner = runner
        self.reader = reader
        self.screen = screen
        self.settings = settings
        self.pause = pause
    }

    /// Runs participants until the facilitator closes the kiosk (or piped input ends at the
    /// start screen); returns only by throwing `RunnerError.kioskClosed`, or the error that
    /// ended a piped run.
    public func run(partner: String? = nil, level: Level? = nil) throws(RunnerError) -> Never {
        var submitted = 0
        while true {
            wipe()
            guard try startScreen(submitted: submitted) else {
                wipe()
                throw .kioskClosed(submitted: submitted)
            }
            wipe()
            do throws(RunnerError) {
                try runner.runNewParticipant(partner: partner, level: level)
                submitted += 1
                // At once: nothing of the review stays under the thank-you.
                wipe()
                screen.line()
                screen.line(screen.style.success(runner.strings.kioskThanks))
                pause(settings.resetSeconds)
            } catch .turnEnded {
                continue
            } catch .closeRequested {
                wipe()
                throw .kioskClosed(submitted: submitted)
            } catch {
                wipe()
                throw error
            }
            if KioskLock.isCloseRequested {
                wipe()
                throw .kioskClosed(submitted: submitted)
            }
        }
    }

    /// The screen between participants. Returns `false` when the kiosk is to close: the exit
    /// phrase typed, a close request, or the end of piped input. Ctrl-C and Ctrl-D are
    /// ignored here: the kiosk stays open for the next participant.
    private func startScreen(submitted: Int) throws(RunnerError) -> Bool {
        // The start screen is in the kiosk's language, in every offered one when participants choose.
        runner.language = runner.fixedLanguage
        let languages = runner.fixedLanguage.map { [$0] } ?? runner.workshop.offeredLanguages
        let catalogues = languages.map { Catalogue.for(code: $0) }
        func each(_ text: (RunnerStrings) -> String) -> String {
            var seen = Set<String>()
            return catalogues.map { text($0.runner) }.filter { seen.insert($0).inserted }.joined(separator: " / ")
        }
        while true {
            screen.line()
            screen.line(screen.style.bold(runner.workshop.title.text(in: runner.fixedLanguage)))
            for catalogue in catalogues { screen.paragraph(catalogue.runner.kioskWelcome) }
            if submitted > 0 {
                screen.line(screen.style.dim(runner.strings.submittedSoFar(submitted)))
            }
            reader.discardPendingInput()
            do throws(LineReadError) {
                let line = try reader.readHidden(
                    prompt: each(\.pressEnterToBegin) + (screen.accessible ? ": " : ". "))
                if let phrase = settings.exitPhrase, line == phrase { return false }
                return true
            } catch {
                switch error {
                case .closeRequested: return false
                case .endOfInput where !reader.isInteractive: return false
                case .interrupted, .endOfInput: wipe()
                }
            }
        }
    }

    /// Clears the screen and scrollback and forgets every line typed.
    private func wipe() {
        reader.forgetHistory()
        screen.clear()
    }

    /// Sleeps `seconds`, in short steps so that a close request ends the wait.
    public static func sleep(_ seconds: Double) {
        var left = seconds
        while left > 0, !KioskLock.isCloseRequested {
            let step = min(left, 0.1)
            usleep(UInt32(step * 1_000_000))
            left -= step
        }
    }
}

/// How a kiosk is closed and how long its thank-you stays.
public struct KioskSettings: Sendable, Hashable {
    /// The phrase that closes the kiosk when typed at its start screen; `nil` when only a
    /// signal (or the end of piped input) closes it.
    public var exitPhrase: String?
    /// Seconds the thank-you stays on screen before the start screen comes back.
    public var resetSeconds: Double

    /// Creates settings.
    public init(exitPhrase: String? = nil, resetSeconds: Double = 5) {
        self.exitPhrase = exitPhrase
        self.resetSeconds = resetSeconds
    }
}
