import AccordCore
import AccordStore
import Foundation
import Testing

@Suite struct ExportTests {
    /// Submissions per cell: (Acme management, Acme execution, Globex management, Globex execution),
    /// on `backend`.
    static func fixture(
        _ backend: Backend, cells: (Int, Int, Int, Int), comment: Bool = false, close: Bool = true,
        minGroupSize: Int = 3, minGroupSizeForText: Int = 5
    ) async throws -> BackendFixture {
        let fixture = try await BackendFixture(
            backend,
            workshop: StoreFixture.workshop(minGroupSize: minGroupSize, minGroupSizeForText: minGroupSizeForText))
        try await fixture.session()
        let plan: [(String, Level, Int)] = [
            ("Acme", .management, cells.0), ("Acme", .execution, cells.1), ("Globex", .management, cells.2),
            ("Globex", .execution, cells.3),
        ]
        var submissions: [Submission] = []
        for (partner, level, count) in plan {
            for index in 0..<count {
                submissions.append(
                    StoreFixture.submission(
                        partner: partner, level: level, vision: 1 + index % 5,
                        comment: comment ? "c-\(partner)-\(level)" : nil))
            }
        }
        try await fixture.submit(submissions)
        if close { try await fixture.store.closeRound(session: "s") }
        return fixture
    }

