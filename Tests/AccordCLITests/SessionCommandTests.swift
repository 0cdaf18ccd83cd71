import Foundation
import Testing

@Suite struct SessionCommandTests {
    @Test func newPrintsTheIdAloneAndListShowsIt() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let created = try fixture.accord([
            "session", "new", "--workshop", fixture.workshop, "--partners", "Acme,Globex",
        ])
        #expect(created.status == 0)
        let id = created.stdout.trimmingCharacters(in: .newlines)
        #expect(!id.isEmpty && !id.contains(" ") && created.stdout == id + "\n")
        #expect(FileManager.default.fileExists(atPath: fixture.database))  // created with its folder
        _ = try fixture.newSession(id: "zz-named")

        let list = try fixture.accord(["session", "list"])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.map { String($0.split(separator: "\t")[0]) } == [id, "zz-named"].sorted())
        #expect(lines.allSatisfy { $0.hasSuffix("\t1\topen") && $0.contains("Acme,Globex") })

        let json = try fixture.accord(["session", "list", "--format", "json"])
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(items.map { $0["id"] as! String } == [id, "zz-named"].sorted())
        #expect(items.allSatisfy { ($0["partners"] as! [String]) == ["Acme", "Globex"] })
    }

    @Test(arguments: ["candid-feedback", "common-vision", "discovery-phase", "partnership-health-check"])
    func everyShippedWorkshopOpensASession(_ name: String) throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let file = AccordProcess.repositoryRoot.appendingPathComponent("questionnaires/\(name).json").path
        let created = try fixture.accord([
            "session", "new", "--workshop", file, "--partners", "Acme,Globex", "--id", "s",
        ])
        #expect(created.status == 0 && created.stdout == "s\n", "\(created.stderr)")
        let shown = try fixture.accord(["session", "show", "s"])
        #expect(shown.status == 0 && shown.stdout.contains("(\(name) "))
        let json = try fixture.accord(["session", "list", "--format", "json"])
        let item = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        let workshop = try #require(item["workshop"] as? [String: Any])
        // The fingerprint is the file's SHA-256, as `sha256sum` computes it.
        let expected = try Self.sha256sum(file)
        #expect(workshop["sha256"] as? String == expected)
    }

    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }

    @Test func theDatabaseIsFoundThroughDbThenAccordDbThenXDGDataHome() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let dataHome = fixture.folder.appendingPathComponent("xdg").path
        let explicit = fixture.folder.appendingPathComponent("explicit.sqlite").path
        let new = ["session", "new", "--workshop", fixture.workshop, "--partners", "A,B", "--id"]
        let xdg = ["XDG_DATA_HOME": dataHome, "ACCORD_DB": ""]
        #expect(try AccordProcess.run(new + ["in-xdg"], environment: xdg).status == 0)
        #expect(FileManager.default.fileExists(atPath: dataHome + "/accord/accord.sqlite"))
        #expect(try fixture.accord(new + ["in-env"]).status == 0)
        #expect(try fixture.accord(new + ["in-flag", "--db", explicit]).status == 0)
        #expect(try AccordProcess.run(["session", "list"], environment: xdg).stdout.hasPrefix("in-xdg\t"))
        #expect(try fixture.accord(["session", "list"]).stdout.hasPrefix("in-env\t"))
        #expect(try fixture.accord(["session", "list", "--db", explicit]).stdout.hasPrefix("in-flag\t"))
    }

    @Test func theSnapshotOutlivesTheFile() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let before = try fixture.accord(["session", "show", id])
        #expect(
            before.status == 0 && before.stdout.contains("Store CLI test") && before.stdout.contains("Acme, Globex"))
        // Edit, then delete, the workshop file: the session still reads its snapshot.
        try Data(StoreCLIFixture.workshopJSON.replacingOccurrences(of: "Store CLI test", with: "Edited").utf8)
            .write(to: URL(fileURLWithPath: fixture.workshop))
        try FileManager.default.removeItem(atPath: fixture.workshop)
        let after = try fixture.accord(["session", "show", id])
        #expect(after.stdout == before.stdout)
        let file = try fixture.file("a.jsonl", [StoreCLIFixture.line()])
        #expect(try fixture.accord(["import", "--session", id, file]).status == 0)
    }

    @Test func badInputGetsAMessageAndAFailingStatus() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        for partners in ["Acme", "Acme,Acme", "Acme,", "A,B,C"] {
            let result = try fixture.accord(["session", "new", "--workshop", fixture.workshop, "--partners", partners])
            #expect(result.status != 0 && result.stdout.isEmpty && result.stderr.contains("partners"))
        }
        let noWorkshop = try fixture.accord([
            "session", "new", "--workshop", fixture.workshop + ".nope", "--partners", "A,B",
        ])
        #expect(noWorkshop.status != 0 && noWorkshop.stderr.contains("workshop.json.nope"))
        // Nothing above made a database, and reading commands do not make one.
        let noDatabase = try fixture.accord(["session", "list"])
        #expect(noDatabase.status != 0 && noDatabase.stderr.contains("no database at \(fixture.database)"))
        #expect(!FileManager.default.fileExists(atPath: fixture.database))
        _ = try fixture.newSession()
        let unknown = try fixture.accord(["session", "show", "nope"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no session 'nope'"))
        let missing = try fixture.accord(["session", "list", "--db", "/proc/accord/accord.sqlite"])
        #expect(missing.status != 0 && missing.stderr.contains("no database at /proc/accord/accord.sqlite"))
        let uncreatable = try fixture.accord([
            "session", "new", "--workshop", fixture.workshop, "--partners", "A,B", "--db", "/proc/accord/accord.sqlite",
        ])
        #expect(uncreatable.status != 0 && uncreatable.stderr.contains("/proc/accord"))
    }

    @Test func roundsOpenAndCloseInTurn() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        #expect(try fixture.accord(["round", "open", "--session", id]).status != 0)  // round 1 is open
        let closed = try fixture.accord(["round", "close", "--session", id])
        #expect(closed.status == 0 && closed.stdout == "1\n")
        let file = try fixture.file("late.jsonl", [StoreCLIFixture.line()])
        let late = try fixture.accord(["import", "--session", id, file])
        #expect(late.status != 0 && late.stderr.contains("late.jsonl:1: session '\(id)' has no open round"))
        let opened = try fixture.accord(["round", "open", "--session", id])
        #expect(opened.status == 0 && opened.stdout == "2\n")
        #expect(try fixture.accord(["session", "list"]).stdout.hasSuffix("\t2\topen\n"))
    }

    /// A round's total is shown once it reaches the threshold, by the rule the console and the
    /// server's pages use (`SubmissionProgress.total`): below it, the number itself would be a
    /// small group's statistic.
    @Test func showGivesARoundsTotalOnlyFromTheThresholdOn() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        try fixture.submit([("Acme", "management", [4, 5])])
        let few = try fixture.run(["session", "show", fixture.id])
        #expect(few.stdout.contains("round 1:   open, fewer than 3 submissions"), "\(few.stderr)")
        try fixture.submit([("Globex", "execution", [2, 3])])
        let enough = try fixture.run(["session", "show", fixture.id])
        #expect(enough.stdout.contains("round 1:   open, 4 submissions"), "\(enough.stderr)")
    }
}
