import Foundation

/// Why a workshop could not be loaded.
public enum WorkshopLoadError: Error, Sendable, LocalizedError {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The file was read and has these problems.
    case invalid([Diagnostic])
    /// `--workshop NAME` names neither a file nor a built-in workshop.
    case notFound(name: String, builtIn: [String])
    /// A language code asked for (`--languages de,fr`) is not well-formed.
    case invalidLanguageCode(String, list: String)

    /// Every problem, one per line.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason): "\(file): error: cannot read the file: \(reason)"
        case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .notFound(let name, let builtIn):
            "no workshop file at \(name), and no built-in workshop of that name (built in: "
                + builtIn.joined(separator: ", ") + "; see 'accord workshops')"
        case .invalidLanguageCode(let code, let list):
            "'\(input: code)' in '\(input: list)' is not a language code; give codes such as 'de' or 'de-CH', "
                + "separated by commas"
        }
    }
}
