import Foundation

/// Turns the bytes of a workshop file into a validated `Workshop`, or every problem found.
public struct WorkshopLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads and validates a workshop; `file` names it in diagnostics.
    public func load(_ data: Data, file: String) throws(WorkshopLoadError) -> Workshop {
        throw .invalid([Diagnostic(file: file, line: 1, column: 1, path: "$", message: "the loader is not built yet")])
    }

    /// Reads and loads the workshop at `url`.
    public func load(contentsOf url: URL) throws(WorkshopLoadError) -> Workshop {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try load(data, file: url.path)
    }
}

/// One located problem in a workshop file.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
    /// The JSON path of the offending value, such as `$.sections[0].questions[2].scale`.
    public var path: String
    /// The question the problem is in, if any.
    public var questionID: String?
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, path: String, questionID: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.questionID = questionID
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, the format editors and CI understand.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Why a workshop could not be loaded.
public enum WorkshopLoadError: Error, Sendable, LocalizedError {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The file was read and has these problems.
    case invalid([Diagnostic])

    /// Every problem, one per line.
    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason): "\(file): error: cannot read the file: \(reason)"
        case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
