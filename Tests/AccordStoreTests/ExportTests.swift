import AccordCore
import AccordStore
import Foundation
import Testing

@Suite struct ExportTests {
    /// Submissions per cell: (Acme management, Acme execution, Globex management, Globex execution).
    static func fixture(
        cells: (Int, Int, Int, Int), comment: Bool = false, close: Bool = true, minGroupSize: Int = 3,
        minGroupSizeForText: Int = 5
    ) throws -> StoreFixture {
        let fixture = try StoreFixture(
            workshop: StoreFixture.workshop(minGroupSize: minGroupSize, minGroupSizeForText: minGroupSizeForText))
        try fixture.session()
        let plan: [(String, Level, Int)] = [
            ("Acme", .management, cells.0), ("Acme", .execution, cells.1), ("Globex", .management, cells.2),
            ("Globex", .execution, cells.3),
        ]
        for (partner, level, count) in plan {
            for index in 0..<count {
                try fixture.store.submit(
                    StoreFixture.submission(
                        partner: partner, level: level, vision: 1 + index % 5,
                        comment: comment ? "c-\(partner)-\(level)" : nil),
                    session: "s")
            }
        }
        if close { try fixture.store.closeRound(session: "s") }
        return fixture
    }

    static func export(_ fixture: StoreFixture, format: ExportFormat = .jsonl, round: Int? = nil, preview: Bool = false)
        throws
        -> (String, ExportSummary)
    {
        var output = ""
        let summary = try fixture.store.exportAnswers(session: "s", round: round, preview: preview, format: format) {
            output += $0
        }
        return (output, summary)
    }

    static func rows(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func groupingIsTheFinestWhoseEveryGroupMeetsTheThreshold() {
        func grouping(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ k: Int = 3) -> ExportGrouping {
            ExportGrouping.finest(
                counts: ["A": [.management: a, .execution: b], "B": [.management: c, .execution: d]],
                partners: ["A", "B"],
                threshold: k)
        }
        #expect(grouping(3, 3, 3, 3) == .partnerAndLevel)
        #expect(grouping(3, 3, 3, 2) == .partner)  // one small cell drops the level everywhere
        #expect(grouping(3, 0, 5, 4) == .partner)  // an empty cell counts as small
        #expect(grouping(1, 1, 9, 9) == .level)  // partner A too small: neither partner is shown
        #expect(grouping(1, 0, 1, 1) == .everyone && grouping(1, 0, 1, 0) == .nothing)
        #expect(grouping(5, 5, 5, 4, 5) == .partner)
    }

    @Test func bigEnoughCellsAreExportedByPartnerAndLevelWithoutAnySubmissionId() throws {
        let fixture = try Self.fixture(cells: (3, 3, 3, 3))
        defer { fixture.remove() }
        let (output, summary) = try Self.export(fixture)
        #expect(summary.rounds.map(\.answers) == [.partnerAndLevel])
        let rows = try Self.rows(output)
        // 12 submissions × (vision, goal, vision prediction).
        #expect(rows.count == 36 && summary.rows == 36)
        for row in rows {
            #expect(Set(row.keys) == ["partner", "level", "round", "question", "type", "kind", "code", "label"])
            #expect(row["partner"] is String && row["level"] is String)
        }
        let vision = rows.filter { $0["question"] as? String == "vision" && $0["kind"] as? String == "answer" }
        #expect(vision.count == 12)
        #expect(Set(vision.map { $0["label"] as! String }).isSubset(of: (1...5).map { "point \($0)" }))
    }

    @Test func aSmallCellDropsTheLevelForEveryRow() throws {
        let fixture = try Self.fixture(cells: (3, 3, 3, 2))
        defer { fixture.remove() }
        let (output, summary) = try Self.export(fixture)
        #expect(summary.rounds.map(\.answers) == [.partner])
        let rows = try Self.rows(output)
        #expect(rows.count == 33)
        #expect(rows.allSatisfy { $0["level"] is NSNull && $0["partner"] is String })
        let (csv, _) = try Self.export(fixture, format: .csv)
        #expect(!csv.contains("management") && !csv.contains("execution"))
    }

    @Test func aSmallPartnerHidesBothPartners() throws {
        let fixture = try Self.fixture(cells: (1, 1, 4, 4))
        defer { fixture.remove() }
        let (output, summary) = try Self.export(fixture, format: .csv)
        #expect(summary.rounds.map(\.answers) == [.level])
        #expect(!output.contains("Acme") && !output.contains("Globex"))
        #expect(output.hasPrefix("\u{FEFF}partner,level,round,question,type,kind,code,label\r\n"))
    }

    @Test func aRoundBelowTheThresholdExportsNothing() throws {
        let fixture = try Self.fixture(cells: (1, 0, 1, 0))
        defer { fixture.remove() }
        let (output, summary) = try Self.export(fixture)
        #expect(summary.rounds.map(\.answers) == [.nothing] && output.isEmpty)
    }

    @Test func commentsPerPartnerOrPooledAndOnlyWithEnoughOfThem() throws {
        // Cells of 3: 6 comments from each partner, each reaching minGroupSizeForText (5):
        // exported per partner, never per level.
        let fixture = try Self.fixture(cells: (3, 3, 3, 3), comment: true)
        defer { fixture.remove() }
        let (output, summary) = try Self.export(fixture)
        #expect(summary.rounds.first?.withheldTextQuestions == [])
        #expect(summary.rounds.first?.textByPartnerQuestions == ["comment"])  // what stderr says
        let comments = try Self.rows(output).filter { $0["question"] as? String == "comment" }
        #expect(comments.count == 12)
        #expect(comments.allSatisfy { $0["level"] is NSNull })
        #expect(comments.filter { $0["partner"] as? String == "Acme" }.count == 6)
        #expect(comments.filter { $0["partner"] as? String == "Globex" }.count == 6)

        // Globex wrote 4: pooled for everyone, so no partner's comments can be told apart.
        let pooled = try Self.fixture(cells: (3, 3, 2, 2), comment: true)
        defer { pooled.remove() }
        let (pooledOutput, pooledSummary) = try Self.export(pooled)
        #expect(pooledSummary.rounds.first?.textByPartnerQuestions == [])
        let pooledComments = try Self.rows(pooledOutput).filter { $0["question"] as? String == "comment" }
        #expect(pooledComments.count == 10)
        #expect(pooledComments.allSatisfy { $0["level"] is NSNull && $0["partner"] is NSNull })

        // Four comments among four submissions: below minGroupSizeForText (5), none is exported.
        let small = try Self.fixture(cells: (2, 1, 0, 1), comment: true)
        defer { small.remove() }
        let (smallOutput, smallSummary) = try Self.export(small)
        #expect(
            smallSummary.rounds.first?.answers == .everyone
                && smallSummary.rounds.first?.withheldTextQuestions == ["comment"])
        #expect(!smallOutput.contains("\"comment\"") && !smallOutput.contains("c-Acme"))
    }

