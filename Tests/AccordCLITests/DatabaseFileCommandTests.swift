import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The database file seen from the commands: owner-only modes whatever the umask, reading
/// commands that need no write permission and leave nothing behind, no database made by a
/// command that does not create data, and messages that say what is wrong with the file system.
@Suite struct DatabaseFileCommandTests {
    static func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    static func listing(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Runs commands as an account that file modes apply to: `nobody` when the tests run as
    /// root (as CI does), else the current account. `nil` when that is not possible here.
    static let unprivileged: [String]? = {
        guard getuid() == 0 else { return [] }
        let runuser = "/usr/sbin/runuser"
        guard FileManager.default.isExecutableFile(atPath: runuser) else { return nil }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: runuser)
        probe.arguments = ["-u", "nobody", "--", AccordProcess.executable.path, "--help"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? [runuser, "-u", "nobody", "--"] : nil
    }()

    /// A fixture with session `s1`, three submissions, round 1 closed, and every store closed.
    static func closedSession() throws -> StoreCLIFixture {
        let fixture = try StoreCLIFixture()
        _ = try fixture.newSession()
        let lines = (0..<3).map { StoreCLIFixture.line(index: $0) }
        #expect(try fixture.accord(["import", "--session", "s1", try fixture.file("in.jsonl", lines)]).status == 0)
        #expect(try fixture.accord(["round", "close", "--session", "s1"]).status == 0)
        chmod(fixture.folder.path, 0o755)
        return fixture
    }

    /// Copies the fixture's database into a new folder `name` with the given modes.
    static func copy(_ fixture: StoreCLIFixture, to name: String, fileMode: mode_t, folderMode: mode_t) throws -> URL {
        let folder = fixture.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: fixture.database, toPath: folder.appendingPathComponent("accord.sqlite").path)
        chmod(folder.appendingPathComponent("accord.sqlite").path, fileMode)
        chmod(folder.path, folderMode)
        return folder
    }

    static let readingCommands: [[String]] = [
        ["report", "--session", "s1"], ["export", "--session", "s1", "--format", "csv"], ["session", "show", "s1"],
        ["session", "list"],
    ]

