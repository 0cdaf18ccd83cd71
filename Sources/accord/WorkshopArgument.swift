import AccordCore
import ArgumentParser
import Foundation

/// What `--workshop` names: a workshop file, or else a built-in workshop by name
/// (`common-vision`), so that commands work from any folder. A file that exists wins, so a
/// path always means that file. One place for every command that takes `--workshop`.
struct WorkshopArgument {
    /// The workshop file's bytes (stored as the session's snapshot).
    let data: Data
    /// The loaded workshop.
    let workshop: Workshop
    /// The file named in messages: the path given, or `questionnaires/NAME.json`.
    let file: String

    /// Reads and loads `argument`; a workshop with problems prints them (as `validate` does)
    /// and exits with status 1.
    init(_ argument: String) throws {
        if FileManager.default.fileExists(atPath: argument) {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: argument))
            } catch {
                throw WorkshopLoadError.unreadable(file: argument, reason: error.localizedDescription)
            }
            file = argument
        } else if let builtIn = BuiltInWorkshops.named(argument) {
            data = builtIn.data
            file = builtIn.file
        } else {
            throw WorkshopLoadError.notFound(name: argument, builtIn: BuiltInWorkshops.all.map(\.name))
        }
        do {
            workshop = try WorkshopLoader().load(data, file: file)
        } catch {
            StandardError.print(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
    }
}
