import AccordCore
import AccordStore
import Foundation
import PostgresNIO
import Synchronization

/// Sessions, rounds and submissions on a PostgreSQL server: the same rows, constraints and
/// checks as the SQLite `AnswerStore`, for a database that several machines share.
///
/// Lines of an import are checked by `AccordStore`'s `ImportScan` and rounds are counted by
/// its `RoundCounting`, the code the SQLite store runs, so the same import file gives the same
/// report on both. At connection the server's settings are checked (`AnonymityCheck`): a
/// server that would record when or what participants answered is refused.
///
/// One connection, not a pool: tasks that share a store take turns (`ConnectionTurn`), a
/// transaction at a time; a server opens several stores (`PostgresServeStore`).
public final class PostgresAnswerStore: Sendable {
    /// The database.
    public let location: PostgresLocation
    /// Server settings Accord tolerates but the user should hear about (print them on stderr).
    public let warnings: [String]
    let connection: PostgresConnection
    /// Which task may send statements on `connection` now.
    let turn = ConnectionTurn()
    let logger: Logger
    let snapshotLoader: AnswerStore.SnapshotLoader
    /// Workshops loaded from snapshots, by session and snapshot SHA-256 (a snapshot never
    /// changes): a server reads the session on every request and parses its workshop once.
    let workshops = Mutex<[String: Workshop]>([:])

    /// Whether this store closes `connection` when it goes away (the check `connect` runs
    /// before the store exists borrows the connection).
    private let ownsConnection: Bool

    private init(
        location: PostgresLocation, warnings: [String], connection: PostgresConnection, logger: Logger,
        snapshotLoader: @escaping AnswerStore.SnapshotLoader, ownsConnection: Bool = true
    ) {
        self.location = location
        self.warnings = warnings
        self.connection = connection
        self.logger = logger
        self.snapshotLoader = snapshotLoader
        self.ownsConnection = ownsConnection
    }

