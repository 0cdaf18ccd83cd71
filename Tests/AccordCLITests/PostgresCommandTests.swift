import Foundation
import Testing

/// `--db postgres://…`: the commands that run on PostgreSQL give what they give on SQLite; the
/// others say they do not run there yet.
@Suite struct PostgresCommandTests {
    static let url = ProcessInfo.processInfo.environment["ACCORD_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func theSameImportFileGivesByteIdenticalJSONReportsOnSQLiteAndPostgreSQL() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let postgres = try #require(Self.url)
        let lines = (0..<3000).map { index in
            StoreCLIFixture.line(
                partner: index % 2 == 0 ? "Acme" : "Globex", level: index % 3 == 0 ? "execution" : "management",
                vision: 1 + index % 5, index: index)
        }
        let reports = try Self.reports(of: try fixture.file("parity.jsonl", lines), fixture: fixture, on: postgres)
        #expect(reports[0].count > 1000)
        #expect(reports[0] == reports[1])
    }

    /// Comments are shuffled afresh by every report (docs/anonymity.md), so here the same
    /// comments, not the same bytes: tabs, backslashes and newlines, which COPY's text format
    /// escapes, arrive intact.
    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func commentsWithTabsBackslashesAndNewlinesArriveIntact() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let postgres = try #require(Self.url)
        let lines = (0..<6).map {
            #"{"partner": "Acme", "level": "management", "answers": {"vision": 2, "goal": "markets", "comment": "tab\tback\\slash\nnew line \#($0)"}}"#
        }
        let reports = try Self.reports(of: try fixture.file("comments.jsonl", lines), fixture: fixture, on: postgres)
        let comments = try reports.map { report in
            let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
            let groups = try #require(json["comments"] as? [[String: Any]])
            return groups.flatMap { ($0["comments"] as? [String]) ?? [] }.sorted()
        }
        #expect(comments[0].count == 6 && comments[0].contains("tab\tback\\slash\nnew line 0"))
        #expect(comments[0] == comments[1])
    }

    /// Runs session new, import, round close and report --format json on SQLite, then on
    /// PostgreSQL, under the same random session id; returns the two reports.
    static func reports(of file: String, fixture: StoreCLIFixture, on postgres: String) throws -> [String] {
        let id = "parity-\(UInt32.random(in: 0...UInt32.max))"
        let count = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count
        var reports: [String] = []
        for database in [fixture.database, postgres] {
            let steps = [
                ["session", "new", "--db", database, "--workshop", fixture.workshop, "--partners", "Acme,Globex", "--id", id],
                ["import", "--db", database, "--session", id, file],
                ["round", "close", "--db", database, "--session", id],
                ["report", "--db", database, "--session", id, "--format", "json"],
            ]
            for step in steps {
                let result = try fixture.accord(step)
                #expect(result.status == 0, "\(step.joined(separator: " ")): \(result.stderr)")
                if step[0] == "import" { #expect(result.stdout == "Imported \(count) submissions into session \(id) (round 1).\n") }
                if step[0] == "report" { reports.append(result.stdout) }
            }
        }
        return reports
    }

    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func aBadImportFileIsRefusedWholeWithTheSameMessagesAsOnSQLite() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let postgres = try #require(Self.url)
        let id = "bad-\(UInt32.random(in: 0...UInt32.max))"
        let bad = try fixture.file(
            "bad.jsonl",
            [
                StoreCLIFixture.line(),
                #"{"partner": "Acme", "level": "management", "answers": {"vision": 7, "goal": "cost"}}"#,
                "not json",
            ])
        var errors: [String] = []
        for database in [fixture.database, postgres] {
            let created = try fixture.accord(
                ["session", "new", "--db", database, "--workshop", fixture.workshop, "--partners", "Acme,Globex", "--id", id])
            #expect(created.status == 0, "\(created.stderr)")
            let refused = try fixture.accord(["import", "--db", database, "--session", id, bad])
            #expect(refused.status != 0)
            errors.append(refused.stderr)
        }
        #expect(errors[0] == errors[1])
        #expect(errors[1].contains("\(bad):2: question 'vision'") && errors[1].contains("nothing was imported"))
        let preview = try fixture.accord(["report", "--db", postgres, "--session", id, "--preview", "--format", "json"])
        #expect(preview.status == 0, "nothing of the file was stored, the session is intact: \(preview.stderr)")
    }

    /// No server needed: the refusal comes before any connection.
    @Test(arguments: [["session", "list"], ["export", "--session", "s1"], ["run", "--session", "s1"]])
    func aCommandThatDoesNotRunOnPostgreSQLSaysSo(_ command: [String]) throws {
        let result = try AccordProcess.run(command, environment: ["ACCORD_DB": "postgres://accord@127.0.0.1:1/none"])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("`accord \(command.prefix { !$0.hasPrefix("-") }.joined(separator: " "))` does not run on PostgreSQL yet; use a SQLite file"),
            "\(result.stderr)")
    }
}
