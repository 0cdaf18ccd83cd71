import AccordCore
import ArgumentParser
import Foundation

/// `accord validate FILE...`: checks workshop files like a compiler, every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check workshop files and report every problem as FILE:LINE:COLUMN: error: message.",
        discussion:
            "Prints 'FILE: ok' on stdout for each valid file. Exits with 0 when every file is valid, 1 otherwise."
    )

    @Argument(help: "The workshop files to check.", completion: .file(extensions: ["json"]))
    var files: [String] = []

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one workshop file to check.") }
    }

    func run() throws {
        let loader = WorkshopLoader()
        var failures = 0
        for file in files {
            guard let data = read(file) else {
                failures += 1
                continue
            }
            do {
                _ = try loader.load(data, file: file)
                print("\(file): ok")
            } catch .invalid(let diagnostics) {
                for diagnostic in diagnostics { printError(diagnostic.description) }
                printError("\(file): \(diagnostics.count) \(diagnostics.count == 1 ? "error" : "errors")")
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

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