    static func export(
        _ fixture: BackendFixture, format: ExportFormat = .jsonl, round: Int? = nil, preview: Bool = false
    ) async throws -> (String, ExportSummary) {
        var output = ""
        let summary = try await fixture.store.exportAnswers(
            session: "s", round: round, preview: preview, format: format
        ) { output += $0 }
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

    @Test(arguments: Backend.all)
    func bigEnoughCellsAreExportedByPartnerAndLevelWithoutAnySubmissionId(_ backend: Backend) async throws {
        let fixture = try await Self.fixture(backend, cells: (3, 3, 3, 3))
        defer { fixture.remove() }
        let (output, summary) = try await Self.export(fixture)
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

    @Test(arguments: Backend.all)
    func aSmallCellDropsTheLevelForEveryRow(_ backend: Backend) async throws {
        let fixture = try await Self.fixture(backend, cells: (3, 3, 3, 2))
        defer { fixture.remove() }
        let (output, summary) = try await Self.export(fixture)
        #expect(summary.rounds.map(\.answers) == [.partner])
        let rows = try Self.rows(output)
        #expect(rows.count == 33)
        #expect(rows.allSatisfy { $0["level"] is NSNull && $0["partner"] is String })
        let (csv, _) = try await Self.export(fixture, format: .csv)
        #expect(!csv.contains("management") && !csv.contains("execution"))
    }

    @Test(arguments: Backend.all)
    func aSmallPartnerHidesBothPartners(_ backend: Backend) async throws {
        let fixture = try await Self.fixture(backend, cells: (1, 1, 4, 4))
        defer { fixture.remove() }
        let (output, summary) = try await Self.export(fixture, format: .csv)
        #expect(summary.rounds.map(\.answers) == [.level])
        #expect(!output.contains("Acme") && !output.contains("Globex"))
        #expect(output.hasPrefix("\u{FEFF}partner,level,round,question,type,kind,code,label\r\n"))
    }

    @Test(arguments: Backend.all)
    func aRoundBelowTheThresholdExportsNothing(_ backend: Backend) async throws {
        let fixture = try await Self.fixture(backend, cells: (1, 0, 1, 0))
        defer { fixture.remove() }
        let (output, summary) = try await Self.export(fixture)
        #expect(summary.rounds.map(\.answers) == [.nothing] && output.isEmpty)
    }

    @Test(arguments: Backend.all)
    func commentsPerPartnerOrPooledAndOnlyWithEnoughOfThem(_ backend: Backend) async throws {
        // Cells of 3: 6 comments from each partner, each reaching minGroupSizeForText (5):
        // exported per partner, never per level.
        let fixture = try await Self.fixture(backend, cells: (3, 3, 3, 3), comment: true)
        defer { fixture.remove() }
        let (output, summary) = try await Self.export(fixture)
        #expect(summary.rounds.first?.withheldTextQuestions == [])
        #expect(summary.rounds.first?.textByPartnerQuestions == ["comment"])  // what stderr says
        let comments = try Self.rows(output).filter { $0["question"] as? String == "comment" }
        #expect(comments.count == 12)
        #expect(comments.allSatisfy { $0["level"] is NSNull })
        #expect(comments.filter { $0["partner"] as? String == "Acme" }.count == 6)
        #expect(comments.filter { $0["partner"] as? String == "Globex" }.count == 6)

        // Globex wrote 4: pooled for everyone, so no partner's comments can be told apart.
        let pooled = try await Self.fixture(backend, cells: (3, 3, 2, 2), comment: true)
        defer { pooled.remove() }
        let (pooledOutput, pooledSummary) = try await Self.export(pooled)
        #expect(pooledSummary.rounds.first?.textByPartnerQuestions == [])
        let pooledComments = try Self.rows(pooledOutput).filter { $0["question"] as? String == "comment" }
        #expect(pooledComments.count == 10)
        #expect(pooledComments.allSatisfy { $0["level"] is NSNull && $0["partner"] is NSNull })

        // Four comments among four submissions: below minGroupSizeForText (5), none is exported.
        let small = try await Self.fixture(backend, cells: (2, 1, 0, 1), comment: true)
        defer { small.remove() }
        let (smallOutput, smallSummary) = try await Self.export(small)
        #expect(
            smallSummary.rounds.first?.answers == .everyone
                && smallSummary.rounds.first?.withheldTextQuestions == ["comment"])
        #expect(!smallOutput.contains("\"comment\"") && !smallOutput.contains("c-Acme"))
    }

    @Test(arguments: Backend.all)
    func theCommentThresholdCountsCommentsNotSubmissions(_ backend: Backend) async throws {
        // 12 submissions, but only 4 non-blank comments (and 2 blank ones).
        let fixture = try await Self.fixture(backend, cells: (3, 3, 3, 3))
        defer { fixture.remove() }
        try await fixture.store.openRound(session: "s")
        try await fixture.submit(
            (0..<12).map { index in
                // Blank by the entry rule: spaces, and a zero-width space stored before that rule.
                let comment = index < 4 ? "idea \(index)" : index == 4 ? "   " : index == 5 ? "\u{200B}" : nil
                return StoreFixture.submission(
                    partner: index % 2 == 0 ? "Acme" : "Globex", level: index % 4 < 2 ? .management : .execution,
                    comment: comment)
            })
        try await fixture.store.closeRound(session: "s")
        let (output, summary) = try await Self.export(fixture, round: 2)
        #expect(summary.rounds.first?.withheldTextQuestions == ["comment"])
        #expect(!output.contains("idea"))
    }

    @Test(arguments: Backend.all)
    func rowsOfOneSubmissionAreShuffledApart(_ backend: Backend) async throws {
        let fixture = try await Self.fixture(backend, cells: (10, 10, 10, 10))
        defer { fixture.remove() }
        let rows = try Self.rows(try await Self.export(fixture).0)
        // Unshuffled, each submission's three rows come together, so the question sequence
        // repeats with period 3 (every time); shuffled, a row matches the one three later about
        // a third of the time.
        let questions = rows.map { "\($0["question"]!)/\($0["kind"]!)" }
        let repeats = (0..<questions.count - 3).filter { questions[$0] == questions[$0 + 3] }.count
        #expect(Double(repeats) / Double(questions.count - 3) < 0.6)
    }

    @Test(arguments: Backend.all)
    func openRoundsOnlyWithPreview(_ backend: Backend) async throws {
        let fixture = try await Self.fixture(backend, cells: (3, 3, 3, 3), close: false)
        defer { fixture.remove() }
        #expect(try await Self.export(fixture).1.rounds.isEmpty)
        await #expect(throws: StoreError.self) { try await Self.export(fixture, round: 1) }
        #expect(try await Self.export(fixture, round: 1, preview: true).1.rows == 36)
        await #expect(throws: StoreError.self) { try await Self.export(fixture, round: 7, preview: true) }
    }
}
