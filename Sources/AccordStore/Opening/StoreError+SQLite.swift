import Foundation
import GRDB

extension StoreError {
    /// The one translation of a failure while using the database at `path` into a `StoreError`
    /// that says what is wrong: a full disk, a read-only file, folder or file system, a file this
    /// account may not read, a lock another process keeps, a file that is no database. Store
    /// errors pass through; SQLite's own message is the last resort.
    ///
    /// - Parameters:
    ///   - writing: whether the operation had to write (a read needs less of the file system).
    ///   - waited: the busy timeout that ran out, for a lock's message.
    static func from(_ error: any Error, database path: String, writing: Bool, waited: Double) -> StoreError {
        if let error = error as? StoreError { return error }
        let location = DatabaseLocation(path: path)
        guard let error = error as? DatabaseError else {
            return .database(error.localizedDescription)
        }
        let message = error.message ?? error.description
        switch error.resultCode {
        case .SQLITE_FULL:
            return .diskFull(path: path, freeBytes: DatabaseLocation.freeBytes(location.folder))
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path, holder: LockHolder.describe(database: path), waited: waited)
        case .SQLITE_NOTADB:
            return .notAccordDatabase(path: path, reason: "it is not an SQLite database")
        case .SQLITE_CORRUPT:
            return .notAccordDatabase(path: path, reason: "the file is damaged (\(message))")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_IOERR:
            let problem = writing || error.resultCode == .SQLITE_READONLY ? location.writeProblem() : location.readProblem()
            if let problem { return problem }
            if error.resultCode == .SQLITE_READONLY {
                return .readOnly(path: path, reason: message)
            }
            if error.resultCode == .SQLITE_CANTOPEN { return .cannotOpen(path: path, reason: message) }
            return .database("\(path): \(message)")
        case .SQLITE_CONSTRAINT:
            return .database(message)
        default:
            // E.g. GRDB's "could not activate WAL Mode" when -wal cannot be created.
            return (writing ? location.writeProblem() : location.readProblem()) ?? .database(message)
        }
    }
}
