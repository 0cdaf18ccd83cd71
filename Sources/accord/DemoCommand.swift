import AccordCore
import AccordReport
import AccordStore
import ArgumentParser
import Foundation

/// `accord demo`: the whole flow on synthetic participants, ending in the report.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a whole workshop on synthetic participants and print the report.",
        discussion: """
            Opens a session of a built-in workshop (from any folder) for Acme and Globex, runs two rounds of synthetic \
            participants (in the first, Globex sent only two managers, so that round hides small \
            groups), closes them and prints the report of round 2 with the trend since round 1. \
            Uses a temporary SQLite database unless --db names a file or a PostgreSQL database.
            """
    )

    @ArgumentParser.Option(name: .long, help: ArgumentHelp(
            "Keep the demo in this database: a SQLite file or postgres://USER@HOST:PORT/DB (default: a temporary file).",
            valueName: "path"))
    var db: String?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The workshop: a built-in name (see 'accord workshops') or a file.", valueName: "name|file"))
    var workshop = "partnership-health-check"

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var format: ReportFormat = .text

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The seed of the synthetic participants.", valueName: "n"))
    var seed: UInt64 = 1

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Write the report to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        let source = try WorkshopArgument(workshop)
        let temporary = db == nil ? FileManager.default.temporaryDirectory.appendingPathComponent("accord-demo-\(UUID().uuidString)") : nil
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        // The commands' own choice of backend, on the database given or a temporary file.
        let store = try StoreOptions.parse(["--db", db ?? temporary!.appendingPathComponent("demo.sqlite").path])
        let seed = self.seed
        let demo = try store.withNewDemoSession(snapshot: source.data, workshop: source.workshop) { serveStore, session in
            try AsyncBridge.value { try await DemoRounds.run(store: serveStore, session: session, seed: seed) }
        }
        let destination = ReportOutput(path: output)
        try destination.write(demo.report, with: destination.renderer(format))
        StandardError.print(
            "Demo: session \(demo.session), \(demo.rounds) rounds, \(demo.participants) synthetic participants, "
                + (db == nil
                    ? "in a temporary database (removed; pass --db PATH to keep it)." : "kept in \(store.shownDB ?? "").")
        )
    }
}
