import AccordCore
import AccordReport
import AccordStore
import ArgumentParser
import Foundation

/// `accord report --session ID`: the alignment gap report of a round, in one of five formats.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the alignment gap report of a round.",
        discussion: """
            Reports the current round unless --round is given. A round that is still open is only \
            reported with --preview, and the report says it is a preview. Groups below the workshop's \
            minimum group size are hidden in every format. See docs/report.md for how to read it.
            """
    )

    @OptionGroup var store: StoreOptions

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The session id.", valueName: "id"))
    var session: String

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The output format.", valueName: "format"))
    var format: ReportFormat = .text

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The round to report (default: the current one).", valueName: "n"))
    var round: Int?

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Write the report to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Allow a report on a round that is still open, marked as a preview.")
    var preview = false

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("Show the trend since this earlier, closed round.", valueName: "n"))
    var compareRound: Int?

    @ArgumentParser.Option(
        name: .long,
        help: ArgumentHelp(
            "The report's language: \(ReportLanguage.available.map(\.code).joined(separator: ", ")) (default: the environment's, LC_ALL > LC_MESSAGES > LANG, if one of them; else the workshop's, if one of them; else en).",
            valueName: "code"))
    var language: String?

    func run() throws {
        let opened = try store.openSessionStore(.readOnly)
        defer { opened.closeNow() }
        let answers = StoreReportSource(store: opened)
        let stored = try answers.session(session)
        let reportLanguage = try ReportLanguage.resolve(
            language, workshopLanguage: stored.workshop.language, environment: ProcessInfo.processInfo.environment)
        let report = try SessionReport.published(
            answers, stored, round: round, comparingTo: compareRound, preview: preview,
            keepingComments: format.printsComments, language: stored.workshop.offeredLanguage(for: reportLanguage))
        let destination = ReportOutput(path: output)
        try destination.write(report, with: destination.renderer(format, language: reportLanguage))
        if let output { StandardError.print("Wrote the \(format.rawValue) report of round \(report.round) to \(output).") }
    }
}
