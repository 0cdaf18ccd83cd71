import Foundation
import Testing

/// `--db postgres://…`: every command gives on PostgreSQL what it gives on SQLite.
@Suite struct PostgresCommandTests {
    static let url = ProcessInfo.processInfo.environment["ACCORD_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    /// For tests run on both: `nil` (a SQLite file in the test's folder), then `url` when set.
    static let databases: [String?] = [nil] + (url.map { [$0] } ?? [])

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

    /// The kill -9 test of `ImportCommandTests` on PostgreSQL: an import killed at any moment
    /// (checking lines, copying rows, around the commit) is stored whole or not at all, and the
    /// same import then runs to the end.
    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func aKilledImportLeavesAllOrNothingOnPostgreSQL() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let postgres = try #require(Self.url)
        let id = "killed-\(UInt32.random(in: 0...UInt32.max))"
        let created = try fixture.accord(
            ["session", "new", "--db", postgres, "--workshop", fixture.workshop, "--partners", "Acme,Globex", "--id", id])
        #expect(created.status == 0, "\(created.stderr)")
        let count = 100_000
        let file = try fixture.largeFile("large.jsonl", count: count)
        var stored = 0
        let killedMidway = try fixture.killRepeatedly(["import", "--db", postgres, "--session", id, file]) { delay in
            let now = try Self.submissions(in: id, on: postgres, fixture)
            #expect(now == stored || now == stored + count, "after a kill at \(delay) s: \(now) submissions")
            stored = now
        }
        #expect(killedMidway >= 2, "the imports finished before they could be killed; make the file larger")
        let again = try fixture.accord(["import", "--db", postgres, "--session", id, file])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.submissions(in: id, on: postgres, fixture) == stored + count)
    }

    /// The open round's submissions as `session show` tells them (0 while below the threshold).
    static func submissions(in id: String, on postgres: String, _ fixture: StoreCLIFixture) throws -> Int {
        let shown = try fixture.accord(["session", "show", "--db", postgres, id])
        #expect(shown.status == 0, "\(shown.stderr)")
        guard let line = shown.stdout.split(separator: "\n").last(where: { $0.hasPrefix("round 1:") }),
            let words = line.split(separator: ",").last?.split(separator: " "), let count = Int(words[0])
        else { return 0 }
        return count
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

    /// `accord facilitate` on PostgreSQL: the same script over the same answers prints the same
    /// console on both backends (counts, the closed round's results, the recorded action), and
    /// what it stored is what `accord report` reads.
    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func facilitateClosesARoundCountsAndRecordsAnActionAsOnSQLite() throws {
        let postgres = try #require(Self.url)
        let id = "facilitate-\(UInt32.random(in: 0...UInt32.max))"
        var transcripts: [String] = []
        for database in [nil, postgres] {
            let fixture = try FacilitationFixture(database: database, id: id)
            defer { fixture.remove() }
            try fixture.roundOneButOne()
            try fixture.submit([("Globex", "execution", [2])])
            let run = try fixture.run(
                ["facilitate", "--session", id],
                stdin: "counts\nclose\nreveal\naction add --owner Globex --due 2 --about 2 Hold a joint vision day\nactions\n")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Round 1 is closed"))
            #expect(run.stdout.contains("Recorded action #1: Globex, by round 2: Hold a joint vision day"))
            #expect(run.stdout.contains("#1 Globex, for round 2: Hold a joint vision day"))
            transcripts.append(run.stdout)
            let report = try fixture.run(["report", "--session", id, "--format", "json"])
            #expect(report.status == 0, "\(report.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
            #expect((object["actions"] as? [[String: Any]])?.count == 1)
        }
        #expect(transcripts[0] == transcripts[1])
    }

    /// `accord run` on PostgreSQL: a participant at a real terminal submits, another stops
    /// half-way and finishes with `--resume CODE`, a third pipes in; the drafts and submissions
    /// follow serve's rules on PostgreSQL, and the closed round reports them.
    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func runSubmitsAndResumesParticipantsOnPostgreSQL() throws {
        let postgres = try #require(Self.url)
        let session = try RunnerSession(database: postgres)
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "acme", "--level", "management"])
        try terminal.at("We share one vision for this partnership.", type: "4\r")
        try terminal.at("your guess", type: "3\r")
        try terminal.at("What is the partnership's top goal?", type: "2\r")
        try RunnerTerminalTests.finish(terminal)
        terminal.send("yes\r")
        try terminal.expect("Thank you. Your answers are submitted.")
        #expect(try terminal.waitForExit() == 0)

        let stopped = try session.run(["run", "--session", session.id], stdin: "Globex\nexecution\n1\n3\n")
        #expect(stopped.status == 1)
        let code = try #require(
            stopped.stderr.components(separatedBy: "to continue: accord run --resume ").last?
                .split(whereSeparator: \.isWhitespace).first)
        #expect(stopped.stderr.contains("--db \(postgres)"), "the resume command names the database: \(stopped.stderr)")
        let finished = try session.run(["run", "--resume", String(code)], stdin: "2\n\n1,3\n3 1 2\nno\nyes\n")
        #expect(finished.status == 0, "\(finished.stderr)")
        let again = try session.run(["run", "--resume", String(code)], stdin: "")
        #expect(again.status != 0, "a submitted draft is gone: \(again.stderr)")
        let piped = try session.run(
            ["run", "--session", session.id],
            stdin: RunnerPipedTests.wholeWorkshop(partner: "Globex", level: "management", vision: 5))
        #expect(piped.status == 0, "\(piped.stderr)")

        #expect(try session.exported(question: "vision-shared") == ["1", "4", "5"])
        #expect(try session.run(["round", "close", "--session", session.id]).status == 0)
        let report = try session.run(["report", "--session", session.id, "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect(object["round"] as? Int == 1)
        let everyone = (object["groups"] as? [[String: Any]])?.first { $0["partner"] is NSNull && $0["level"] is NSNull }
        #expect(everyone?["n"] as? Int == 3, "three submitted, each once: \(report.stdout.prefix(800))")
    }

    /// `accord demo` on PostgreSQL keeps its session there and reports what it reports on a
    /// SQLite file for the same seed: the same JSON but for the session's id and the order of
    /// the comments (shuffled afresh by every report).
    @Test(.enabled(
        if: url != nil,
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"))
    func theDemoGivesTheSameReportOnPostgreSQL() throws {
        let postgres = try #require(Self.url)
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var reports: [NSDictionary] = []
        for database in [folder.appendingPathComponent("demo.sqlite").path, postgres] {
            let demo = try AccordProcess.run(["demo", "--format", "json", "--seed", "7", "--db", database])
            #expect(demo.status == 0, "\(demo.stderr)")
            #expect(demo.stderr.contains("kept in \(database)."), "\(demo.stderr)")
            var report = try #require(try JSONSerialization.jsonObject(with: Data(demo.stdout.utf8)) as? [String: Any])
            let session = try #require((report["session"] as? [String: Any])?["id"] as? String)
            let list = try AccordProcess.run(["session", "list", "--db", database])
            #expect(list.stdout.contains(session), "the demo's session is kept")
            report["session"] = nil
            report["comments"] = (report["comments"] as? [[String: Any]])?.map { group in
                var group = group
                group["comments"] = (group["comments"] as? [String])?.sorted()
                return group
            }
            reports.append(report as NSDictionary)
        }
        #expect(reports[0] == reports[1])
    }
}