    @Test func theCommentThresholdCountsCommentsNotSubmissions() throws {
        // 12 submissions, but only 4 non-blank comments (and 2 blank ones).
        let fixture = try Self.fixture(cells: (3, 3, 3, 3))
        defer { fixture.remove() }
        try fixture.store.openRound(session: "s")
        for index in 0..<12 {
            // Blank by the entry rule: spaces, and a zero-width space stored before that rule.
            let comment = index < 4 ? "idea \(index)" : index == 4 ? "   " : index == 5 ? "\u{200B}" : nil
            try fixture.store.submit(
                StoreFixture.submission(
                    partner: index % 2 == 0 ? "Acme" : "Globex", level: index % 4 < 2 ? .management : .execution,
                    comment: comment), session: "s")
        }
        try fixture.store.closeRound(session: "s")
        let (output, summary) = try Self.export(fixture, round: 2)
        #expect(summary.rounds.first?.withheldTextQuestions == ["comment"])
        #expect(!output.contains("idea"))
    }

    @Test func rowsOfOneSubmissionAreShuffledApart() throws {
        let fixture = try Self.fixture(cells: (10, 10, 10, 10))
        defer { fixture.remove() }
        let rows = try Self.rows(try Self.export(fixture).0)
        // Unshuffled, each submission's three rows come together, so the question sequence
        // repeats with period 3 (every time); shuffled, a row matches the one three later about
        // a third of the time.
        let questions = rows.map { "\($0["question"]!)/\($0["kind"]!)" }
        let repeats = (0..<questions.count - 3).filter { questions[$0] == questions[$0 + 3] }.count
        #expect(Double(repeats) / Double(questions.count - 3) < 0.6)
    }

    @Test func openRoundsOnlyWithPreview() throws {
        let fixture = try Self.fixture(cells: (3, 3, 3, 3), close: false)
        defer { fixture.remove() }
        #expect(try Self.export(fixture).1.rounds.isEmpty)
        #expect(throws: StoreError.self) { try Self.export(fixture, round: 1) }
        #expect(try Self.export(fixture, round: 1, preview: true).1.rows == 36)
        #expect(throws: StoreError.self) { try Self.export(fixture, round: 7, preview: true) }
    }
}
