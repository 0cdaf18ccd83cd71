import AccordCore
import AccordStore
import Foundation
import Testing

/// Text entering through an import line (issue 10 cases 4 and 9, issue 18 cases 2 and 3). On
/// SQLite: both backends check and normalise each line with the same `ImportScan`, and
/// `BackendImportTests` holds them to the same refusals word for word.
@Suite struct ImportTextTests {
    static let line =
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#

    func failure(_ lines: [String], in fixture: StoreFixture) throws -> [StoreError.LineProblem] {
        let file = try ImportTests.write(lines, in: fixture)
        do {
            _ = try fixture.store.importSubmissions(session: "s", path: file, name: "answers.jsonl")
        } catch {
            guard case .importFailed(_, let problems, _) = error else { throw error }
            return problems
        }
        Issue.record("the file was imported")
        return []
    }

    @Test func anNFDPartnerNameIsThePartner() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.store.createSession(
            id: "s", snapshot: Data("{}".utf8), workshop: fixture.workshop,
            partners: ["Z\u{FC}rich Logistik", "Globex"])
        let file = try ImportTests.write(
            [
                #"{"partner": "Zu\u0308rich Logistik", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
                "{\"partner\": \"Zu\u{308}rich Logistik\", \"level\": \"execution\", \"answers\": {\"vision\": 2, \"goal\": \"cost\"}}",
            ], in: fixture)
        #expect(try fixture.store.importSubmissions(session: "s", path: file).count == 2)
        var partners: [String] = []
        try fixture.store.forEachSubmission(session: "s", round: 1) { partners.append($0.partner) }
        #expect(partners.map { Array($0.utf8) } == Array(repeating: Array("Z\u{FC}rich Logistik".utf8), count: 2))
        let aggregate = try fixture.store.aggregate(session: "s", round: 1)
        #expect(aggregate.submissions(in: GroupKey(partner: "Z\u{FC}rich Logistik", level: nil)) == 2)
    }

    @Test func aSessionCreatedWithAnNFDNameStoresItInNFC() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let session = try fixture.store.createSession(
            id: "s", snapshot: Data("{}".utf8), workshop: fixture.workshop, partners: ["Zu\u{308}rich", "Globex"])
        #expect(Array(session.partners[0].utf8) == Array("Z\u{FC}rich".utf8))
        try fixture.store.submit(StoreFixture.submission(partner: "Z\u{FC}rich"), session: "s")
        try fixture.store.submit(StoreFixture.submission(partner: "Zu\u{308}rich"), session: "s")
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 2)
        let draft = try fixture.store.startDraft(session: "s", partner: "Zu\u{308}rich", level: .management)
        #expect(Array(draft.partner.utf8) == Array("Z\u{FC}rich".utf8))
    }

    @Test func aMessageQuotingHostileInputIsInert() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let problems = try failure(
            [
                #"{"partner": "Acme\u001b[2J", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
                #"{"partner": "Acme", "level": "boss\u001b]52;c;SGk=\u0007", "answers": {"vision": 4, "goal": "x\u0000y"}}"#,
                #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost", "\u009b2Jk\nz": 1}}"#,
            ], in: fixture)
        #expect(Set(problems.map(\.line)) == [1, 2, 3])
        let text = problems.map(\.description).joined(separator: "|")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains(#"'Acme\u{1B}[2J' is not a partner"#))
        #expect(text.contains(#"\u{1B}]52;c;SGk=\u{7}"#))
        #expect(text.contains(#"'\u{9B}2Jk\nz'"#))
    }

    @Test func aLongValueIsQuotedCut() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let partner = String(repeating: "A", count: 5000)
        let problems = try failure(
            [#"{"partner": "\#(partner)", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#],
            in: fixture)
        #expect(problems.count == 1 && problems[0].message.count < 300 && problems[0].message.contains("A…'"))
    }

    @Test func aGuessAboutAQuestionNeverShownIsRefusedOnItsLine() throws {
        let scale = StoreFixture.agree5
        let workshop = Workshop(
            id: "w", version: "1", title: LocalizedText("W"), scales: [scale],
            sections: [
                Section(
                    id: "main", title: LocalizedText("Main"),
                    questions: [
                        Question(
                            id: "months", kind: .number(NumberRange(min: 0, max: 60)), prompt: LocalizedText("Months?")),
                        Question(
                            id: "invest-more", kind: .scale(scale), prompt: LocalizedText("Invest more?"), predict: true,
                            condition: .greaterThan(question: "months", 12)),
                    ])
            ])
        let fixture = try StoreFixture(workshop: workshop)
        defer { fixture.remove() }
        try fixture.session()
        let problems = try failure(
            [
                #"{"partner": "Acme", "level": "management", "answers": {"months": 24, "invest-more": 3}, "predictions": {"invest-more": 5}}"#,
                #"{"partner": "Acme", "level": "management", "answers": {"months": 6}, "predictions": {"invest-more": 5}}"#,
            ], in: fixture)
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.message.contains("question 'invest-more'") == true)
        #expect(problems.first?.message.contains("takes no prediction") == true)
    }

    @Test func aCommentWithNothingVisibleIsNotStored() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let lines = ["\\u200b", "\\u2060", "\\ufeff", " \\u200b "].map { comment in
            #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost", "comment": "\#(comment)"}}"#
        } + [#"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost", "comment": "real"}}"#]
        #expect(try fixture.store.importSubmissions(session: "s", path: try ImportTests.write(lines, in: fixture)).count == 5)
        var comments: [String] = []
        try fixture.store.forEachSubmission(session: "s", round: 1) { submission in
            if case .text(let text)? = submission.answers["comment"] { comments.append(text) }
        }
        #expect(comments == ["real"])
    }
}
