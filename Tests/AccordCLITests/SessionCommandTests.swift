import Foundation
import Testing

@Suite(.enabled(if: StoreCLIFixture.loaderWorks, "needs WorkshopLoader"))
struct SessionCommandTests {
    @Test func newPrintsTheIdAloneAndListShowsIt() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let created = try fixture.accord(["session", "new", "--workshop", fixture.workshop, "--partners", "Acme,Globex"])
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

    @Test func theSnapshotOutlivesTheFile() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let before = try fixture.accord(["session", "show", id])
        #expect(before.status == 0 && before.stdout.contains("Store CLI test") && before.stdout.contains("Acme, Globex"))
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
        let missing = try fixture.accord(["session", "new", "--workshop", fixture.workshop + ".nope", "--partners", "A,B"])
        #expect(missing.status != 0 && missing.stderr.contains("workshop.json.nope"))
        let unknown = try fixture.accord(["session", "show", "nope"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no session 'nope'"))
        #expect(try fixture.accord(["session", "list"]).stdout.isEmpty)
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
}
