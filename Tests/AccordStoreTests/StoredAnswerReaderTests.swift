import AccordCore
import Foundation
import Testing

@testable import AccordStore

/// The direct reader of stored answers must read exactly what the general JSON path reads,
/// and refuse exactly what it refuses, with the same message.
@Suite struct StoredAnswerReaderTests {
    static let options = ["a", "b", "c"].map { Option(id: $0, label: LocalizedText($0)) }

    static let workshop = Workshop(
        id: "reader", version: "1", title: LocalizedText("Reader"), scales: [StoreFixture.agree5],
        sections: [
            Section(
                id: "main", title: LocalizedText("Main"),
                questions: [
                    Question(id: "vision", kind: .scale(StoreFixture.agree5), prompt: LocalizedText("v"), allowDontKnow: true),
                    Question(id: "goal", kind: .choice(options), prompt: LocalizedText("g"), allowPreferNotToSay: true),
                    Question(id: "kpis", kind: .multi(options, min: 0, max: 3), prompt: LocalizedText("k")),
                    Question(id: "order", kind: .rank(options), prompt: LocalizedText("o")),
                    Question(id: "months", kind: .number(NumberRange()), prompt: LocalizedText("m")),
                    Question(id: "trust", kind: .yesno, prompt: LocalizedText("t")),
                    Question(id: "comment", kind: .text(maxLength: 500), prompt: LocalizedText("c")),
                ])
        ])

    /// Answers read, or why not.
    enum Outcome: Equatable {
        case answers([String: Answer])
        case refused(String)
    }

    /// What the reader makes of `text`.
    static func direct(_ text: String) -> Outcome {
        let reader = StoredAnswerReader(workshop: workshop)
        var slots = [Answer?](repeating: nil, count: reader.questionCount)
        var bytes = Array(text.utf8)
        do {
            try bytes.withUnsafeMutableBufferPointer { try reader.read(UnsafeBufferPointer($0), into: &slots) }
            return .answers(reader.dictionary(slots))
        } catch {
            return .refused(error.localizedDescription)
        }
    }

    /// What the general path makes of `text`.
    static func general(_ text: String) -> Outcome {
        do {
            return .answers(try [String: Answer](storedJSON: text, workshop: workshop))
        } catch {
            return .refused(error.localizedDescription)
        }
    }

    static let written: [[String: Answer]] = [
        ["vision": .scale(4), "goal": .choice("b"), "kpis": .multi(["c", "a"]), "order": .rank(["b", "c", "a"]),
         "months": .number(12), "trust": .yesno(true), "comment": .text("plain words")],
        ["vision": .dontKnow, "goal": .preferNotToSay, "kpis": .multi([]), "months": .number(-0.0), "trust": .yesno(false)],
        ["months": .number(12.5), "comment": .text("a \"quote\" \\ <b>\n\t\u{01} é 😀 ’")],
        ["months": .number(-3), "comment": .text("dont-know")],
        ["months": .number(1e300), "vision": .scale(1)],
        ["months": .number(123_456_789_012_345_680)],
        [:],
    ]

    @Test(arguments: written)
    func readsWhatStoredJSONWrites(_ answers: [String: Answer]) {
        let text = StoredJSON.encode(answers)
        #expect(Self.direct(text) == .answers(answers))
        #expect(Self.direct(text) == Self.general(text))
    }

    @Test(arguments: [
        // Other spellings of good answers.
        #" { "vision" : 4 , "goal":"a" , "kpis" : [ "a" , "b" ] } "#, #"{"comment":"\u00e9\ud83d\ude00\/"}"#,
        #"{"months":1E2,"vision":-0}"#, #"{"months":0.5e-3}"#, #"{"trust":false,"months":5}"#,
        #"{"goal":"dont-know"}"#,
        // What the general path refuses, each with its message.
        #"{"nope":1}"#, #"{"vision":4,"vision":5}"#, #"{"vision":"4"}"#, #"{"vision":4.5}"#, #"{"vision":1e20}"#,
        #"{"goal":"zzz"}"#, #"{"goal":1}"#, #"{"kpis":["a",1]}"#, #"{"kpis":"a"}"#, #"{"trust":"yes"}"#,
        #"{"comment":4}"#, #"{"comment":"\ud83d"}"#, #"{"comment":"\udc00"}"#, #"{"comment":"\x"}"#,
        "{\"comment\":\"raw\ncontrol\"}", #"{"months":01}"#, #"{"months":-}"#, #"{"months":1.}"#, #"{"vision":4"#,
        #"{"vision":4}x"#, #"{"vision":4,}"#, #"[1]"#, "", #"{"vision":true}"#, #"{"trust":tru}"#,
    ])
    func agreesWithTheGeneralPath(_ text: String) {
        #expect(Self.direct(text) == Self.general(text))
    }

