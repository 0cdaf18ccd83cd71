import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

/// The import's fast path (issue 16): lines read by question position must come out exactly as
/// the general path makes them (same row, same stored bytes), and every line it does not take
/// must be worded by the general path, so refusals stay the same line for line.
@Suite struct ImportFastPathTests {
    static let options = ["a", "b", "c", "d"].map { Option(id: $0, label: LocalizedText("Option \($0)")) }

    /// The store fixture's workshop plus multi, rank and a question shown only on a condition.
    static func workshop() -> Workshop {
        var workshop = StoreFixture.workshop()
        workshop.sections[0].questions += [
            Question(id: "tools", kind: .multi(options, min: 1, max: 2), prompt: LocalizedText("Tools?"), required: false),
            Question(id: "order", kind: .rank(options), prompt: LocalizedText("Order?"), required: false),
            Question(
                id: "why", kind: .text(maxLength: 50), prompt: LocalizedText("Why no trust?"), required: false,
                condition: .equals(question: "trust", .bool(false))),
            Question(
                id: "pace", kind: .scale(StoreFixture.agree5), prompt: LocalizedText("Pace?"), required: false,
                predict: true, allowPreferNotToSay: true),
        ]
        return workshop
    }

    /// The hostile-strings corpus, each string whole.
    static func corpus() throws -> [String] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/hostile-strings.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [String: Any]
        return (object["strings"] as! [[String: Any]]).map { item in
            String(repeating: item["text"] as! String, count: item["repeat"] as? Int ?? 1)
        }
    }

    /// A JSON string literal, written by JSONSerialization (independent of Accord's quoting).
    static func literal(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }

    static let head = #""partner": "Acme", "level": "management""#

    /// Lines the fast path may take, or must leave to the general path: every shape of key, value,
    /// number, string and escape an import line may hold, good and bad.
    static let edgeLines: [String] = [
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}, "predictions": {"vision": 2}}"#,
        #"{"answers":{"goal":"markets","vision":1},"level":"execution","partner":"Globex","round":1}"#,
        #"{\#(head), "round": null, "answers": {"vision": "dont-know", "goal": "cost", "trust": true}}"#,
        #"{\#(head), "round": 1.0, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "round": 0, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "round": 2, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "round": -1, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "round": 1e0, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "round": 1000000000, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "round": "1", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4.0, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4e0, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": -0, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 6, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": 12}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": 12.5}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": -0}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": 1.2e2}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": 1e400}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": 007}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "months": 1001}}"#,
        #"{\#(head), "answers": {"vision": "prefer-not-to-say", "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "dont-know"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "nope"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "c\u006fst"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": ["cost"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "tools": ["a", "c"], "order": ["d", "c", "b", "a"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "tools": []}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "tools": ["a", "b", "c"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "tools": ["a", "a"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "tools": ["a", "z"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "order": ["d", "c", "b"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "order": ["d", "c", "b", "a", "a"]}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "trust": false, "why": "too slow"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "trust": true, "why": "too slow"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "why": "too slow"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "trust": "yes"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "pace": "prefer-not-to-say"}, "predictions": {"pace": 3}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "predictions": {"pace": 3, "vision": "dont-know"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "predictions": {"goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "trust": true}, "predictions": {"why": "x"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "predictions": {"vision": 9}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "predictions": {"nope": 1}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "predictions": []}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "predictions": null}"#,
        #"{\#(head), "answers": {"goal": "cost"}}"#,
        #"{\#(head), "answers": {}}"#,
        #"{\#(head)}"#,
        #"{"partner": "Acme", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": "Initech", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": "acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": "\u0041cme", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": 7, "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": "Acme", "level": "boss", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": "Acme", "level": "Management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"partner": "Acme", "level": "m\u0061nagement", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{"p\u0061rtner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vis\u0069on": 4, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "vision": 3}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "", "comment": "x"}}"#,
        #"{\#(head), "partner": "Acme", "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "answers": {"vision": 4, "goal": "cost"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}, "name": "Jane"}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"}} x"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost"},}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost",}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost""#,
        "\u{FEFF}{\(head), \"answers\": {\"vision\": 4, \"goal\": \"cost\"}}",
        "  {\t\(head) ,\r\"answers\" : { \"vision\" :4 ,\"goal\":\"cost\" } }  \r",
        "{\(head), \"answers\": {\"vision\": 4, \"goal\": \"cost\", \"comment\": \"tab\there\"}}",
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "mail me: jane@example.com"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "  padded  "}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "\u200B"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "a\r\nb\rc"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "Zu\u0308rich \"quoted\" \\ \/"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "\ud83d\ude00 \ud83d"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "bad \x"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "dont-know"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": 5}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "\#(String(repeating: "é", count: 201))"}}"#,
        #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": "\#(String(repeating: "e\u{301}", count: 200))"}}"#,
        #"{\#(head), "answers": [1]}"#,
        #"[1, 2]"#,
        #""just a string""#,
        "{}",
        "",
    ]

    /// Lines built from the corpus: each string as a comment, a partner, a level, an option and a key.
    static func corpusLines() throws -> [String] {
        try corpus().flatMap { text in
            let quoted = literal(text)
            return [
                #"{\#(head), "answers": {"vision": 4, "goal": "cost", "comment": \#(quoted)}}"#,
                #"{"partner": \#(quoted), "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
                #"{"partner": "Acme", "level": \#(quoted), "answers": {"vision": 4, "goal": "cost"}}"#,
                #"{\#(head), "answers": {"vision": 4, "goal": \#(quoted)}}"#,
                #"{\#(head), "answers": {"vision": 4, "goal": "cost", \#(quoted): 1}}"#,
                #"{\#(head), \#(quoted): 1, "answers": {"vision": 4, "goal": "cost"}}"#,
            ]
        }
    }

    static func checkers() throws -> (fast: LineChecker, general: LineChecker, fixture: StoreFixture) {
        let fixture = try StoreFixture(workshop: workshop())
        let session = try fixture.session()
        return (LineChecker(session: session), LineChecker(session: session, fastPath: false), fixture)
    }

    @Test func theHostileCorpusAndEdgeLinesComeOutTheSameByBothPaths() throws {
        let (fast, general, fixture) = try Self.checkers()
        defer { fixture.remove() }
        var taken = 0
        var accepted = 0
        for line in try Self.edgeLines + Self.corpusLines() {
            let bytes = Data(line.utf8)
            #expect(fast.check(line: bytes) == general.check(line: bytes), "\(line)")
            if case .success = general.check(line: bytes) { accepted += 1 }
            if let row = fast.directRow(line: bytes) {
                taken += 1
                #expect(general.check(line: bytes) == .success(row), "\(line)")
            }
        }
        // The fast path really read most good lines (else this compared the general path with itself).
        #expect(taken > 40 && taken * 3 > accepted * 2, "\(taken) of \(accepted)")
    }

    /// Lines the fast path leaves to the general path, which accepts them: escapes in keys and
    /// ids, numbers it does not read exactly, a byte order mark, a partner spelt another way.
    @Test func theFastPathDefersWhatItDoesNotReadExactly() throws {
        let (fast, general, fixture) = try Self.checkers()
        defer { fixture.remove() }
        let deferred = [
            #"{\#(Self.head), "round": 1.0, "answers": {"vision": 4, "goal": "cost"}}"#,
            #"{\#(Self.head), "answers": {"vision": 4.0, "goal": "cost"}}"#,
            #"{\#(Self.head), "answers": {"vision": 4, "goal": "c\u006fst"}}"#,
            #"{"p\u0061rtner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}}"#,
            #"{\#(Self.head), "answers": {"vis\u0069on": 4, "goal": "cost"}}"#,
            #"{"partner": "Acme", "level": "m\u0061nagement", "answers": {"vision": 4, "goal": "cost"}}"#,
            "\u{FEFF}{\(Self.head), \"answers\": {\"vision\": 4, \"goal\": \"cost\"}}",
        ]
        for line in deferred {
            let bytes = Data(line.utf8)
            #expect(fast.directRow(line: bytes) == nil, "\(line)")
            guard case .success(let row) = general.check(line: bytes) else {
                Issue.record("the general path refused \(line)")
                continue
            }
            #expect(fast.check(line: bytes) == .success(row))
        }
        // Every refusal is the general path's: the fast path takes no bad line.
        for line in Self.edgeLines where general.check(line: Data(line.utf8)).isFailure {
            #expect(fast.directRow(line: Data(line.utf8)) == nil, "\(line)")
        }
    }

    /// A file imported by the fast path stores exactly the rows the general path makes of it.
    @Test func theStoredRowsAreTheGeneralPathsByteForByte() throws {
        let (_, general, fixture) = try Self.checkers()
        defer { fixture.remove() }
        var random = SystemRandomNumberGenerator()
        let comments = try Self.corpus().prefix(20) + ["write to jane@example.com", "ok", "  spaced ", "e\u{301}t\u{E9}"]
        var lines: [String] = []
        for index in 0..<400 {
            var answers = [#""vision": \#(Int.random(in: 1...5, using: &random))"#, #""goal": "\#(index % 2 == 0 ? "cost" : "markets")""#]
            if index % 3 == 0 { answers.append(#""comment": \#(Self.literal(comments[index % comments.count]))"#) }
            if index % 4 == 0 { answers.append(#""tools": ["b", "a"]"#) }
            if index % 5 == 0 { answers += [#""trust": false"#, #""why": "slow""#] }
            if index % 7 == 0 { answers.append(#""months": \#(index)"#) }
            answers.shuffle(using: &random)
            lines.append(
                #"{"partner": "\#(index % 2 == 0 ? "Acme" : "Globex")", "level": "execution", "answers": {\#(answers.joined(separator: ","))}, "predictions": {"pace": 2}}"#
            )
        }
        var expected: [String] = []
        for line in lines {
            guard case .success(let row) = general.check(line: Data(line.utf8)) else {
                Issue.record("refused: \(line)")
                return
            }
            expected.append([String(row.round), row.partner, row.level.rawValue, row.answers, row.predictions].joined(separator: "|"))
        }
        try fixture.store.importSubmissions(session: "s", path: try ImportTests.write(lines, in: fixture))
        let stored = try DatabaseQueue(path: fixture.path).read { db in
            try Row.fetchAll(db, sql: "SELECT round, partner, level, answers, predictions FROM submission").map { row in
                [String(row[0] as Int), row[1], row[2], row[3], row[4]].joined(separator: "|")
            }
        }
        #expect(stored.sorted() == expected.sorted())
    }
}

extension Result {
    fileprivate var isFailure: Bool {
        if case .failure = self { true } else { false }
    }
}
