import Foundation
import Testing

/// `accord facilitate` run whole through pipes and script files: the same session a remote
/// facilitator or a test drives, the demo as the guide describes it, and clear errors.
@Suite(.serialized) struct FacilitateCommandTests {
    @Test func ascriptDrivesTheSameSessionAndTheStoredActionsAreListed() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        try fixture.roundOneButOne()
        try fixture.submit([("Globex", "execution", [2])])
        let script = fixture.folder.appendingPathComponent("session.txt")
        try Data(
            """
            counts
            close
            reveal
            action add --owner Globex --due 2 --about 2 Hold a joint vision day
            reveal
            actions

            """.utf8
        ).write(to: script)
        let run = try fixture.run(["facilitate", "--session", fixture.id, "--script", script.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("facilitate> close\nRound 1 is closed"))
        #expect(run.stdout.contains("Recorded action #1: Globex, by round 2: Hold a joint vision day"))
        #expect(run.stdout.contains("#1 Globex, for round 2: Hold a joint vision day"))

        // Piped, a later run sees the stored action; a failing line stops with its number.
        let piped = try fixture.run(["facilitate", "--session", fixture.id], stdin: "actions\nopen\nreveal\ncounts\n")
        #expect(piped.status == 1)
        #expect(piped.stdout.contains("#1 Globex, for round 2: Hold a joint vision day"))
        #expect(piped.stderr.contains("accord: error: input: line 3 (reveal): Round 2 is still open"))
        #expect(!piped.stdout.contains("Round 2 (open) — submitted"))  // the line after the failure never ran

        // Round 2 closes; its report, in every format, shows the action beside how its gap moved.
        try fixture.roundTwo()
        #expect(try fixture.run(["facilitate", "--session", fixture.id], stdin: "close\n").status == 0)
        let text = try fixture.run(["report", "--session", fixture.id, "--format", "text"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Agreed actions\n  #1 Globex, due by round 2: Hold a joint vision day\n"))
        #expect(
            text.stdout.contains(
                "“we share one vision”, management vs execution, Globex: −2.3 in round 1,\n      −0.7 now (narrowed)"))
        let json = try fixture.run(["report", "--session", fixture.id, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(
            actions.count == 1 && (actions[0]["gaps"] as? [[String: Any]])?.first?["trend"] as? String == "narrowed")
        // Round 1's report lists the action too, agreed on its results.
        let first = try fixture.run(["report", "--session", fixture.id, "--round", "1", "--format", "markdown"])
        #expect(first.stdout.contains("## Agreed actions") && first.stdout.contains("#1 Globex, for round 2"))
    }

    /// The databases the demo is run on: a SQLite file (`nil`), and PostgreSQL when
    /// `ACCORD_TEST_POSTGRES` names one (CI does), given with a password the test server does
    /// not need, so that the test can see it is never shown.
    static let demoDatabases = PostgresCommandTests.databases.map {
        $0?.replacingOccurrences(of: "postgres://postgres@", with: "postgres://postgres:pw-XQ7@")
    }

    @Test(arguments: demoDatabases)
    func theDemoRunsEndToEndAsTheGuideDescribesIt(postgres: String?) throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = postgres ?? folder.appendingPathComponent("demo.sqlite").path
        let workshop = AccordProcess.repositoryRoot.appendingPathComponent("questionnaires/common-vision.json").path
        let commands = [
            "agenda", "next", "counts", "counts", "counts", "close", "reveal",
            "action add --owner Globex --about 1 Agree the time horizon in writing", "reveal", "reveal", "reveal",
            "reveal",
            "open", "close", "reveal", "actions", "quit",
        ]
        let run = try AccordProcess.run(
            ["facilitate", "--demo", "--workshop", workshop, "--db", database],
            stdin: commands.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Demo session "))
        #expect(run.stdout.contains("  Globex · Execution        hidden\n"))
        #expect(run.stdout.contains("Every group has at least 3"))
        #expect(run.stdout.contains("Round 1 · The vision (section 1 of 4)"))
        #expect(run.stdout.contains("Recorded action #1: Globex, by round 2: Agree the time horizon in writing"))
        #expect(run.stdout.contains("Every section of round 1 has been revealed."))
        let second = try #require(run.stdout.components(separatedBy: "Results of round 2").last)
        #expect(second.contains("#1 Globex, due by round 2: Agree the time horizon in writing"))
        #expect(second.contains("(narrowed)"))
        let id = try #require(
            run.stdout.split(separator: " ").dropFirst(2).first.map {
                $0.trimmingCharacters(in: .punctuationCharacters)
            })
        let list = try AccordProcess.run(["session", "list", "--db", database])
        #expect(list.stdout.contains(id))
        if postgres != nil {
            #expect(!run.stdout.contains("pw-XQ7") && run.stdout.contains("--db 'postgres://postgres:***@"))
        }
    }

    /// The demo opens the database twice (to create the session, then to drive it): a file
    /// other accounts may read is still warned about once.
    @Test func theDemoWarnsOnceAboutAFileOthersCanRead() throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("demo.sqlite").path
        #expect(try AccordProcess.run(["facilitate", "--demo", "--db", database], stdin: "quit\n").status == 0)
        chmod(database, 0o644)
        let run = try AccordProcess.run(["facilitate", "--demo", "--db", database], stdin: "quit\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "other accounts on this machine can read").count == 2, "\(run.stderr)")
    }

    @Test func anUnknownSessionOrScriptIsAClearError() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        let unknown = try fixture.run(["facilitate", "--session", "nope"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no session 'nope'"))
        let missing = try fixture.run(["facilitate", "--session", fixture.id, "--script", "/nonexistent/s.txt"])
        #expect(missing.status != 0 && missing.stderr.contains("cannot read the script /nonexistent/s.txt"))
        let away = try fixture.run(["facilitate", "--demo", "--workshop", "/nonexistent/w.json"])
        #expect(
            away.status != 0
                && away.stderr.contains(
                    "no workshop file at /nonexistent/w.json, and no built-in workshop of that name (built in: "))
        let both = try fixture.run(["facilitate", "--session", fixture.id, "--demo"])
        #expect(both.status != 0 && both.stderr.contains("Give either --session or --demo, not both."))
    }
}
