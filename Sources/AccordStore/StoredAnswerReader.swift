import AccordCore
import Foundation
import GRDB

/// Reads stored answers (the text `StoredJSON` writes) straight from their UTF-8 bytes into
/// an `AnswerSheet`'s slots by question position: no `JSONValue` tree in between, no
/// dictionary, and option ids taken from the workshop rather than allocated, because a report
/// reads every answer of every submission of a round.
///
/// It reads JSON objects whose keys are the workshop's question ids and whose values fit their
/// question's type. Anything else (a key the workshop does not have, a duplicate key, an
/// answer of the wrong type, malformed text) goes to the general path,
/// `[String: Answer](storedJSON:questions:)`, which accepts or rejects the text exactly as it
/// always did, with the same messages.
struct StoredAnswerReader: Sendable {
    private let questionsByID: [String: Question]
    private let questionIDs: [String]
    private let positions: [String: Int]
    /// Each question's type, by position.
    private let types: [QuestionType]
    /// Each question's option ids as UTF-8 and as the workshop's strings, by position.
    private let optionBytes: [[[UInt8]]]
    private let optionIDs: [[String]]
    /// Question ids as UTF-8 with their positions, in the order stored keys are written
    /// (sorted), so that the next key is found by trying the few after the last one.
    private let sortedKeys: [(id: [UInt8], position: Int)]

    private static let dontKnow = Array(Answer.dontKnowToken.utf8)
    private static let preferNotToSay = Array(Answer.preferNotToSayToken.utf8)

    /// A reader for answers to `workshop`'s questions; positions are `workshop.questions`'.
    init(workshop: Workshop) {
        let questions = workshop.questions
        questionsByID = workshop.questionsByID
        questionIDs = questions.map(\.id)
        var positions: [String: Int] = [:]
        for (position, question) in questions.enumerated() { positions[question.id] = position }
        self.positions = positions
        types = questions.map(\.type)
        optionBytes = questions.map { $0.options.map { Array($0.id.utf8) } }
        optionIDs = questions.map { $0.options.map(\.id) }
        sortedKeys = questions.enumerated().sorted { $0.element.id < $1.element.id }.map {
            (Array($0.element.id.utf8), $0.offset)
        }
    }

    /// The number of slots `read(_:into:)` fills: one per question.
    var questionCount: Int { types.count }

    /// Reads stored answers or predictions into `slots` (one per question, all `nil`).
    func read(_ bytes: UnsafeBufferPointer<UInt8>, into slots: inout [Answer?]) throws {
        if readDirectly(bytes, into: &slots) { return }
        for position in slots.indices { slots[position] = nil }
        let answers = try [String: Answer](
            storedJSON: String(decoding: bytes, as: UTF8.self), questions: questionsByID)
        for (id, answer) in answers {
            // The general path has thrown for any id the workshop does not have.
            if let position = positions[id] { slots[position] = answer }
        }
    }

    /// Reads the stored answers or predictions in `column` of `row` into `slots`.
    func read(_ row: Row, column: Int, into slots: inout [Answer?]) throws {
        try row.withUnsafeData(atIndex: column) { data in
            guard let data else { throw StoreError.database("a stored submission has no answers") }
            try data.withUnsafeBytes { try read($0.bindMemory(to: UInt8.self), into: &slots) }
        }
    }

    /// The answers of `slots` by question id.
    func dictionary(_ slots: [Answer?]) -> [String: Answer] {
        var answers: [String: Answer] = [:]
        for (position, answer) in slots.enumerated() {
            if let answer { answers[questionIDs[position]] = answer }
        }
        return answers
    }

    /// Reads `bytes` without the general path; false (with `slots` partly filled) when the
    /// text is anything but an object of known questions with fitting answers.
    private func readDirectly(_ bytes: UnsafeBufferPointer<UInt8>, into slots: inout [Answer?]) -> Bool {
        var cursor = Cursor(bytes: bytes)
        guard cursor.take(UInt8(ascii: "{")) else { return false }
        if cursor.take(UInt8(ascii: "}")) { return cursor.isAtEnd() }
        var expected = 0
        repeat {
            guard let key = cursor.plainString(), let (position, next) = position(of: key, expected: expected),
                slots[position] == nil, cursor.take(UInt8(ascii: ":")),
                let answer = answer(to: position, at: &cursor)
            else { return false }
            expected = next
            slots[position] = answer
        } while cursor.take(UInt8(ascii: ","))
        return cursor.take(UInt8(ascii: "}")) && cursor.isAtEnd()
    }

    /// The position of the question whose id is `key`, and where in `sortedKeys` the next key
    /// is expected.
    private func position(of key: UnsafeBufferPointer<UInt8>, expected: Int) -> (Int, Int)? {
        // Keys are stored sorted and most questions are answered: the key is almost always
        // the expected one or shortly after it (questions left out are skipped).
        for index in expected..<min(expected + 4, sortedKeys.count) where Self.equal(key, sortedKeys[index].id) {
            return (sortedKeys[index].position, index + 1)
        }
        guard key.allSatisfy({ $0 < 0x80 }), let position = positions[String(decoding: key, as: UTF8.self)] else {
            return nil
        }
        return (position, expected)
    }

