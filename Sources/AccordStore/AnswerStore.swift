import AccordCore
import Foundation
import GRDB
import Synchronization

/// The SQLite store of sessions, rounds, drafts and submissions: one database file in WAL mode.
///
/// It exposes only operations that keep the invariants of `docs/storage.md`: submissions are
/// validated against the session's snapshot, written whole in one transaction, never changed
/// or deleted, and carry nothing but partner, level, round, answers and predictions.
/// Several processes may use the same file at once: a busy database is waited for.
public final class AnswerStore: Sendable {
    /// Turns a session's stored snapshot bytes into a `Workshop`; the second argument is the
    /// session id, for messages.
    public typealias SnapshotLoader = @Sendable (Data, String) throws -> Workshop

    /// The database file.
    public let path: String
    /// What this store may do with the file.
    public let access: Access
    /// A warning for the user when other accounts may read the file (`nil` when they may not).
    public let permissionWarning: String?
    /// How long an ordinary write waits for another process's lock.
    let busyTimeout: TimeInterval
    /// A `DatabasePool` when the store writes (reads never wait behind writes), a read-only
    /// `DatabaseQueue` otherwise.
    let database: any DatabaseWriter
    /// What writes left owed (file rebuild, log truncation), and when it is paid.
    let upkeep: StoreUpkeep
    let snapshotLoader: SnapshotLoader
    private let workshops = Mutex<[String: Workshop]>([:])
    /// Each session's questions by id, for reading its drafts' stored answers (built once).
    private let questionTables = Mutex<[String: [String: Question]]>([:])

    /// Reads snapshots with `WorkshopLoader`, the way every session is read.
    public static let workshopLoader: SnapshotLoader = { data, session in
        try WorkshopLoader().load(data, file: "session \(session) (stored workshop)")
    }

    /// Opens the database at `path` for `access` (see `Access`) and, unless read-only, brings
    /// its schema up to date. A created folder is 0700 and a created file 0600.
    ///
    /// - Parameters:
    ///   - access: whether the file may be created, and whether it is written.
    ///   - busyTimeout: how long to wait for another process holding the write lock.
    ///   - upkeep: when the file is rebuilt and the log truncated after writes (`Upkeep`).
    ///   - snapshotLoader: how snapshots become workshops; tests hand in workshops built in code.
    /// - Throws: `StoreError.noDatabase` when the file is missing and `access` is not `.create`;
    ///   otherwise what `StoreError.from` says is wrong with the file, folder or disk.
    public init(
        path: String, access: Access = .create, busyTimeout: TimeInterval = 60, upkeep: Upkeep = .immediate,
        snapshotLoader: @escaping SnapshotLoader = AnswerStore.workshopLoader
    ) throws(StoreError) {
        self.path = path
        self.access = access
        self.busyTimeout = busyTimeout
        self.upkeep = StoreUpkeep(policy: upkeep)
        self.snapshotLoader = snapshotLoader
        database = try Self.openDatabase(path: path, access: access, busyTimeout: busyTimeout)
        permissionWarning = Self.exposureWarning(path: path)
    }

    deinit {
        guard access != .readOnly else { return }
        payOwedUpkeep()
        leaveWALIfLast()
    }

    // MARK: Sessions

