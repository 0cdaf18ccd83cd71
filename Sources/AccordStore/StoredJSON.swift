import AccordCore

/// Writes answers as stored: a compact JSON object keyed by question id, keys sorted, values in
/// the import format. The same text as `JSONValue.serialized` of their `jsonValue`s, written
/// straight to UTF-8 bytes because an import writes millions of them.
enum StoredJSON {
    /// The stored text of `answers`.
    static func encode(_ answers: [String: Answer]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(16 + answers.count * 24)
        out.append(UInt8(ascii: "{"))
        for (index, key) in answers.keys.sorted().enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(key, to: &out)
            out.append(UInt8(ascii: ":"))
            write(answers[key]!, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The order in which stored keys are written for a workshop's questions, worked out once:
    /// sorted by id (as `encode(_:)` sorts them), each key already written with its colon.
    struct Layout: Sendable {
        /// Question positions, by id.
        let order: [Int]
        /// By position: the question id as a JSON string followed by `:`.
        let keys: [[UInt8]]

        /// The layout of `questions` (a workshop's, in asking order).
        init(questions: [Question]) {
            order = questions.indices.sorted { questions[$0].id < questions[$1].id }
            keys = questions.map { question in
                var key: [UInt8] = []
                JSONString.append(question.id, to: &key)
                key.append(UInt8(ascii: ":"))
                return key
            }
        }
    }

    /// The stored text of answers laid out by position (`nil` for none): the same text as
    /// `encode(_:)` of the same answers by id, with no sorting per row.
    static func encode(_ slots: [Answer?], layout: Layout) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(16 + slots.count * 24)
        out.append(UInt8(ascii: "{"))
        var first = true
        for position in layout.order {
            guard let answer = slots[position] else { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(contentsOf: layout.keys[position])
            write(answer, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ answer: Answer, to out: inout [UInt8]) {
        switch answer {
        case .scale(let value): out.append(contentsOf: String(value).utf8)
        case .number(let value): out.append(contentsOf: JSONValue.number(value).serialized.utf8)
        case .choice(let text), .text(let text): write(text, to: &out)
        case .multi(let options), .rank(let options):
            out.append(UInt8(ascii: "["))
            for (index, option) in options.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(option, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .yesno(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .dontKnow: write(Answer.dontKnowToken, to: &out)
        case .preferNotToSay: write(Answer.preferNotToSayToken, to: &out)
        }
    }

    private static func write(_ text: String, to out: inout [UInt8]) {
        JSONString.append(text, to: &out)
    }
}
