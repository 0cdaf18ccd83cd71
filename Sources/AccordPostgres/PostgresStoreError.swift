import Foundation

/// Why the PostgreSQL backend refused or failed, beyond what `StoreError` says about sessions,
/// rounds and submissions (which both backends share). Each case names the database.
public enum PostgresStoreError: Error, Sendable, Equatable {
    /// `--db`/`ACCORD_DB` looks like a PostgreSQL URL but is not one Accord can use.
    case invalidLocation(String, reason: String)
    /// The server could not be reached or refused the login.
    case cannotConnect(String, reason: String)
    /// The server is set up so that it would record when, or what, participants answered.
    case unsafeSettings(String, problems: [String])
    /// The database has no Accord schema (and the command does not create one).
    case notAccordDatabase(String)
    /// The server failed a statement.
    case server(String, reason: String)
}

extension PostgresStoreError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .invalidLocation(let location, let reason): "'\(location)' is not a PostgreSQL database Accord can use: \(reason)"
        case .cannotConnect(let location, let reason): "cannot connect to \(location): \(reason)"
        case .unsafeSettings(let location, let problems):
            "\(location) is set up to record what or when participants answered, so Accord will not use it:\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
                + "\n(see docs/deploying.md, 'What to configure')"
        case .notAccordDatabase(let location):
            "\(location) has no Accord data yet: create a session there first ('accord session new --db \(location) …')"
        case .server(let location, let reason): "\(location): \(reason)"
        }
    }
}
