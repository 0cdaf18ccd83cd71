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