    @Test func underUmask022TheFolderIs0700AndTheDatabase0600() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let database = fixture.folder.appendingPathComponent("data/deep/accord.sqlite").path
        let made = try AccordProcess.run(
            ["session", "new", "--workshop", fixture.workshop, "--partners", "Acme,Globex", "--id", "s1", "--db", database],
            launcher: ["/bin/sh", "-c", "umask 022; exec \"$0\" \"$@\""])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stderr.contains("warning"))
        #expect(Self.mode(fixture.folder.appendingPathComponent("data").path) == 0o700)
        #expect(Self.mode(fixture.folder.appendingPathComponent("data/deep").path) == 0o700)
        #expect(Self.listing(fixture.folder.appendingPathComponent("data/deep")) == ["accord.sqlite"])
        #expect(Self.mode(database) == 0o600)
        // An existing database that others may read is named, with the fix.
        chmod(database, 0o644)
        let listed = try AccordProcess.run(["session", "list", "--db", database])
        #expect(listed.status == 0 && listed.stdout.contains("s1"))
        #expect(listed.stderr.contains("can read the database \(database)") && listed.stderr.contains("chmod 600 \(database)"))
    }

    @Test func commandsThatDoNotCreateDataMakeNoDatabase() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let typo = fixture.folder.appendingPathComponent("typo")
        let path = typo.appendingPathComponent("dir/a.sqlite").path
        let file = try fixture.file("in.jsonl", [StoreCLIFixture.line()])
        let commands: [[String]] =
            Self.readingCommands + [
                ["import", "--session", "s1", file], ["round", "open", "--session", "s1"],
                ["round", "close", "--session", "s1"], ["run", "--session", "s1"],
                ["serve", "--session", "s1", "--port", "18089"],
            ]
        for command in commands {
            let result = try AccordProcess.run(command + ["--db", path])
            #expect(result.status != 0, "\(command)")
            #expect(result.stderr.contains("no database at \(path)"), "\(command): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: typo.path), "\(command)")
        }
    }

    @Test func readingCommandsWorkOnADatabaseTheUserMayOnlyRead() throws {
        let fixture = try Self.closedSession()
        defer { fixture.remove() }
        let readOnlyFolder = try Self.copy(fixture, to: "ro-folder", fileMode: 0o444, folderMode: 0o555)
        let writableFolder = try Self.copy(fixture, to: "rw-folder", fileMode: 0o444, folderMode: 0o777)
        // Root ignores file modes, but a read-only open still writes nothing beside the file;
        // as `nobody` (where the executable is reachable) the modes apply too.
        var runners: [[String]] = [[]]
        if let unprivileged = Self.unprivileged, !unprivileged.isEmpty { runners.append(unprivileged) }
        for launcher in runners {
            for folder in [readOnlyFolder, writableFolder] {
                let database = folder.appendingPathComponent("accord.sqlite").path
                for command in Self.readingCommands {
                    let result = try AccordProcess.run(command + ["--db", database], launcher: launcher)
                    #expect(result.status == 0, "\(launcher) \(command) in \(folder.lastPathComponent): \(result.stderr)")
                    #expect(!result.stdout.isEmpty)
                    #expect(Self.listing(folder) == ["accord.sqlite"], "\(command) left files behind")
                }
            }
        }
    }

    @Test func whenTheDatabaseCannotBeReadTheMessageSaysWhy() throws {
        guard let launcher = Self.unprivileged else { return }
        let fixture = try Self.closedSession()
        defer { fixture.remove() }
        let hidden = try Self.copy(fixture, to: "hidden", fileMode: 0o000, folderMode: 0o755)
        let database = hidden.appendingPathComponent("accord.sqlite").path
        let unreadable = try AccordProcess.run(["report", "--session", "s1", "--db", database], launcher: launcher)
        #expect(unreadable.status != 0)
        #expect(
            unreadable.stderr.contains("cannot read the database \(database): this account may not read the file (mode 0000"),
            "\(unreadable.stderr)")
        let closed = try Self.copy(fixture, to: "closed", fileMode: 0o644, folderMode: 0o700)
        let inside = closed.appendingPathComponent("accord.sqlite").path
        let unreachable = try AccordProcess.run(["session", "list", "--db", inside], launcher: launcher)
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr.contains("may not open the folder \(closed.path)"), "\(unreachable.stderr)")
    }

    @Test func aReadOnlyFolderWithAWritableFileIsNamedAndReadingStillWorks() throws {
        guard let launcher = Self.unprivileged else { return }
        let fixture = try Self.closedSession()
        defer { fixture.remove() }
        let folder = try Self.copy(fixture, to: "locked-folder", fileMode: 0o666, folderMode: 0o555)
        let database = folder.appendingPathComponent("accord.sqlite").path
        let write = try AccordProcess.run(["round", "open", "--session", "s1", "--db", database], launcher: launcher)
        #expect(write.status != 0)
        #expect(write.stderr.contains("its folder \(folder.path) is read-only"), "\(write.stderr)")
        #expect(!write.stderr.contains("attempt to write a readonly database") && !write.stderr.contains("disk I/O"))
        let read = try AccordProcess.run(["report", "--session", "s1", "--db", database], launcher: launcher)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(Self.listing(folder) == ["accord.sqlite"])
    }

    @Test func onAFullDiskWritingSaysSoAndReadingWorks() throws {
        let fixture = try Self.closedSession()
        defer { fixture.remove() }
        let disk = fixture.folder.appendingPathComponent("small-disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: false)
        guard Self.shell("mount -t tmpfs -o size=1m tmpfs '\(disk.path)'") == 0 else { return }  // not permitted here
        defer { _ = Self.shell("umount '\(disk.path)'") }
        let database = disk.appendingPathComponent("accord.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.database, toPath: database)
        _ = Self.shell("cat /dev/zero > '\(disk.path)/filler' 2>/dev/null")
        let write = try AccordProcess.run(["round", "open", "--session", "s1", "--db", database])
        #expect(write.status != 0)
        #expect(write.stderr.contains("cannot write the database \(database): the disk is full"), "\(write.stderr)")
        #expect(!write.stderr.contains("disk I/O error"))
        let read = try AccordProcess.run(["report", "--session", "s1", "--db", database])
        #expect(read.status == 0, "\(read.stderr)")
        let show = try AccordProcess.run(["session", "show", "s1", "--db", database])
        #expect(show.status == 0, "\(show.stderr)")
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
