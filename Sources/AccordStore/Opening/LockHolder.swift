import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which other process holds SQLite's write lock on a database, for the message of a lock
/// that does not go away. SQLite locks with POSIX advisory locks: in WAL mode the write lock is
/// byte 120 of `-shm`, in rollback mode the reserved and pending bytes of the database file.
/// `F_GETLK` reports a conflicting lock's process id; `/proc` names the command.
enum LockHolder {
    /// `process 1234 (accord import --session s big.jsonl)`, or `nil` when no other process
    /// holds the lock (or the system cannot tell).
    static func describe(database path: String) -> String? {
        let candidates: [(file: String, offset: Int)] = [
            (path + "-shm", 120), (path, 0x4000_0001), (path, 0x4000_0000),
        ]
        for (file, offset) in candidates {
            if let pid = holder(of: file, offset: offset) { return describe(pid: pid) }
        }
        return nil
    }

    private static func holder(of file: String, offset: Int) -> pid_t? {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(offset)
        lock.l_len = 1
        guard fcntl(descriptor, F_GETLK, &lock) == 0, lock.l_type != Int16(F_UNLCK), lock.l_pid > 0 else {
            return nil
        }
        return lock.l_pid
    }

    private static func describe(pid: pid_t) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else {
            return "process \(pid)"
        }
        let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        var command = words.enumerated().map { $0.offset == 0 ? URL(fileURLWithPath: $0.element).lastPathComponent : $0.element }
            .joined(separator: " ")
        command = String(command.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        if command.count > 120 { command = command.prefix(119) + "…" }
        return "process \(pid) (\(command))"
    }
}
