import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AnswerStore {
    /// What a command may do with the database file.
    public enum Access: Sendable, Hashable {
        /// Creates the file (and its folder) when missing: only commands that create data.
        case create
        /// Reads and writes a file that must exist.
        case readWrite
        /// Only reads a file that must exist: opened read-only, it needs no write permission
        /// and leaves nothing behind.
        case readOnly
    }

    /// Permission bits of a folder the store creates: only its owner may enter it.
    public static let folderMode: mode_t = 0o700
    /// Permission bits of every database file the store creates (the database, and through
    /// SQLite, which gives them the database's mode, its `-wal` and `-shm`).
    public static let fileMode: mode_t = 0o600

    /// Opens the database at `path` for `access`: the file (and folder) created first when
    /// allowed, with owner-only modes whatever the umask; the schema brought up to date, or
    /// for reading, checked.
    ///
    /// A store that writes gets a `DatabasePool`: one writer connection and up to
    /// `readerCount` read-only connections, so that in WAL mode a read (a participant's page)
    /// never waits behind a write (another participant's saved answers or a file rebuild).
    /// A read-only store gets one read-only connection (`DatabaseQueue`).
    static func openDatabase(path: String, access: Access, busyTimeout: TimeInterval) throws(StoreError)
        -> any DatabaseWriter
    {
        let location = DatabaseLocation(path: path)
        if access == .create {
            try createFileIfMissing(location)
        } else if let problem = location.readProblem() {
            throw problem
        }
        var configuration = Configuration()
        configuration.readonly = access == .readOnly
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "accord"
        configuration.maximumReaderCount = readerCount
        configuration.prepareDatabase { db in
            // Deleted drafts must not linger in the file (anonymity.md rule 1 and 7).
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // SQLite creates its temporary files 0600 and unlinks them at once (docs/storage.md).
            try db.execute(sql: "PRAGMA temp_store = FILE")
        }
        do {
            if access == .readOnly {
                let database = try DatabaseQueue(path: path, configuration: configuration)
                try database.read { db in try checkSchema(db, path: path) }
                return database
            }
            let database = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(database)
            return database
        } catch {
            throw StoreError.from(error, database: path, writing: access != .readOnly, waited: busyTimeout)
        }
    }

    /// The most read-only connections a writing store keeps open beside its writer.
    static let readerCount = 4

    /// A read-only connection cannot migrate: the file must hold the current schema.
    private static func checkSchema(_ db: Database, path: String) throws {
        if try Schema.migrator.hasCompletedMigrations(db) { return }
        throw try db.tableExists("session")
            ? StoreError.notAccordDatabase(
                path: path,
                reason: "it was made by an older Accord; run a command that writes to it once (e.g. 'accord round open')")
            : StoreError.notAccordDatabase(path: path, reason: "it holds no Accord data")
    }

    /// Creates the missing folders 0700 and the database file 0600, whatever the umask.
    private static func createFileIfMissing(_ location: DatabaseLocation) throws(StoreError) {
        if FileManager.default.fileExists(atPath: location.path) { return }
        var missing: [String] = []
        var folder = URL(fileURLWithPath: location.folder).standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.path) {
            missing.append(folder.path)
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        for path in missing.reversed() {
            if mkdir(path, folderMode) == 0 {
                chmod(path, folderMode)
            } else if errno != EEXIST {
                throw creationFailure(errno, creating: path, for: location)
            }
        }
        let descriptor = open(location.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, fileMode)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw creationFailure(errno, creating: location.path, for: location)
        }
        fchmod(descriptor, fileMode)
        closeDescriptor(descriptor)
    }

    /// `close(2)` (the store's own `close()` hides its name here).
    private static func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #elseif canImport(Darwin)
            _ = Darwin.close(descriptor)
        #endif
    }

    private static func creationFailure(_ code: Int32, creating path: String, for location: DatabaseLocation) -> StoreError {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        switch code {
        case ENOSPC: return .diskFull(path: location.path, freeBytes: DatabaseLocation.freeBytes(parent))
        case EROFS: return .readOnly(path: location.path, reason: "cannot create \(path): the file system is mounted read-only")
        case EACCES, EPERM:
            return .readOnly(path: location.path, reason: "this account may not create \(path) (the folder \(parent) is not writable)")
        default: return .cannotOpen(path: location.path, reason: "cannot create \(path): \(String(cString: strerror(code)))")
        }
    }

    /// A warning when other accounts may read the database file: it names the file and the
    /// command that fixes it. `nil` when only its owner may.
    static func exposureWarning(path: String) -> String? {
        guard case .present(let info) = DatabaseLocation.status(path), info.st_mode & 0o044 != 0 else { return nil }
        return "warning: other accounts on this machine can read the database \(path) "
            + "(mode \(DatabaseLocation.mode(info))): run 'chmod 600 \(path)'"
    }

    /// When this is the last connection to the file, switches it from WAL to rollback mode on
    /// the way out (which also checkpoints and deletes `-wal` and `-shm`): a database nobody
    /// has open is then readable by an account that may not write beside it, without leaving
    /// files behind. Never waits: another process still using the file keeps it in WAL.
    func leaveWALIfLast() {
        // The pool's own readers count as connections too: they go first.
        (database as? DatabasePool)?.invalidateReadOnlyConnections()
        try? database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
    }
}