    /// SQLite hands back whatever bytes were stored; as a `String` always did, the reader
    /// repairs what is not UTF-8 rather than losing the submission.
    @Test func readsBytesThatAreNotUTF8AsAStringAlwaysDid() throws {
        let reader = StoredAnswerReader(workshop: Self.workshop)
        var slots = [Answer?](repeating: nil, count: reader.questionCount)
        let bytes: [UInt8] = Array(#"{"comment":"a"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        try bytes.withUnsafeBufferPointer { try reader.read($0, into: &slots) }
        #expect(reader.dictionary(slots) == ["comment": .text("a\u{FFFD}")])
    }
}

/// `aggregate(session:round:)` counts a round on every core exactly as one aggregator fed
/// each stored submission does.
@Suite struct RoundAggregationTests {
    @Test func countsExactlyWhatEverySubmissionAdds() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        // Enough rows for several batches, each split between the cores.
        let lines = (0..<9000).map { index in
            let vision = index % 7 == 0 ? #""dont-know""# : "\(1 + index % 5)"
            let months = index % 4 == 0 ? "" : #", "months": \#(index % 13)"#
            let comment = index % 3 == 0 ? #", "comment": "row \#(index)""# : ""
            return #"{"partner": "\#(index % 3 == 0 ? "Globex" : "Acme")", "level": "\#(index % 2 == 0 ? "management" : "execution")", "answers": {"vision": \#(vision), "goal": "\#(index % 5 == 0 ? "cost" : "markets")"\#(months)\#(comment), "trust": \#(index % 2 == 0)}, "predictions": {"vision": \#(1 + index % 3)}}"#
        }
        try fixture.store.importSubmissions(session: "s", path: try ImportTests.write(lines, in: fixture))
        let aggregate = try fixture.store.aggregate(session: "s", round: 1)
        // One aggregator fed every submission in the store's order, seeded as the store seeds.
        var aggregator = Aggregator(
            workshop: fixture.workshop, partners: ["Acme", "Globex"], commentSeed: CommentReservoir.seed(session: "s", round: 1))
        try fixture.store.forEachSubmission(session: "s", round: 1) { try aggregator.add($0) }
        let expected = aggregator.finish()
        for group in [GroupKey.everyone, GroupKey(partner: "Acme", level: .management), GroupKey(partner: "Globex")] {
            #expect(aggregate.submissions(in: group) == expected.submissions(in: group))
            for question in fixture.workshop.questions {
                #expect(aggregate.tally(question.id, in: group) == expected.tally(question.id, in: group))
                #expect(
                    aggregate.tally(question.id, in: group, predictions: true)
                        == expected.tally(question.id, in: group, predictions: true))
            }
            // The comment sample too: split between cores and batches, it is the one pass's sample.
            let sample = aggregate.comments("comment", in: group), reference = expected.comments("comment", in: group)
            #expect(sample.total == reference.total && sample.texts.sorted() == reference.texts.sorted())
        }
        let everyone = aggregate.comments("comment", in: .everyone)
        #expect(aggregate.submissions(in: .everyone) == 9000 && everyone.total == 3000)
        #expect(everyone.texts.count == CommentReservoir.defaultLimit && Set(everyone.texts).count == everyone.texts.count)
        #expect(aggregate.tally("months", in: .everyone)?.numbers.count == 13)
    }

    /// A report format that prints no comments (CSV) counts the round without keeping their
    /// texts: every count is the same, the comments are counted, none is held.
    @Test func withoutTextsEveryCountIsTheSameAndNoCommentIsKept() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let lines = (0..<600).map { index in
            let comment = index % 3 == 0 ? #", "comment": "row \#(index)""# : ""
            return #"{"partner": "\#(index % 3 == 0 ? "Globex" : "Acme")", "level": "management", "answers": {"vision": \#(1 + index % 5), "goal": "cost", "trust": true\#(comment)}}"#
        }
        try fixture.store.importSubmissions(session: "s", path: try ImportTests.write(lines, in: fixture))
        let full = try fixture.store.aggregate(session: "s", round: 1)
        let counts = try fixture.store.aggregate(session: "s", round: 1, keepingTexts: false)
        for group in [GroupKey.everyone, GroupKey(partner: "Acme"), GroupKey(partner: "Globex", level: .management)] {
            for question in fixture.workshop.questions {
                #expect(counts.tally(question.id, in: group) == full.tally(question.id, in: group))
            }
            #expect(counts.comments("comment", in: group).texts.isEmpty)
            #expect(counts.comments("comment", in: group).total == full.comments("comment", in: group).total)
        }
        #expect(full.comments("comment", in: .everyone).texts.count == 200)
        #expect(counts.tally("comment", in: .everyone)?.answered == 200)
    }

    @Test func aStoredAnswerThatDoesNotFitIsAnErrorNotAShortCount() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.store.submit(StoreFixture.submission(), session: "s")
        try fixture.raw().write { db in
            try db.execute(sql: "DROP TRIGGER submission_appendOnlyUpdate")
            try db.execute(sql: #"UPDATE submission SET answers = '{"vision":4,"goal":"partners"}'"#)
        }
        #expect {
            try fixture.store.aggregate(session: "s", round: 1)
        } throws: { error in
            (error as? StoreError)?.errorDescription?.contains("question 'goal'") == true
        }
    }
}
