import AccordCore
import ArgumentParser

/// The `accord` command: a thin front end over the Accord libraries.
@main
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Guided alignment workshops for business partnerships, with anonymous answers and a gap report.",
        version: Accord.version,
        subcommands: [
            ValidateCommand.self,
            SessionCommand.self,
            RoundCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            RunCommand.self,
            ReportCommand.self,
            FacilitateCommand.self,
            DemoCommand.self,
            ServeCommand.self,
            WorkshopsCommand.self,
        ]
    )
}
