import Foundation
import PostgresNIO

/// Where a PostgreSQL database is: parsed from `postgres://USER[:PASSWORD]@HOST[:PORT]/DB`
/// (or `postgresql://`), as `--db` and `ACCORD_DB` take it. A password may also come from
/// `PGPASSWORD`; `?sslmode=require` asks for TLS (verified against the system's roots).
public struct PostgresLocation: Sendable, Hashable {
    /// The user to log in as.
    public var user: String
    /// The password, if any (never shown in messages).
    public var password: String?
    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The database.
    public var database: String
    /// Whether TLS is required.
    public var requiresTLS: Bool

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` URL.
    /// - Parameter environment: where `PGPASSWORD` is looked up when the URL has no password.
    /// - Throws: `PostgresStoreError.invalidLocation` naming what is missing or wrong.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PostgresStoreError)
    {
        guard Self.isPostgres(text), let url = URLComponents(string: text) else {
            throw .invalidLocation(text, reason: "expected postgres://USER@HOST:PORT/DATABASE")
        }
        guard let user = url.user, !user.isEmpty else {
            throw .invalidLocation(Self.redacted(text), reason: "the user is missing (postgres://USER@HOST/DATABASE)")
        }
        guard let host = url.host, !host.isEmpty else {
            throw .invalidLocation(Self.redacted(text), reason: "the host is missing")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw .invalidLocation(Self.redacted(text), reason: "the database is missing (…/DATABASE at the end)")
        }
        var requiresTLS = false
        for item in url.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("sslmode", "require"?), ("sslmode", "verify-full"?): requiresTLS = true
            case ("sslmode", "disable"?): requiresTLS = false
            default:
                throw .invalidLocation(
                    Self.redacted(text),
                    reason: "unknown option '\(item.name)=\(item.value ?? "")' (only sslmode=disable|require)")
            }
        }
        self.user = user
        self.password = url.password ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        self.host = host
        self.port = url.port ?? 5432
        self.database = database
        self.requiresTLS = requiresTLS
    }

    /// The location for messages: the URL without its password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `text` with any password replaced by `***`, for messages about a URL that did not parse
    /// and for commands shown on screen (a resume hint).
    public static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }

    /// The connection configuration for postgres-nio.
    func configuration() throws(PostgresStoreError) -> PostgresConnection.Configuration {
        var tls = PostgresConnection.Configuration.TLS.disable
        if requiresTLS {
            do {
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            } catch {
                throw .cannotConnect(description, reason: "TLS could not be set up: \(error)")
            }
        }
        return PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
    }
}
