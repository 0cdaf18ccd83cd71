import AccordStore
import ArgumentParser
import Foundation

/// `accord export --session ID --format csv|jsonl [--round N] [--preview]`: the anonymised
/// answers in long format, grouped as the anonymity thresholds allow.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export anonymised answers in long format (one row per answer, shuffled).",
        discussion: """
            Columns: partner, level, round, question, type, kind (answer|prediction), code, label. \
            A partner or level is left empty where showing it would reveal a group smaller than \
            the workshop's minGroupSize (docs/anonymity.md, "Exports"). Only closed rounds, \
            unless --preview.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("The session id.", valueName: "id"))
    var session: String

    @Option(name: .long, help: "Output format.")
    var format: ExportFormat = .csv

    @Option(name: .long, help: ArgumentHelp("Only this round (default: every closed round).", valueName: "n"))
    var round: Int?

    @Flag(name: .long, help: "Include open rounds (thresholds apply all the same).")
    var preview = false

    func run() throws {
        let (session, round, preview, format) = (session, round, preview, format)
        let summary = try store.withStore(.readOnly) { store in
            try await store.exportAnswers(session: session, round: round, preview: preview, format: format) { text in
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            }
        }
        if preview { StandardError.print("PREVIEW: open rounds are included; their answers may still change.") }
        for round in summary.rounds {
            var line = "round \(round.round): answers \(Self.describe(round.answers))"
            if round.text != .nothing {
                line += "; comments for everyone"
                if !round.textByPartnerQuestions.isEmpty {
                    line += " (by partner: \(round.textByPartnerQuestions.joined(separator: ", ")))"
                }
                if !round.withheldTextQuestions.isEmpty {
                    line += " except \(round.withheldTextQuestions.joined(separator: ", ")) (too few comments)"
                }
            }
            StandardError.print(line)
            for question in round.coarserQuestions {
                let rows = question.kind == "prediction" ? "predictions" : "answers"
                StandardError.print(
                    "  question '\(question.question)': too few real answers, so \(rows) \(Self.describe(question.grouping))")
            }
        }
        if summary.rounds.isEmpty { StandardError.print("No closed round to export (use --preview for open rounds).") }
    }

    private static func describe(_ grouping: ExportGrouping) -> String {
        switch grouping {
        case .partnerAndLevel: "by partner and level"
        case .partner: "by partner only (a partner × level group is too small)"
        case .level: "by level only (a partner group is too small)"
        case .everyone: "for everyone together (smaller groups are too small)"
        case .nothing: "not exported (fewer submissions than the threshold)"
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
