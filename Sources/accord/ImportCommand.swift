import AccordStore
import ArgumentParser
import Dispatch
import Foundation

/// `accord import --session ID FILE.jsonl`: adds submissions collected elsewhere, the whole
/// file or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import submissions from a JSON Lines file: the whole file or nothing.",
        discussion: """
            One JSON object a line: {"partner", "level", "round" (optional), "answers", \
            "predictions" (optional)}. Every bad line is reported as FILE:LINE: message.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("The session id.", valueName: "id"))
    var session: String

    @Argument(help: ArgumentHelp("The JSON Lines file.", valueName: "file"))
    var file: String

    func run() throws {
        let answerStore = try store.openSessionStore(.readWrite)
        defer { answerStore.closeNow() }
        let interruption = Self.reportInterruption()
        defer { interruption.cancel() }
        let summary: ImportSummary
        do {
            let (session, file) = (session, file)
            summary = try AsyncBridge.value { try await answerStore.importSubmissions(session: session, path: file, name: file) }
        } catch {
            guard case StoreError.importFailed(let name, let problems, let truncated) = error else { throw error }
            for problem in problems { StandardError.print(problem.description) }
            if truncated { StandardError.print("\(name): more problems not shown") }
            StandardError.print("Error: \(name): nothing was imported")
            throw ExitCode.failure
        }
        interruption.cancel()
        let rounds = summary.countsByRound.keys.sorted().map { "round \($0)" }.joined(separator: ", ")
        let noun = summary.count == 1 ? "submission" : "submissions"
        print("Imported \(summary.count) \(noun) into session \(session)\(rounds.isEmpty ? "" : " (\(rounds))").")
    }

    /// On Ctrl-C, says that nothing was stored and exits with 130. The import's transaction was
    /// never committed: SQLite rolls it back when the database is next opened, PostgreSQL when
    /// the connection drops.
    private static func reportInterruption() -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            FileHandle.standardError.write(
                Data("\nInterrupted: the import did not finish and nothing of it was stored.\n".utf8))
            _exit(130)
        }
        source.resume()
        return source
    }
}
