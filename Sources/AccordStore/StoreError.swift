import Foundation

/// Why the store refused or failed an operation. Each case carries what the user needs to fix
/// it: the session, the round, the file and line.
public enum StoreError: Error, Sendable, LocalizedError {
    /// The database file could not be opened or prepared.
    case cannotOpen(path: String, reason: String)
    /// No database file at this path, and the command may not create one.
    case noDatabase(path: String)
    /// This account may not read (or reach) the database file.
    case accessDenied(path: String, reason: String)
    /// The database cannot be written here: `reason` names the file, folder or file system that is read-only.
    case readOnly(path: String, reason: String)
    /// The disk holding the database is full; nothing was written.
    case diskFull(path: String, freeBytes: Int?)
    /// Another process kept the database locked for longer than the store waits.
    case locked(path: String, holder: String?, waited: Double)
    /// The file is not an Accord database Accord can read as it is.
    case notAccordDatabase(path: String, reason: String)
    /// No session has this id.
    case unknownSession(String)
    /// A session with this id exists already.
    case duplicateSession(String)
    /// A session id that is not of the allowed form.
    case invalidSessionID(String)
    /// Partners must be exactly two distinct non-empty names.
    case invalidPartners([String])
    /// The stored workshop snapshot of a session could not be loaded.
    case unreadableSnapshot(session: String, reason: String)
    /// The partner is not one of the session's two partners.
    case unknownPartner(session: String, partner: String, partners: [String])
    /// The session has no round with this number.
    case unknownRound(session: String, round: Int)
    /// The round is closed: it takes no more submissions.
    case roundClosed(session: String, round: Int)
    /// The round is still open: exports and reports need it closed, or `--preview`.
    case roundOpen(session: String, round: Int)
    /// The session has no open round (all are closed).
    case noOpenRound(session: String)
    /// A round is open already; only one may be open at a time.
    case roundAlreadyOpen(session: String, round: Int)
    /// The submission does not fit the session's workshop.
    case invalidSubmission(session: String, problems: [AnswerErrorDescription])
    /// One or more lines of an import file are wrong; nothing was stored.
    case importFailed(file: String, problems: [LineProblem], truncated: Bool)
    /// An import file could not be read.
    case unreadableFile(file: String, reason: String)
    /// No draft has this resume code (submitted, discarded or mistyped).
    case unknownDraft(code: String)
    /// The session's open round holds as many browser drafts as `accord serve` allows.
    case tooManyDrafts(session: String, limit: Int)
    /// An agreed action that does not fit the session (owner, round, questions).
    case invalidAction(session: String, reason: String)
    /// SQLite failed.
    case database(String)

    /// One located problem of an import file.
    public struct LineProblem: Sendable, Hashable, CustomStringConvertible {
        /// The file as the user named it.
        public var file: String
        /// 1-based line number.
        public var line: Int
        /// What is wrong.
        public var message: String

        /// Creates a problem.
        public init(file: String, line: Int, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        /// `FILE:LINE: message`.
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// A problem of a submission, as text (keeps the error `Sendable` and simple).
    public typealias AnswerErrorDescription = String

    /// A message that says what went wrong and where.
    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the database \(path): \(reason)"
        case .noDatabase(let path):
            "no database at \(path) (create one with 'accord session new', or check --db and ACCORD_DB)"
        case .accessDenied(let path, let reason): "cannot read the database \(path): \(reason)"
        case .readOnly(let path, let reason):
            "cannot write the database \(path): \(reason) (reading commands such as 'accord report' still work)"
        case .diskFull(let path, let free):
            "cannot write the database \(path): the disk is full"
                + (free.map { " (\($0 / 1024) KiB free)" } ?? "")
                + "; nothing was written: free some space and run the command again"
        case .locked(let path, let holder, let waited):
            "the database \(path) is locked by "
                + (holder ?? "another process")
                + " and stayed locked for \(waited < 1 ? String(format: "%.2f", waited) : String(Int(waited))) s: "
                + "wait until it has finished (or stop it), then run the command again"
        case .notAccordDatabase(let path, let reason): "\(path) is not a database Accord can use: \(reason)"
        case .unknownSession(let id): "no session '\(input: id)' (see 'accord session list')"
        case .duplicateSession(let id): "a session '\(input: id)' exists already"
        case .invalidSessionID(let id):
            "'\(input: id)' is not a valid session id: use 1–64 lowercase letters, digits and '-', starting with a letter or digit"
        case .invalidPartners(let names):
            "partners must be exactly two distinct non-empty names, got \(names.map { "'\(input: $0)'" }.joined(separator: ", "))"
        case .unreadableSnapshot(let session, let reason):
            "session '\(input: session)': the stored workshop cannot be loaded: \(reason)"
        case .unknownPartner(let session, let partner, let partners):
            "session '\(input: session)': '\(input: partner)' is not a partner (partners: \(partners.joined(separator: ", ")))"
        case .unknownRound(let session, let round): "session '\(input: session)' has no round \(round)"
        case .roundClosed(let session, let round):
            "session '\(input: session)': round \(round) is closed and takes no more submissions"
        case .roundOpen(let session, let round):
            "session '\(input: session)': round \(round) is still open (close it with 'accord round close --session \(session)', or use --preview)"
        case .noOpenRound(let session):
            "session '\(input: session)' has no open round (open one with 'accord round open --session \(session)')"
        case .roundAlreadyOpen(let session, let round):
            "session '\(input: session)': round \(round) is still open (close it first)"
        case .invalidSubmission(let session, let problems):
            "session '\(input: session)': the submission does not fit the workshop: \(problems.joined(separator: "; "))"
        case .importFailed(let file, let problems, let truncated):
            problems.map(\.description).joined(separator: "\n")
                + (truncated ? "\n\(file): more problems not shown" : "")
                + "\n\(file): nothing was imported"
        case .unreadableFile(let file, let reason): "\(file): cannot read the file: \(reason)"
        case .unknownDraft(let code): "no draft with resume code '\(input: code)'"
        case .tooManyDrafts(let session, let limit):
            "session '\(input: session)': the open round holds \(limit) answers in progress from browsers, the most allowed"
        case .invalidAction(let session, let reason): "session '\(input: session)': \(reason)"
        case .database(let message): "database error: \(message)"
        }
    }
}
