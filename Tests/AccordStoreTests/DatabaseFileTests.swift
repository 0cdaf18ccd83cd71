import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The database file as a file: who may read it, which commands may create or write it, and
/// what the store says when the file system is in the way (docs/storage.md, "The file").
/// SQLite only: PostgreSQL keeps its files to itself, behind the server.
@Suite struct DatabaseFileTests {
    static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// A closed database with a session `s` and two submissions, its store gone.
    static func closedDatabase() throws -> StoreFixture.Folder {
        let fixture = try StoreFixture()
        try fixture.session()
        try fixture.store.submit(StoreFixture.submission(), session: "s")
        try fixture.store.submit(StoreFixture.submission(partner: "Globex"), session: "s")
        return StoreFixture.Folder(folder: fixture.folder, path: fixture.path, workshop: fixture.workshop)
    }

    @Test func theStoreCreatesItsFolderAndEveryFileForItsOwnerOnly() throws {
        umask(0o022)
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let draft = try fixture.store.startDraft(session: "s", partner: "Acme", level: .management)
        try fixture.store.saveDraft(draft)
        let nested = fixture.folder.appendingPathComponent("nested").path
        #expect(try Self.mode(fixture.folder.path) == 0o700)
        #expect(try Self.mode(nested) == 0o700)
        let files = Self.listing(nested)
        #expect(files == ["accord.sqlite", "accord.sqlite-shm", "accord.sqlite-wal"])
        for file in files {
            #expect(try Self.mode(nested + "/" + file) == 0o600, "\(file)")
        }
        #expect(fixture.store.permissionWarning == nil)
    }

    @Test func aDatabaseOthersCanReadIsNamedWithTheFix() throws {
        let closed = try Self.closedDatabase()
        defer { closed.remove() }
        chmod(closed.path, 0o644)
        let store = try closed.open(.readOnly)
        let warning = try #require(store.permissionWarning)
        #expect(warning.contains(closed.path) && warning.contains("chmod 600 \(closed.path)") && warning.contains("0644"))
        chmod(closed.path, 0o600)
        #expect(try closed.open(.readOnly).permissionWarning == nil)
    }

    @Test func readingOpensReadOnlyAndLeavesNothingBehind() async throws {
        let closed = try Self.closedDatabase()
        defer { closed.remove() }
        let folder = URL(fileURLWithPath: closed.path).deletingLastPathComponent().path
        // The last store to close leaves the file without -wal and -shm.
        #expect(Self.listing(folder) == ["accord.sqlite"])
        let before = try Data(contentsOf: URL(fileURLWithPath: closed.path))
        do {
            let store = try closed.open(.readOnly)
            #expect(try store.session("s").partners == ["Acme", "Globex"])
            var count = 0
            try store.forEachSubmission(session: "s", round: 1) { _ in count += 1 }
            #expect(count == 2)
            _ = try store.aggregate(session: "s", round: 1)
            var exported = ""
            _ = try await store.exportAnswers(session: "s", preview: true, format: .csv) { exported += $0 }
            #expect(exported.hasPrefix("\u{FEFF}partner,level,round"))  // the CSV byte order mark, docs/text.md
            // Even root, whom file modes do not stop, cannot write through a read-only store.
            #expect(throws: StoreError.self) { try store.closeRound(session: "s") }
            #expect {
                try store.submit(StoreFixture.submission(), session: "s")
            } throws: { error in
                guard case StoreError.readOnly(let path, _) = error else { return false }
                return path == closed.path
            }
            #expect(Self.listing(folder) == ["accord.sqlite"])
        }
        #expect(Self.listing(folder) == ["accord.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: closed.path)) == before)
    }

    @Test func onlyCreatingMayMakeADatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-missing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("typo/dir/a.sqlite").path
        for access in [AnswerStore.Access.readOnly, .readWrite] {
            do {
                _ = try AnswerStore(path: path, access: access)
                Issue.record("\(access) made a database")
            } catch {
                #expect(error.errorDescription?.hasPrefix("no database at \(path)") == true)
            }
            #expect(!FileManager.default.fileExists(atPath: folder.path))
        }
    }

    @Test func anImportIsCheckedBeforeItTakesTheWriteLock() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let impatient = try AnswerStore(path: fixture.path, busyTimeout: 0.2, snapshotLoader: { _, _ in fixture.workshop })
        let bad = try ImportTests.write([ImportTests.good, #"{"partner": "Initech"}"#], in: fixture)
        let good = try ImportTests.write([ImportTests.good, ImportTests.good], in: fixture)
        let holder = try fixture.raw()
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            // Parsing and checking never waited for the lock: the file's problems come back.
            #expect {
                try impatient.importSubmissions(session: "s", path: bad, name: "bad.jsonl")
            } throws: { error in
                guard case StoreError.importFailed(_, let problems, _) = error else { return false }
                return Set(problems.map(\.line)) == [2]
            }
            // A good file waits for the lock only to move its rows in; held, it says so.
            #expect {
                try impatient.importSubmissions(session: "s", path: good)
            } throws: { error in
                guard case StoreError.locked(let path, _, _) = error else { return false }
                return path == fixture.path && (error as? StoreError)?.errorDescription?.contains("is locked by") == true
            }
        }
        #expect(try impatient.importSubmissions(session: "s", path: good).count == 2)
    }

    @Test func aLockThatStaysNamesTheProcessHoldingIt() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
                + "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); sys.stdin.read()",
            fixture.path,
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        _ = output.fileHandleForReading.availableData  // "locked"
        let impatient = try AnswerStore(path: fixture.path, busyTimeout: 0.2, snapshotLoader: { _, _ in fixture.workshop })
        do {
            try impatient.submit(StoreFixture.submission(), session: "s")
            Issue.record("the write did not wait for the lock")
        } catch {
            let message = error.errorDescription ?? ""
            #expect(message.contains("is locked by process \(process.processIdentifier) (python3 -c"), "\(message)")
            #expect(message.contains(fixture.path))
        }
    }
}

extension StoreFixture {
    /// A database folder whose store has been closed: what a command finds on disk.
    struct Folder {
        let folder: URL
        let path: String
        let workshop: Workshop

        /// Opens the database again, for `access`.
        func open(_ access: AnswerStore.Access) throws -> AnswerStore {
            let workshop = self.workshop
            return try AnswerStore(path: path, access: access, snapshotLoader: { _, _ in workshop })
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }
}
