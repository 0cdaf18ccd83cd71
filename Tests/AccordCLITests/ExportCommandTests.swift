import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func exportsClosedRoundsAnonymised() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        // Cells: Acme management 3, Acme execution 3, Globex management 3, Globex execution 2.
        var lines: [String] = []
        for (partner, level, count) in [
            ("Acme", "management", 3), ("Acme", "execution", 3), ("Globex", "management", 3),
            ("Globex", "execution", 2),
        ] {
            for index in 0..<count { lines.append(StoreCLIFixture.line(partner: partner, level: level, index: index)) }
        }
        #expect(try fixture.accord(["import", "--session", id, try fixture.file("a.jsonl", lines)]).status == 0)

        let open = try fixture.accord(["export", "--session", id])
        #expect(open.status == 0 && open.stdout == "\u{FEFF}partner,level,round,question,type,kind,code,label\r\n")
        #expect(open.stderr.contains("--preview"))
        let preview = try fixture.accord(["export", "--session", id, "--preview"])
        #expect(preview.status == 0 && preview.stderr.contains("PREVIEW"))

        #expect(try fixture.accord(["round", "close", "--session", id]).status == 0)
        let csv = try fixture.accord(["export", "--session", id, "--format", "csv"])
        #expect(csv.status == 0)
        let rows = csv.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 11 * 4)  // vision, goal, months, prediction
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[1].isEmpty })
        #expect(csv.stdout.contains("Acme,,1,vision,scale,answer,4,Agree"))
        #expect(csv.stderr.contains("round 1: answers by partner only"))

        let jsonl = try fixture.accord(["export", "--session", id, "--format", "jsonl", "--round", "1"])
        #expect(jsonl.stdout.split(separator: "\n").count == 44)
        let bad = try fixture.accord(["export", "--session", id, "--round", "3"])
        #expect(bad.status != 0 && bad.stderr.contains("no round 3"))
    }

    @Test func aQuestionFewAnsweredInAShownCellIsExportedCoarserAndSaysSo() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        // Every cell has 3 submissions, but only one Globex execution participant gave 'months'.
        var lines: [String] = []
        for (partner, level) in [("Acme", "management"), ("Acme", "execution"), ("Globex", "management")] {
            for index in 0..<3 { lines.append(StoreCLIFixture.line(partner: partner, level: level, index: index)) }
        }
        lines.append(StoreCLIFixture.line(partner: "Globex", level: "execution", index: 7))
        for _ in 0..<2 {
            lines.append(#"{"partner": "Globex", "level": "execution", "answers": {"vision": 2, "goal": "markets"}}"#)
        }
        #expect(try fixture.accord(["import", "--session", id, try fixture.file("a.jsonl", lines)]).status == 0)
        #expect(try fixture.accord(["round", "close", "--session", id]).status == 0)

        let csv = try fixture.accord(["export", "--session", id])
        #expect(csv.status == 0)
        #expect(csv.stderr.contains("round 1: answers by partner and level"))
        #expect(csv.stderr.contains("question 'months': too few real answers, so answers by partner only"))
        let months = csv.stdout.split(separator: "\r\n").filter { $0.contains(",months,") }
        #expect(months.count == 10)
        #expect(months.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[1].isEmpty })
    }
}
