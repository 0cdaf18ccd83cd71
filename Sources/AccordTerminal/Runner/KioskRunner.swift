import AccordCore

/// Runs participants one after another on one keyboard (`accord run --kiosk`). Between them
/// the screen and its scrollback are cleared and the line history is emptied, so nothing of
/// one participant can be seen or recalled by the next (`anonymity.md` rule 6).
public final class KioskRunner {
    let runner: InterviewRunner
    let reader: any LineReader
    let screen: Screen

    /// Creates a kiosk around a runner and the reader and screen it uses.
    public init(runner: InterviewRunner, reader: any LineReader, screen: Screen) {
        self.runner = runner
        self.reader = reader
        self.screen = screen
    }

    /// Runs participants until one stops (Ctrl-C, Ctrl-D, `:quit`) or input ends; returns
    /// only by throwing. After each submission it waits for Enter, then wipes the screen.
    public func run(partner: String? = nil, level: Level? = nil) throws(RunnerError) -> Never {
        var submitted = 0
        while true {
            wipe()
            if submitted > 0 {
                screen.line(screen.style.dim("Ready for the next participant (\(submitted) submitted so far)."))
            }
            do throws(RunnerError) {
                try runner.runNewParticipant(partner: partner, level: level)
            } catch .stopped(nil) {
                // Stopped before choosing a partner: the kiosk is being closed.
                wipe()
                throw .kioskClosed(submitted: submitted)
            } catch {
                wipe()
                throw error
            }
            submitted += 1
            do throws(LineReadError) {
                _ = try reader.readLine(
                    LineRequest(
                        prompt: screen.accessible
                            ? "Press Enter for the next participant: " : "Press Enter for the next participant. "))
            } catch {
                wipe()
                throw .kioskClosed(submitted: submitted)
            }
        }
    }

    /// Clears the screen and scrollback and forgets every line typed.
    private func wipe() {
        reader.forgetHistory()
        screen.clear()
    }
}
