import AccordCore
import Foundation
import GRDB
import Testing

@testable import AccordStore

/// `anonymity.md` rules 1 and 7, attacked through the raw database file.
@Suite struct StorageAnonymityTests {
    @Test func submissionsHoldNothingButPartnerLevelRoundAndAnswers() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.store.submit(StoreFixture.submission(), session: "s")
        try fixture.raw().read { db in
            let columns = try db.columns(in: "submission").map(\.name)
            #expect(Set(columns) == ["id", "sessionID", "round", "partner", "level", "answers", "predictions"])
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            // agreedAction holds the facilitator's actions, serveSecret the server's secrets,
            // facilitationState where the live workshop is: nothing about participants.
            #expect(
                tables == [
                    "agreedAction", "draft", "facilitationState", "grdb_migrations", "round", "serveSecret", "session",
                    "submission",
                ])
            // No hidden rowid that would count insertions, in any table.
            #expect(throws: DatabaseError.self) { try Row.fetchAll(db, sql: "SELECT rowid FROM serveSecret") }
            #expect(throws: DatabaseError.self) { try Row.fetchAll(db, sql: "SELECT rowid FROM facilitationState") }
            // No hidden rowid that would count insertions.
            #expect(throws: DatabaseError.self) { try Row.fetchAll(db, sql: "SELECT rowid FROM submission") }
            #expect(throws: DatabaseError.self) { try Row.fetchAll(db, sql: "SELECT rowid FROM draft") }
        }
    }

    @Test func insertionOrderCannotBeRecoveredFromTableOrderOrKeys() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let count = 300
        for index in 0..<count {
            try fixture.store.submit(StoreFixture.submission(months: index), session: "s")
        }
        let stored = try fixture.raw().read { db in
            try Row.fetchAll(db, sql: "SELECT id, answers FROM submission").map { row -> (Data, Int) in
                let answers: String = row[1]
                let months = answers.split(separator: "\"months\":")[1].prefix { $0.isNumber }
                return (row[0], Int(months)!)
            }
        }
        #expect(stored.count == count)
        #expect(Set(stored.map(\.0.count)) == [16])
        // Table order (which is key order) against insertion order: a random permutation has a
        // rank correlation near 0 (sd ≈ 0.06 for 300); storage in insertion order gives 1.
        let order = stored.map(\.1)
        #expect(abs(Self.rankCorrelation(order)) < 0.3)
        let byKey = stored.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
        #expect(abs(Self.rankCorrelation(byKey)) < 0.3)
    }

    @Test func noTimeNoHostNoUserIsStored() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        for index in 0..<20 { try fixture.store.submit(StoreFixture.submission(months: index), session: "s") }
        // The live workshop's state holds no time either (the countdown's start stays in memory).
        try fixture.store.setFacilitationState(
            FacilitationState(phaseIndex: 0).revealing(section: 0, round: 1), session: "s")
        let now = Date().timeIntervalSince1970
        try fixture.raw().read { db in
            for table in ["session", "round", "submission", "draft", "facilitationState"] {
                for column in try db.columns(in: table) {
                    #expect(
                        !["time", "date", "created", "updated", "seq", "host", "user", "name"].contains {
                            column.name.lowercased().contains($0)
                        })
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                    for value in row.databaseValues {
                        if let number = Double.fromDatabaseValue(value) {
                            #expect(abs(number - now) > 86_400 && abs(number / 1000 - now) > 86_400)
                        }
                    }
                }
            }
        }
        try fixture.store.checkpoint()
        let bytes = try fixture.fileBytes()
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        #expect(!bytes.contains(today))
        // Random keys are letters and digits, so a short host name turns up in them by chance
        // (seen: "vm" in a 53 KB file); only a name long enough to be recognised is meaningful.
        let host = ProcessInfo.processInfo.hostName
        if host.utf8.count >= 6 { #expect(!bytes.contains(host)) }
    }

    @Test func aDiscardedDraftLeavesNoTraceInTheFile() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        var draft = try fixture.store.startDraft(session: "s", partner: "Acme", level: .execution)
        draft.answers["comment"] = .text("discarded-secret-QX7")
        try fixture.store.saveDraft(draft)
        try fixture.store.checkpoint()
        #expect(try fixture.fileBytes().contains("discarded-secret-QX7"))  // the attack can see it while it lives
        try fixture.store.discardDraft(code: draft.code)
        #expect(try fixture.store.loadDraft(code: draft.code) == nil)
        let bytes = try fixture.fileBytes()
        #expect(!bytes.contains("discarded-secret-QX7"))
        #expect(!bytes.contains(draft.code))
    }

    @Test func aSubmittedDraftLeavesNoCodeAndNoEarlierAnswersInTheFile() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        var draft = try fixture.store.startDraft(session: "s", partner: "Globex", level: .management)
        draft.answers = ["vision": .scale(2), "goal": .choice("cost"), "comment": .text("first-thought-ZK4")]
        try fixture.store.saveDraft(draft)
        try fixture.store.checkpoint()
        #expect(try fixture.fileBytes().contains("first-thought-ZK4"))
        draft.answers["comment"] = .text("final answer")
        try fixture.store.saveDraft(draft)
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 0)  // a draft is not a submission
        try fixture.store.submitDraft(draft)
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 1)
        #expect(try fixture.store.loadDraft(code: draft.code) == nil)
        let bytes = try fixture.fileBytes()
        #expect(!bytes.contains("first-thought-ZK4"))
        #expect(!bytes.contains(draft.code))
        #expect(bytes.contains("final answer"))
    }

    @Test func submissionsCannotBeUpdatedOrDeleted() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.store.submit(StoreFixture.submission(vision: 5), session: "s")
        let raw = try fixture.raw()
        #expect(throws: DatabaseError.self) {
            try raw.write { try $0.execute(sql: "UPDATE submission SET answers = '{}'") }
        }
        #expect(throws: DatabaseError.self) {
            try raw.write { try $0.execute(sql: "UPDATE submission SET partner = 'Globex'") }
        }
        #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "DELETE FROM submission") } }
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 1)
    }

    @Test func aClosedRoundTakesNoSubmissionByAnyRoute() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        var draft = try fixture.store.startDraft(session: "s", partner: "Acme", level: .management)
        draft.answers = ["vision": .scale(3), "goal": .choice("cost")]
        try fixture.store.closeRound(session: "s")
        #expect(throws: StoreError.self) { try fixture.store.submit(StoreFixture.submission(), session: "s") }
        #expect(throws: StoreError.self) { try fixture.store.submit(StoreFixture.submission(round: 1), session: "s") }
        #expect(throws: StoreError.self) { try fixture.store.submitDraft(draft) }
        #expect(throws: DatabaseError.self) {
            try fixture.raw().write { db in
                try db.execute(
                    sql: "INSERT INTO submission VALUES (randomblob(16), 's', 1, 'Acme', 'management', '{}', '{}')")
            }
        }
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 0)
        // The draft survives the refusal: nothing the participant answered is lost.
        #expect(try fixture.store.loadDraft(code: draft.code) != nil)
    }

    @Test func emailsPhonesAndURLsInCommentsAreMaskedBeforeStorage() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.store.submit(
            StoreFixture.submission(comment: "Ask jane.doe@acme.com or +44 20 7946 0958, see https://acme.com/x"),
            session: "s")
        try fixture.store.checkpoint()
        let bytes = try fixture.fileBytes()
        for secret in ["jane.doe@acme.com", "7946", "https://acme.com"] { #expect(!bytes.contains(secret)) }
        var comments: [String] = []
        try fixture.store.forEachSubmission(session: "s", round: 1) { submission in
            if case .text(let text)? = submission.answers["comment"] { comments.append(text) }
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
