import AccordCore
import ArgumentParser
import Foundation

/// `accord validate FILE...`: checks workshop files like a compiler, every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check workshop files and report every problem as FILE:LINE:COLUMN: error: message.",
        discussion: """
            Prints 'FILE: ok' on stdout for each valid file. Exits with 0 when every file is valid, 1 otherwise.
            A language that some texts are translated into but not all gives a warning per untranslated text \
            (warnings alone do not fail). With --languages, every human-facing text must have each of those \
            translations: each one missing is an error.
            """
    )

    @Argument(help: "The workshop files to check.", completion: .file(extensions: ["json"]))
    var files: [String] = []

    @ArgumentParser.Option(
        name: .long,
        help: ArgumentHelp(
            "Require these translations of every human-facing text, such as 'de,fr'.", valueName: "codes"))
    var languages: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one workshop file to check.") }
        _ = try requiredLanguages()
    }

    /// The codes of `--languages`, or a usage error naming the code that is not one.
    private func requiredLanguages() throws -> [String] {
        guard let languages else { return [] }
        do {
            return try TranslationCoverage.languages(languages)
        } catch {
            throw ValidationError("--languages: \(error.errorDescription ?? "not a list of language codes")")
        }
    }

    func run() throws {
        let loader = WorkshopLoader()
        let languages = try requiredLanguages()
        var failures = 0
        for file in files {
            guard let data = read(file) else {
                failures += 1
                continue
            }
            do {
                let (_, warnings) = try loader.check(data, file: file, languages: languages)
                for warning in warnings { printError(warning.description) }
                print(warnings.isEmpty ? "\(file): ok" : "\(file): ok, \(count(warnings.count, "warning"))")
            } catch .invalid(let diagnostics) {
                for diagnostic in diagnostics { printError(diagnostic.description) }
                let errors = diagnostics.filter { $0.severity == .error }.count
                let warnings = diagnostics.count - errors
                let summary = count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "")
                printError("\(file): \(summary)")
                failures += 1
            } catch {
                printError(error.errorDescription ?? "\(file): error: cannot load the file")
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The bytes of `file`, or `nil` after saying why it cannot be read.
    private func read(_ file: String) -> Data? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            printError("\(file): error: no such file")
            return nil
        }
        guard !isDirectory.boolValue else {
            printError("\(file): error: is a directory, not a workshop file")
            return nil
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            printError(
                WorkshopLoadError.unreadable(file: file, reason: error.localizedDescription).errorDescription ?? "")
            return nil
        }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
