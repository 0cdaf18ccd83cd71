import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The database file, its folder and its companions on disk, asked directly of the file system:
/// what exists, what this account may do with it, what is wrong. The store's messages come from
/// here, so that they name the file, folder or disk at fault instead of SQLite's generic words.
struct DatabaseLocation: Sendable {
    /// The database file.
    let path: String

    /// The folder holding the database.
    var folder: String {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return parent.isEmpty ? "." : parent
    }

    /// `path-wal` and `path-shm`, which SQLite creates beside the database while it is in use.
    var companions: [String] { [path + "-wal", path + "-shm"] }

    /// What `stat(2)` says of a path.
    enum Status {
        /// The path exists.
        case present(stat)
        /// It cannot be seen, for this `errno`.
        case absent(Int32)
    }

    /// The result of `stat(2)`: the status, or the `errno` why there is none.
    static func status(_ path: String) -> Status {
        var info = stat()
        if stat(path, &info) == 0 { return .present(info) }
        return .absent(errno)
    }

    /// Whether this account may do `mode` (`R_OK`, `W_OK`, `X_OK`) with `path`.
    static func permits(_ path: String, _ mode: Int32) -> Bool { access(path, mode) == 0 }

    /// Whether the file system holding `path` is mounted read-only.
    static func isOnReadOnlyFileSystem(_ path: String) -> Bool {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return false }
        return info.f_flag & UInt(ST_RDONLY) != 0
    }

    /// Bytes an unprivileged writer may still use on the disk holding `path`.
    static func freeBytes(_ path: String) -> Int? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Why the database cannot be read, when the file system says so; `nil` when it can.
    func readProblem() -> StoreError? {
        switch Self.status(path) {
        case .absent(ENOENT), .absent(ENOTDIR): return .noDatabase(path: path)
        case .absent(EACCES):
            return .accessDenied(path: path, reason: "this account may not open the folder \(folder) (chmod u+rx on it)")
        case .absent(let code): return .cannotOpen(path: path, reason: String(cString: strerror(code)))
        case .present(let info):
            if info.st_mode & S_IFMT == S_IFDIR { return .notAccordDatabase(path: path, reason: "it is a folder") }
            if !Self.permits(path, R_OK) {
                return .accessDenied(
                    path: path,
                    reason: "this account may not read the file (mode \(Self.mode(info)), owner uid \(info.st_uid))")
            }
            return nil
        }
    }

    /// Why the database cannot be written, when the file system says so; `nil` when it can.
    func writeProblem() -> StoreError? {
        if let problem = readProblem() { return problem }
        if Self.isOnReadOnlyFileSystem(path) {
            return .readOnly(path: path, reason: "the file system holding it is mounted read-only")
        }
        if !Self.permits(path, W_OK) {
            return .readOnly(path: path, reason: "the file is read-only for this account (chmod u+w \(path))")
        }
        for companion in companions
        where FileManager.default.fileExists(atPath: companion) && !Self.permits(companion, W_OK) {
            return .readOnly(path: path, reason: "\(companion) is read-only for this account (chmod u+w \(companion))")
        }
        if !Self.permits(folder, W_OK | X_OK), companions.contains(where: { !FileManager.default.fileExists(atPath: $0) }) {
            return .readOnly(
                path: path,
                reason: "its folder \(folder) is read-only, and SQLite must create \(path)-wal and -shm there "
                    + "to write (chmod u+w \(folder), or move the database to a writable folder)")
        }
        if let free = Self.freeBytes(folder), free < 64 * 1024 { return .diskFull(path: path, freeBytes: free) }
        return nil
    }

    /// The permission bits as octal, e.g. `0644`.
    static func mode(_ info: stat) -> String {
        let digits = String(info.st_mode & 0o777, radix: 8)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