    /// The answer at the cursor to the question at `position`, read as `Answer(json:for:)`
    /// would read it; `nil` for anything that reader would reject or that needs its care.
    /// A text answer is as written (escapes decoded), not normalised: stored text already is;
    /// an import normalises it (`DirectImportLine`).
    func answer(to position: Int, at cursor: inout Cursor) -> Answer? {
        let type = types[position]
        if type != .text, cursor.peek() == UInt8(ascii: "\"") {
            guard let string = cursor.plainString() else { return nil }
            if Self.equal(string, Self.dontKnow) { return .dontKnow }
            if Self.equal(string, Self.preferNotToSay) { return .preferNotToSay }
            guard type == .choice, let option = option(string, of: position) else { return nil }
            return .choice(option)
        }
        switch type {
        case .scale:
            guard let (_, integer) = cursor.number(), let integer else { return nil }
            return .scale(integer)
        case .number:
            guard let (literal, integer) = cursor.number() else { return nil }
            if let integer { return .number(integer == 0 && literal[0] == UInt8(ascii: "-") ? -0.0 : Double(integer)) }
            guard let value = Double(String(decoding: literal, as: UTF8.self)), value.isFinite else { return nil }
            return .number(value)
        case .multi, .rank:
            guard cursor.take(UInt8(ascii: "[")) else { return nil }
            var options: [String] = []
            options.reserveCapacity(optionIDs[position].count)
            if !cursor.take(UInt8(ascii: "]")) {
                repeat {
                    guard let string = cursor.plainString(), let option = option(string, of: position) else {
                        return nil
                    }
                    options.append(option)
                } while cursor.take(UInt8(ascii: ","))
                guard cursor.take(UInt8(ascii: "]")) else { return nil }
            }
            return type == .multi ? .multi(options) : .rank(options)
        case .text:
            return cursor.string().map(Answer.text)
        case .yesno:
            if cursor.take(literal: "true") { return .yesno(true) }
            if cursor.take(literal: "false") { return .yesno(false) }
            return nil
        case .choice:
            return nil
        }
    }

    /// The workshop's id of the option of the question at `position` spelt `bytes`.
    private func option(_ bytes: UnsafeBufferPointer<UInt8>, of position: Int) -> String? {
        let options = optionBytes[position]
        for index in options.indices where Self.equal(bytes, options[index]) { return optionIDs[position][index] }
        return nil
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        guard bytes.count == other.count else { return false }
        for index in 0..<bytes.count where bytes[index] != other[index] { return false }
        return true
    }
}

extension StoredAnswerReader {
    /// A position in JSON text; every read skips the white space before what it reads.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// The next byte after white space, not taken.
        mutating func peek() -> UInt8? {
            skipSpaces()
            return index < bytes.count ? bytes[index] : nil
        }

        /// Takes `byte` if it is next.
        mutating func take(_ byte: UInt8) -> Bool {
            guard peek() == byte else { return false }
            index += 1
            return true
        }

        /// Takes `true` or `false` if it is next.
        mutating func take(literal: StaticString) -> Bool {
            skipSpaces()
            let count = literal.utf8CodeUnitCount
            guard bytes.count - index >= count else { return false }
            for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// Whether only white space is left.
        mutating func isAtEnd() -> Bool {
            skipSpaces()
            return index == bytes.count
        }

        /// The bytes of the string next, if it has no escapes and is ASCII (ids and options).
        mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
                }
                guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
                index += 1
            }
            return nil
        }

        /// The string next, escapes decoded, as strict as `JSONReader`: `nil` for a raw control
        /// character, a malformed escape, a lone surrogate or bytes that are not UTF-8.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var start = index
            var isASCII = true
            var decoded: [UInt8] = []  // grows in place, so escapes cost no copies
            var hasEscapes = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let segment = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    index += 1
                    guard hasEscapes else {
                        return isASCII ? String(decoding: segment, as: UTF8.self) : String(validating: segment, as: UTF8.self)
                    }
                    decoded.append(contentsOf: segment)
                    return String(validating: decoded, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") {
                    hasEscapes = true
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    guard JSONEscape.decode(bytes, at: &index, into: &decoded) == nil else { return nil }
                    start = index
                    continue
                }
                guard byte >= 0x20 else { return nil }
                if byte >= 0x80 { isASCII = false }
                index += 1
            }
            return nil
        }

        /// The number next (RFC 8259 grammar), as its text and, when it is an integer of at
        /// most 15 digits, its value (which a `Double` holds exactly).
        mutating func number() -> (literal: UnsafeBufferPointer<UInt8>, integer: Int?)? {
            skipSpaces()
            let start = index
            let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            let digitsStart = index
            var value = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if index - digitsStart < 15 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            let digits = index - digitsStart
            guard digits > 0, digits == 1 || bytes[digitsStart] != UInt8(ascii: "0") else { return nil }
            var isInteger = digits <= 15
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard skipDigits() else { return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard skipDigits() else { return nil }
            }
            return (UnsafeBufferPointer(rebasing: bytes[start..<index]), isInteger ? (negative ? -value : value) : nil)
        }

        /// Skips one or more digits; false when there is none.
        private mutating func skipDigits() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            return index > start
        }

        private mutating func skipSpaces() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
