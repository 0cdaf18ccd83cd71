import AccordCore
import Foundation
import Testing

@testable import AccordStore

/// `anonymity.md` rules 1 and 7, attacked through the raw database on every backend: what a
/// database administrator (or whoever holds the SQLite file) can read (docs/storage.md,
/// docs/deploying.md).
@Suite struct StorageAnonymityTests {
    @Test(arguments: Backend.all)
    func submissionsHoldNothingButPartnerLevelRoundAndAnswers(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.submitLive(StoreFixture.submission(comment: "answer-marker-JX3"))
        let server = try await fixture.server()
        let draft = try await fixture.savedDraft(on: server, answers: ["comment": .text("draft-marker-KP8")])
        try await server.setFacilitationState(FacilitationState(phaseIndex: 0).revealing(section: 0, round: 1), session: "s")
        await BackendFixture.close(server)
        let columns = try await fixture.columns()
        let submission = Set(columns.filter { $0.table == "submission" }.map { $0.column.replacingOccurrences(of: "_", with: "") })
        #expect(submission == ["id", "sessionid", "round", "partner", "level", "answers", "predictions"])
        // Every table, as the database lists them: answers are in submissions only, a draft's
        // in drafts only; the others hold the facilitator's content and the server's secrets.
        #expect(try await fixture.tablesHolding("answer-marker-JX3") == ["submission"])
        #expect(try await fixture.tablesHolding("draft-marker-KP8") == ["draft"])
        #expect(try await fixture.tablesHolding(draft.code) == ["draft"])
        for column in columns where !["grdb_migrations", "accord_migration"].contains(column.table) {
            #expect(!column.type.contains("time") && !column.type.contains("date"), "\(column)")
            #expect(
                !["time", "date", "created", "updated", "seq", "host", "user", "name"].contains {
                    column.column.contains($0)
                }, "\(column)")
        }
        // No sequence, identity column or rowid that would count insertions, in any table.
        #expect(try await fixture.counters() == [])
    }

    /// Live submissions (each its own transaction) and an import, then the round closes. The
    /// keys never tell the order of arrival; the rows' order in storage does not either: on
    /// SQLite at any time (the table is in key order), on PostgreSQL once the round is closed
    /// (`xmin` and `ctid` follow arrival while it is open, as docs/deploying.md says).
    @Test(arguments: Backend.all)
    func insertionOrderCannotBeRecoveredFromTableOrderOrKeys(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let count = 300
        for index in 0..<count / 2 { try await fixture.submitLive(StoreFixture.submission(months: index)) }
        try await fixture.submit((count / 2..<count).map { StoreFixture.submission(months: $0) })
        func arrival(_ rows: [(key: String, answers: String)]) -> [Int] {
            rows.map { Int($0.answers.split(separator: "\"months\":")[1].prefix { $0.isNumber })! }
        }
        let open = try await fixture.storageOrder()
        #expect(open.rows.count == count)
        #expect(Set(open.rows.map(\.key.count)) == [32], "16 random bytes")
        let byKey = open.rows.sorted { $0.key < $1.key }
        // A random permutation has a rank correlation near 0 (sd ≈ 0.06 for 300); insertion order gives 1.
        #expect(abs(Self.rankCorrelation(arrival(byKey))) < 0.3)
        switch backend {
        case .sqlite: #expect(open.rows.map(\.key) == byKey.map(\.key), "table order is key order")
        case .postgres: #expect(open.transactions == count / 2 + 1, "each live submission and the import")
        }
        try await fixture.store.closeRound(session: "s")
        let (rows, transactions) = try await fixture.storageOrder()
        #expect(rows.map(\.key) == byKey.map(\.key), "rows lie in key order, none lost")
        #expect(abs(Self.rankCorrelation(arrival(rows))) < 0.3)
        if backend == .postgres { #expect(transactions == 1, "every row carries the closing transaction") }
        // Nor do the stored bytes: one copy of each row is left (no older version where it
        // first lay), and where the copies lie does not follow arrival either.
        let bytes = try await fixture.storedBytes()
        var offsets: [Int] = []
        for months in 0..<count {
            let marker = Data("\"months\":\(months),".utf8)
            var found: [Int] = []
            var from = bytes.startIndex
            while let range = bytes.range(of: marker, in: from..<bytes.endIndex) {
                found.append(range.lowerBound)
                from = range.upperBound
            }
            #expect(found.count == 1, "copies of submission \(months)")
            offsets.append(found.first ?? 0)
        }
        #expect(abs(Self.rankCorrelation((0..<count).sorted { offsets[$0] < offsets[$1] })) < 0.3)
    }

    @Test(arguments: Backend.all)
    func noTimeNoHostNoUserIsStored(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        for index in 0..<20 { try await fixture.submitLive(StoreFixture.submission(months: index)) }
        let server = try await fixture.server()
        _ = try await fixture.savedDraft(on: server, answers: ["vision": .scale(2)])
        // The live workshop's state holds no time either (the countdown's start stays in memory).
        try await server.setFacilitationState(FacilitationState(phaseIndex: 0).revealing(section: 0, round: 1), session: "s")
        await BackendFixture.close(server)
        let now = Date().timeIntervalSince1970
        for table in try await fixture.tables() {
            for row in try await fixture.dump(table) {
                for number in row.components(separatedBy: " | ").compactMap(Double.init) {
                    #expect(abs(number - now) > 86_400 && abs(number / 1000 - now) > 86_400, "\(table): \(row)")
                }
            }
        }
        let bytes = try await fixture.storedBytes()
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        #expect(!bytes.contains(today))
        // Random keys are letters and digits, so a short host name turns up in them by chance
        // (seen: "vm" in a 53 KB file); only a name long enough to be recognised is meaningful.
        let host = ProcessInfo.processInfo.hostName
        if host.utf8.count >= 6 { #expect(!bytes.contains(host)) }
    }

    /// On SQLite nothing of the draft is left in the file's bytes (`secure_delete`, the log
    /// truncated). PostgreSQL does not overwrite deleted rows: their bytes stay in the pages
    /// until reused (docs/deploying.md says so); what holds there is that no row of any table
    /// keeps them.
    @Test(arguments: Backend.all)
    func aDiscardedDraftLeavesNoTrace(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        let draft = try await fixture.savedDraft(
            on: server, partner: "Acme", level: .execution, answers: ["comment": .text("discarded-secret-QX7")])
        #expect(try await fixture.storedBytes().contains("discarded-secret-QX7"))  // the attack can see it while it lives
        try await server.discardDraft(code: draft.code)
        #expect(try await server.loadDraft(code: draft.code) == nil)
        await BackendFixture.close(server)
        #expect(try await fixture.tablesHolding("discarded-secret-QX7") == [])
        #expect(try await fixture.tablesHolding(draft.code) == [])
        if backend == .sqlite {
            let bytes = try await fixture.storedBytes()
            #expect(!bytes.contains("discarded-secret-QX7"))
            #expect(!bytes.contains(draft.code))
        }
    }

    /// As `aDiscardedDraftLeavesNoTrace`, for a draft submitted after a change of mind.
    @Test(arguments: Backend.all)
    func aSubmittedDraftLeavesNoCodeAndNoEarlierAnswers(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        var draft = try await fixture.savedDraft(
            on: server, partner: "Globex",
            answers: ["vision": .scale(2), "goal": .choice("cost"), "comment": .text("first-thought-ZK4")])
        #expect(try await fixture.storedBytes().contains("first-thought-ZK4"))
        draft.answers["comment"] = .text("final answer")
        try await server.saveDraft(draft)
        #expect(try await fixture.submissionCount() == 0)  // a draft is not a submission
        try await server.submitDraft(draft)
        #expect(try await fixture.submissionCount() == 1)
        #expect(try await server.loadDraft(code: draft.code) == nil)
        await BackendFixture.close(server)
        #expect(try await fixture.tablesHolding("first-thought-ZK4") == [])
        #expect(try await fixture.tablesHolding(draft.code) == [])
        #expect(try await fixture.tablesHolding("final answer") == ["submission"])
        if backend == .sqlite {
            let bytes = try await fixture.storedBytes()
            #expect(!bytes.contains("first-thought-ZK4"))
            #expect(!bytes.contains(draft.code))
            #expect(bytes.contains("final answer"))
        }
    }

    @Test(arguments: Backend.all)
    func submissionsCannotBeUpdatedOrDeleted(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.submitLive(StoreFixture.submission(vision: 5))
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("UPDATE submission SET answers = '{}'") }
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("UPDATE submission SET partner = 'Globex'") }
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("DELETE FROM submission") }
        #expect(try await fixture.submissionCount() == 1)
    }

    @Test(arguments: Backend.all)
    func aClosedRoundTakesNoSubmissionByAnyRoute(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        let draft = try await fixture.savedDraft(on: server, answers: ["vision": .scale(3), "goal": .choice("cost")])
        try await fixture.store.closeRound(session: "s")
        await #expect(throws: StoreError.self) { try await fixture.submitLive(StoreFixture.submission()) }
        await #expect(throws: StoreError.self) { try await fixture.submitLive(StoreFixture.submission(round: 1)) }
        await #expect(throws: StoreError.self) { try await server.submitDraft(draft) }
        await #expect(throws: StoreError.self) { try await fixture.importLines([BackendFixture.line()]) }
        let (key, reopen) =
            backend == .sqlite
            ? ("randomblob(16)", "UPDATE round SET isOpen = 1") : ("decode(md5(random()::text), 'hex')", "UPDATE round SET is_open = true")
        await #expect(throws: (any Error).self) {
            _ = try await fixture.raw("INSERT INTO submission VALUES (\(key), 's', 1, 'Acme', 'management', '{}', '{}')")
        }
        await #expect(throws: (any Error).self) { _ = try await fixture.raw(reopen) }
        #expect(try await fixture.submissionCount() == 0)
        // The draft survives the refusal: nothing the participant answered is lost.
        #expect(try await server.loadDraft(code: draft.code) != nil)
        await BackendFixture.close(server)
    }

    @Test(arguments: Backend.all)
    func emailsPhonesAndURLsInCommentsAreMaskedBeforeStorage(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.submitLive(
            StoreFixture.submission(comment: "Ask jane.doe@acme.com or +44 20 7946 0958, see https://acme.com/x"))
        let bytes = try await fixture.storedBytes()
        for secret in ["jane.doe@acme.com", "7946", "https://acme.com"] { #expect(!bytes.contains(secret)) }
        var comments: [String] = []
        try await fixture.store.forEachStoredSubmission(session: "s", round: 1) { row in
            let answers = try [String: Answer](storedJSON: row.answers, workshop: fixture.workshop)
            if case .text(let text)? = answers["comment"] { comments.append(text) }
        }
        #expect(comments == ["Ask [email] or [phone], see [link]"])
    }

    /// Spearman's rank correlation of `values` against their positions.
    static func rankCorrelation(_ values: [Int]) -> Double {
        let n = Double(values.count)
        let ranks = values.enumerated().sorted { $0.element < $1.element }.map(\.offset)
        var sumSquares = 0.0
        for (rank, position) in ranks.enumerated() { sumSquares += Double((rank - position) * (rank - position)) }
        return 1 - 6 * sumSquares / (n * (n * n - 1))
    }
}

@Suite struct TextMaskingTests {
    @Test(arguments: [
        "Ask jane@acme.com", "see www.acme", "http://localhost", "ftp://x", "visit ACME.COM today", "acme.io/path",
        "call 555 1234 567", "+44 20 7946 0958", "(030) 123-4567", "e.g. this", "We agree. Mostly.",
        "in 2026, 12 months",
        "a.b", "plain words", "1.5 million", "x://y",
    ])
    func theQuickCheckNeverSkipsWhatMaskingWouldChange(_ text: String) {
        if CommentMasking.mask(text) != text { #expect(CommentMasking.mightChange(text)) }
        #expect(TextMasking.masked(["comment": .text(text)])["comment"] == .text(CommentMasking.mask(text)))
    }
}