    /// A store dropped without `close()` (a command that failed half-way, a test that stopped
    /// early) still closes its connection: the closure keeps the connection alive until the
    /// close is done, so it is never deinitialised open.
    deinit {
        guard ownsConnection else { return }
        let connection = connection
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Connects, checks the server's settings and, with `createSchema`, brings the schema up
    /// to date (commands that only read leave the database as they find it).
    ///
    /// - Throws: `PostgresStoreError.cannotConnect`, `.unsafeSettings` (nothing is written
    ///   then), `.notAccordDatabase` when the schema is missing and not to be created.
    public static func connect(
        _ location: PostgresLocation, createSchema: Bool,
        snapshotLoader: @escaping AnswerStore.SnapshotLoader = AnswerStore.workshopLoader
    ) async throws -> PostgresAnswerStore {
        var logger = Logger(label: "accord.postgres")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: try location.configuration(), id: 1, logger: logger)
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw PostgresStoreError.cannotConnect(location.description, reason: describe(error))
        }
        do {
            let store = PostgresAnswerStore(
                location: location, warnings: [], connection: connection, logger: logger,
                snapshotLoader: snapshotLoader, ownsConnection: false)
            let check = try await store.anonymityCheck()
            guard check.problems.isEmpty else {
                throw PostgresStoreError.unsafeSettings(location.description, problems: check.problems)
            }
            try await store.prepareSchema(create: createSchema)
            return PostgresAnswerStore(
                location: location, warnings: check.warnings, connection: connection, logger: logger,
                snapshotLoader: snapshotLoader)
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Closes the connection.
    public func close() async {
        try? await connection.close()
    }

    // MARK: Settings and schema

    /// The server's settings that bear on anonymity, judged.
    func anonymityCheck() async throws -> AnonymityCheck {
        var settings: [String: String] = [:]
        let rows = try await query(
            "SELECT name, setting FROM pg_settings WHERE name = ANY(\(AnonymityCheck.settingNames))")
        for try await (name, setting) in rows.decode((String, String).self) { settings[name] = setting }
        return AnonymityCheck(settings: settings)
    }

    private func prepareSchema(create: Bool) async throws {
        let exists = try await value(
            "SELECT to_regclass(\(PostgresSchema.migrationTable)) IS NOT NULL", as: Bool.self) ?? false
        if !exists, !create { throw PostgresStoreError.notAccordDatabase(location.description) }
        var done: Set<String> = []
        if exists {
            let rows = try await query(PostgresQuery(unsafeSQL: "SELECT name FROM \(PostgresSchema.migrationTable)"))
            for try await name in rows.decode(String.self) { done.insert(name) }
        }
        let pending = PostgresSchema.migrations.filter { !done.contains($0.name) }
        guard !pending.isEmpty else { return }
        guard create else { throw PostgresStoreError.notAccordDatabase(location.description) }
        try await transaction {
            // One migrating process at a time; the others find the work done.
            try await execute("SELECT pg_advisory_xact_lock(7284211)")
            try await execute(
                PostgresQuery(
                    unsafeSQL: "CREATE TABLE IF NOT EXISTS \(PostgresSchema.migrationTable) (name text PRIMARY KEY)"))
            for migration in PostgresSchema.migrations {
                let ran = try await value(
                    PostgresQuery(
                        unsafeSQL: "SELECT count(*) FROM \(PostgresSchema.migrationTable) WHERE name = $1",
                        binds: try Self.binds(migration.name)), as: Int.self) ?? 0
                if ran > 0 { continue }
                for statement in migration.statements { try await execute(PostgresQuery(unsafeSQL: statement)) }
                try await execute(
                    PostgresQuery(
                        unsafeSQL: "INSERT INTO \(PostgresSchema.migrationTable) (name) VALUES ($1)",
                        binds: try Self.binds(migration.name)))
            }
        }
    }

    // MARK: Sessions

    /// Stores a new session, as `AnswerStore.createSession` does: the snapshot bytes, their
    /// SHA-256, the two partners, and round 1, open.
    @discardableResult
    public func createSession(
        id: String? = nil, snapshot: Data, workshop: Workshop, partners: [String]
    ) async throws -> StoredSession {
        let (sessionID, names) = try AnswerStore.newSession(id: id, partners: partners)
        let sha256 = SHA256.hex(snapshot)
        try await transaction {
            let taken = try await value("SELECT count(*) FROM session WHERE id = \(sessionID)", as: Int.self) ?? 0
            if taken > 0 { throw StoreError.duplicateSession(sessionID) }
            try await execute(
                """
                INSERT INTO session (id, workshop, workshop_sha256, workshop_id, workshop_version, partner_a, partner_b)
                VALUES (\(sessionID), \(ByteBuffer(bytes: snapshot)), \(sha256), \(workshop.id), \(workshop.version),
                        \(names[0]), \(names[1]))
                """)
            try await execute("INSERT INTO round (session_id, number, is_open) VALUES (\(sessionID), 1, true)")
        }
        return StoredSession(
            id: sessionID, workshop: workshop, workshopSHA256: sha256, partners: names,
            rounds: [RoundState(number: 1, isOpen: true)])
    }

    /// The session with `id`, its workshop loaded from the stored snapshot.
    public func session(_ id: String) async throws -> StoredSession {
        let rows = try await query("SELECT workshop_sha256, partner_a, partner_b FROM session WHERE id = \(id)")
        var found: (String, String, String)?
        for try await row in rows.decode((String, String, String).self) { found = row }
        guard let found else { throw StoreError.unknownSession(id) }
        let (sha256, partnerA, partnerB) = found
        let workshop = try await workshop(of: id, sha256: sha256)
        return StoredSession(
            id: id, workshop: workshop, workshopSHA256: sha256, partners: [partnerA, partnerB],
            rounds: try await rounds(of: id, locking: nil))
    }

    /// The workshop of session `id` from its stored snapshot, parsed once per connection.
    private func workshop(of id: String, sha256: String) async throws -> Workshop {
        let key = id + "/" + sha256
        if let workshop = workshops.withLock({ $0[key] }) { return workshop }
        guard let snapshot = try await value("SELECT workshop FROM session WHERE id = \(id)", as: ByteBuffer.self) else {
            throw StoreError.unknownSession(id)
        }
        let workshop: Workshop
        do {
            workshop = try snapshotLoader(Data(snapshot.readableBytesView), id)
        } catch {
            throw StoreError.unreadableSnapshot(session: id, reason: error.localizedDescription)
        }
        workshops.withLock { $0[key] = workshop }
        return workshop
    }

    // MARK: Rounds

    /// Opens the next round of a session; the current one must be closed. Returns its number.
    @discardableResult
    public func openRound(session: String) async throws -> Int {
        try await transaction {
            let rounds = try await rounds(of: session, locking: "FOR UPDATE")
            if let open = rounds.first(where: \.isOpen) {
                throw StoreError.roundAlreadyOpen(session: session, round: open.number)
            }
            let next = (rounds.last?.number ?? 0) + 1
            try await execute("INSERT INTO round (session_id, number, is_open) VALUES (\(session), \(next), true)")
            return next
        }
    }

    /// Closes the open round of a session: it takes no more submissions. Returns its number.
    ///
    /// In the same transaction the round's submissions are deleted and inserted again in the
    /// order of their random keys: PostgreSQL stamps each row with the transaction that
    /// inserted it (`xmin`) and places rows on disk roughly in insertion order (`ctid`), so
    /// until then both tell which submission came first. Afterwards every row of the round
    /// carries this transaction and lies in key order. Then `VACUUM FULL` rewrites the table's
    /// files without the old versions: a plain `VACUUM` only marks their space free, and their
    /// bytes, in the order of arrival, would stay in the pages until new rows overwrite them.
    /// Best effort: it needs the table's owner, and waits at most three seconds for the table's
    /// lock (a long reader elsewhere), else the next close rewrites the table.
    @discardableResult
    public func closeRound(session: String) async throws -> Int {
        let number = try await transaction {
            guard let open = try await rounds(of: session, locking: "FOR UPDATE").first(where: \.isOpen) else {
                throw StoreError.noOpenRound(session: session)
            }
            try await execute("SELECT set_config('accord.reordering_round', \("\(session)/\(open.number)"), true)")
            try await execute("CREATE TEMP TABLE accord_reordered (LIKE submission) ON COMMIT DROP")
            try await execute(
                """
                WITH gone AS (DELETE FROM submission WHERE session_id = \(session) AND round = \(open.number) RETURNING *)
                INSERT INTO accord_reordered SELECT * FROM gone
                """)
            try await execute("INSERT INTO submission SELECT * FROM accord_reordered ORDER BY id")
            try await execute(
                "UPDATE round SET is_open = false WHERE session_id = \(session) AND number = \(open.number)")
            return open.number
        }
        try? await turn.run {
            // Longer than `deadlock_timeout` (1 s by default), after which an autovacuum holding
            // the table gives way to the waiting lock; a shorter wait lost to it under load.
            try await execute("SET lock_timeout = '3s'")
            try? await execute("VACUUM FULL submission")
            try await execute("RESET lock_timeout")
        }
        return number
    }

    /// A session's rounds in order, optionally locked (`FOR UPDATE`, `FOR SHARE`) for the
    /// transaction. - Throws: `StoreError.unknownSession` when it has none.
    func rounds(of session: String, locking: String?) async throws -> [RoundState] {
        var sql = "SELECT number, is_open FROM round WHERE session_id = $1 ORDER BY number"
        if let locking { sql += " " + locking }
        var rounds: [RoundState] = []
        let rows = try await query(PostgresQuery(unsafeSQL: sql, binds: try Self.binds(session)))
        for try await (number, isOpen) in rows.decode((Int, Bool).self) {
            rounds.append(RoundState(number: number, isOpen: isOpen))
        }
        if rounds.isEmpty { throw StoreError.unknownSession(session) }
        return rounds
    }
}