    /// Stores a new session: the workshop's bytes as its snapshot, their SHA-256, the two
    /// partners, and round 1, open.
    ///
    /// - Parameters:
    ///   - id: the session id, or `nil` for a random one.
    ///   - snapshot: the workshop file's bytes, exactly as read.
    ///   - workshop: `snapshot` loaded (the caller has validated it).
    @discardableResult
    public func createSession(
        id: String? = nil, snapshot: Data, workshop: Workshop, partners: [String]
    ) throws(StoreError) -> StoredSession {
        let (sessionID, names) = try Self.newSession(id: id, partners: partners)
        let sha256 = SHA256.hex(snapshot)
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [sessionID]) == true {
                throw StoreError.duplicateSession(sessionID)
            }
            try db.execute(
                sql: """
                    INSERT INTO session (id, workshop, workshopSHA256, workshopID, workshopVersion, partnerA, partnerB)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [sessionID, snapshot, sha256, workshop.id, workshop.version, names[0], names[1]])
            try db.execute(
                sql: "INSERT INTO round (sessionID, number, isOpen) VALUES (?, 1, 1)", arguments: [sessionID])
        }
        workshops.withLock { $0[sessionID] = workshop }
        return StoredSession(
            id: sessionID, workshop: workshop, workshopSHA256: sha256, partners: names,
            rounds: [RoundState(number: 1, isOpen: true)])
    }

    /// Every session, by id.
    public func sessions() throws(StoreError) -> [SessionSummary] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.workshopID, s.workshopVersion, s.workshopSHA256, s.partnerA, s.partnerB,
                           r.number, r.isOpen
                    FROM session s JOIN round r ON r.sessionID = s.id
                    WHERE r.number = (SELECT max(number) FROM round WHERE sessionID = s.id)
                    ORDER BY s.id
                    """
            ).map { row in
                SessionSummary(
                    id: row[0], workshopID: row[1], workshopVersion: row[2], workshopSHA256: row[3],
                    partners: [row[4], row[5]], currentRound: row[6], currentRoundIsOpen: row[7])
            }
        }
    }

    /// The session with `id`, its workshop loaded from the stored snapshot.
    public func session(_ id: String) throws(StoreError) -> StoredSession {
        try read { db in try self.session(id, in: db) }
    }

    func session(_ id: String, in db: Database) throws -> StoredSession {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT workshopSHA256, partnerA, partnerB FROM session WHERE id = ?"),
                arguments: [id])
        else { throw StoreError.unknownSession(id) }
        let rounds = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT number, isOpen FROM round WHERE sessionID = ? ORDER BY number"),
            arguments: [id]
        ).map { RoundState(number: $0[0], isOpen: $0[1]) }
        return StoredSession(
            id: id, workshop: try workshop(of: id, in: db), workshopSHA256: row[0], partners: [row[1], row[2]],
            rounds: rounds)
    }

    /// The stored snapshot bytes of a session, exactly as given to `createSession`.
    public func snapshot(of session: String) throws(StoreError) -> Data {
        try read { db in
            guard
                let data = try Data.fetchOne(db, sql: "SELECT workshop FROM session WHERE id = ?", arguments: [session])
            else { throw StoreError.unknownSession(session) }
            return data
        }
    }

    /// The session's workshop, loaded from its snapshot once and then kept.
    func workshop(of session: String, in db: Database) throws -> Workshop {
        if let cached = workshops.withLock({ $0[session] }) { return cached }
        guard let data = try Data.fetchOne(db, sql: "SELECT workshop FROM session WHERE id = ?", arguments: [session])
        else { throw StoreError.unknownSession(session) }
        let workshop: Workshop
        do {
            workshop = try snapshotLoader(data, session)
        } catch {
            throw StoreError.unreadableSnapshot(session: session, reason: error.localizedDescription)
        }
        workshops.withLock { $0[session] = workshop }
        return workshop
    }

    /// The session's questions by id, built from its workshop once and then kept: a served
    /// draft is read on every page, and building the table copied every question.
    func questionsByID(of session: String, in db: Database) throws -> [String: Question] {
        if let cached = questionTables.withLock({ $0[session] }) { return cached }
        let table = try workshop(of: session, in: db).questionsByID
        questionTables.withLock { $0[session] = table }
        return table
    }

    // MARK: Rounds

    /// Opens the next round of a session; the current one must be closed. Returns its number.
    @discardableResult
    public func openRound(session: String) throws(StoreError) -> Int {
        try write { db in
            let rounds = try self.rounds(of: session, in: db)
            if let open = rounds.first(where: \.isOpen) {
                throw StoreError.roundAlreadyOpen(session: session, round: open.number)
            }
            let next = (rounds.last?.number ?? 0) + 1
            try db.execute(
                sql: "INSERT INTO round (sessionID, number, isOpen) VALUES (?, ?, 1)", arguments: [session, next])
            return next
        }
    }

    /// Closes the open round of a session: it takes no more submissions. Returns its number.
    ///
    /// Then the file is rebuilt (`VACUUM`): inside a page SQLite places each new row below the
    /// last one, so until a page is rebuilt, where rows lie in it hints at which came first.
    /// Rebuilt, every page holds its rows in key order, which is random. Best effort: when
    /// another process holds the file open in a transaction, it is done at the next close.
    @discardableResult
    public func closeRound(session: String) throws(StoreError) -> Int {
        let number = try write { db in
            guard let open = try self.rounds(of: session, in: db).first(where: \.isOpen) else {
                throw StoreError.noOpenRound(session: session)
            }
            try db.execute(
                sql: "UPDATE round SET isOpen = 0 WHERE sessionID = ? AND number = ?",
                arguments: [session, open.number])
            return open.number
        }
        try? compact()
        return number
    }

    func rounds(of session: String, in db: Database) throws -> [RoundState] {
        let rounds = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT number, isOpen FROM round WHERE sessionID = ? ORDER BY number"),
            arguments: [session]
        ).map { RoundState(number: $0[0], isOpen: $0[1]) }
        if rounds.isEmpty { throw StoreError.unknownSession(session) }
        return rounds
    }

    // MARK: Maintenance

    /// Rebuilds the database file so that no page keeps rows in the order they were written,
    /// and no freed page keeps old content; then truncates the write-ahead log.
    ///
    /// - Parameter waiting: how long to wait for other processes' locks.
    public func compact(waiting: TimeInterval = 5) throws(StoreError) {
        do {
            try database.writeWithoutTransaction { db in
                try waitingBriefly(db, seconds: waiting) { try db.execute(sql: "VACUUM") }
            }
        } catch {
            throw failure(error, writing: true)
        }
        try checkpoint()
    }

    /// Copies the write-ahead log into the database file and truncates it, so that deleted
    /// content no longer lingers in the log. Best effort: it waits a quarter of a second at
    /// most for other processes' readers and writers, never holding up a participant; a later
    /// checkpoint does what this one could not.
    public func checkpoint() throws(StoreError) {
        do {
            try database.writeWithoutTransaction { db in
                try waitingBriefly(db, seconds: 0.25) { _ = try db.checkpoint(.truncate) }
            }
        } catch {
            throw failure(error, writing: true)
        }
    }

    /// Runs `body` with a short busy timeout, then restores the usual one.
    private func waitingBriefly(_ db: Database, seconds: TimeInterval, _ body: () throws -> Void) throws {
        try db.execute(sql: "PRAGMA busy_timeout = \(Int(seconds * 1000))")
        defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(busyTimeout * 1000))") }
        try body()
    }

    // MARK: Plumbing

    /// The id and partner names of a new session, whichever backend stores it: a random id when
    /// none is given, names in NFC (so that they compare equal byte for byte in the database)
    /// and trimmed. - Throws: `StoreError.invalidPartners` or `.invalidSessionID`.
    package static func newSession(id: String?, partners: [String]) throws(StoreError) -> (id: String, partners: [String]) {
        let names = partners.map { TextNormalization.normalized($0).trimmingCharacters(in: .whitespaces) }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty, names[0] != names[1] else {
            throw .invalidPartners(partners)
        }
        let sessionID = id ?? RandomCode.sessionID()
        guard isValidSessionID(sessionID) else { throw .invalidSessionID(sessionID) }
        return (sessionID, names)
    }

    /// Whether `id` may name a session: 1–64 of `a-z`, `0-9`, `-`, not starting with `-`.
    public static func isValidSessionID(_ id: String) -> Bool {
        guard (1...64).contains(id.utf8.count), id.first != "-" else { return false }
        return id.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "-")
        }
    }

    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`), counted among the writes in
    /// progress (so upkeep knows whether another write waits).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try upkeep.counting { try database.write(body) }
        } catch {
            throw failure(error, writing: true)
        }
    }

    /// Runs `body` in a read transaction: on a writing store, one of the pool's readers, which
    /// sees the last committed state and never waits for the writer.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw failure(error, writing: false)
        }
    }

    /// `write` for async callers: the caller is suspended, not blocked, while it waits.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await upkeep.counting { try await database.write(body) }
        } catch {
            throw failure(error, writing: true)
        }
    }

    /// `read` for async callers: the caller is suspended, not blocked, while it waits.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await database.read(body)
        } catch {
            throw failure(error, writing: false)
        }
    }

    /// `error` as the `StoreError` that says what is wrong (`StoreError.from`).
    func failure(_ error: any Error, writing: Bool) -> StoreError {
        StoreError.from(error, database: path, writing: writing, waited: busyTimeout)
    }
}
