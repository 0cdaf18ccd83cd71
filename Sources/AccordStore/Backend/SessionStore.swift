import AccordCore
import Foundation

/// The store's operations that the commands need, whichever database holds the data: sessions,
/// rounds, imports, a round's rows and counts, and the agreed actions. `AnswerStore` (a SQLite
/// file) and `PostgresAnswerStore` (a shared PostgreSQL database) implement it with the same
/// rules and messages (`StoreError`); everything built on top of it (export, the report's
/// source) is written once, here in `AccordStore`, so that a rule cannot hold on one backend
/// and not the other. The store tests run against both (`Tests/AccordStoreTests`).
///
/// The SQLite store answers synchronously (each call is one of its transactions); the
/// PostgreSQL store suspends while the server answers.
public protocol SessionStore: Sendable {
    /// Where the data is, for messages: a file path, or a PostgreSQL URL without its password.
    var locationDescription: String { get }

    /// Stores a new session: the workshop snapshot's bytes and SHA-256, the two partners, and
    /// round 1, open. - Throws: `StoreError.duplicateSession`, `.invalidSessionID`, `.invalidPartners`.
    func createSession(id: String?, snapshot: Data, workshop: Workshop, partners: [String]) async throws
        -> StoredSession
    /// Every session, by id.
    func sessions() async throws -> [SessionSummary]
    /// The session with `id`, its workshop loaded from the stored snapshot.
    /// - Throws: `StoreError.unknownSession`.
    func session(_ id: String) async throws -> StoredSession

    /// Opens the next round (the current one must be closed); returns its number.
    func openRound(session: String) async throws -> Int
    /// Closes the open round, so that it takes no more submissions and keeps no order of
    /// arrival; returns its number.
    func closeRound(session: String) async throws -> Int

    /// Imports a JSON Lines file of submissions: the whole file or nothing, checked line by
    /// line with `ImportScan` (`StoreError.importFailed` lists the bad lines).
    func importSubmissions(session: String, path: String, name: String?) async throws -> ImportSummary

    /// Submissions per partner × level cell of a round (cells without one are absent). Only
    /// counts leave: whoever shows them applies the thresholds first (`Disclosure`).
    func cellCounts(session: String, round: Int) async throws -> [GroupKey: Int]
    /// Calls `body` with every submission of a round, as stored, all read in one snapshot, in
    /// no particular order (during an open round PostgreSQL's may follow arrival: callers that
    /// show rows shuffle them, as `exportAnswers` does).
    func forEachStoredSubmission(session: String, round: Int, _ body: (StoredSubmission) throws -> Void) async throws
    /// A round's submissions counted in one streaming pass, ready for `GapReportBuilder`;
    /// without `keepingTexts` comments are counted but their texts are not kept.
    func aggregate(session: String, round: Int, keepingTexts: Bool) async throws -> Aggregate
    /// The actions agreed in a session, in the order they were agreed.
    func actions(session: String) async throws -> [AgreedAction]

    /// Lets go of the database (closes a connection; nothing for a SQLite file, closed when released).
    func close() async
}

/// One submission as stored: partner, level and the stored JSON texts of its answers and
/// predictions (`[String: Answer](storedJSON:questions:)` reads them).
public struct StoredSubmission: Sendable, Hashable {
    /// The partner the participant answered for.
    public var partner: String
    /// `management` or `execution`, as stored.
    public var level: String
    /// The answers, as stored.
    public var answers: String
    /// The predictions, as stored.
    public var predictions: String

    /// A submission as a backend read it.
    public init(partner: String, level: String, answers: String, predictions: String) {
        self.partner = partner
        self.level = level
        self.answers = answers
        self.predictions = predictions
    }
}
