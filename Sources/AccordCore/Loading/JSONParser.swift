/// The recursive-descent parser behind `JSONReader`, over a borrowed buffer of UTF-8 bytes.
///
/// Lines are counted while skipping whitespace (a JSON line break can only appear there);
/// columns are counted lazily from the last computed position, so the cost stays linear.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    private var line: Int
    private var lineStart = 0
    private var countedOffset = 0
    private var countedColumn = 1

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, firstLine: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.line = firstLine
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
            countedOffset = 3
        }
    }

    mutating func parseDocument() throws(JSONReadError) -> JSONNode {
        let node = try parseValue(depth: 0, after: nil)
        skipWhitespace()
        if index < bytes.count {
            throw unexpected(after: "the JSON value", expected: "the end of the text (only one value is allowed)")
        }
        return node
    }

    // MARK: Positions

    /// The position of the byte at `offset`, which must be on the current line.
    mutating func position(at offset: Int) -> JSONPosition {
        if offset < countedOffset {
            countedOffset = lineStart
            countedColumn = 1
        }
        var column = countedColumn
        var cursor = countedOffset
        let end = min(offset, bytes.count)
        while cursor < end {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        countedOffset = end
        countedColumn = column
        return JSONPosition(line: line, column: column)
    }

    mutating func currentPosition() -> JSONPosition { position(at: index) }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
                countedOffset = index
                countedColumn = 1
            default:
                return
            }
        }
    }

    // MARK: Values

    mutating func parseValue(depth: Int, after: String?) throws(JSONReadError) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else { throw unexpected(after: after, expected: "a value") }
        let start = currentPosition()
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1, at: start)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1, at: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true", after: after)
            return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false", after: after)
            return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null", after: after)
            return JSONNode(.null, at: start)
        default:
            throw unexpected(after: after, expected: "a value")
        }
    }

    private mutating func parseObject(depth: Int, at start: JSONPosition) throws(JSONReadError) -> JSONNode {
        guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth, at: start) }
        index += 1
        var members: [JSONMember] = []
        var keys: [String: JSONPosition] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(.object([]), at: start)
        }
        var after = "'{'"
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw unexpected(after: after, expected: "a key in double quotes")
            }
            let keyPosition = currentPosition()
            let key = try parseString()
            if let first = keys.updateValue(keyPosition, forKey: key) {
                throw .duplicateKey(key, at: keyPosition, first: first)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw unexpected(after: "the key '\(input: key)'", expected: "':'")
            }
            index += 1
            let value = try parseValue(depth: depth, after: "':'")
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(after: "the value of '\(input: key)'", expected: "',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                after = "','"
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return JSONNode(.object(members), at: start)
            } else {
                throw unexpected(after: "the value of '\(input: key)'", expected: "',' or '}'")
            }
        }
    }

    private mutating func parseArray(depth: Int, at start: JSONPosition) throws(JSONReadError) -> JSONNode {
        guard depth <= maximumDepth else { throw .tooDeep(limit: maximumDepth, at: start) }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(.array([]), at: start)
        }
        var after = "'['"
        while true {
            elements.append(try parseValue(depth: depth, after: after))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(after: "an array element", expected: "',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                after = "','"
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return JSONNode(.array(elements), at: start)
            } else {
                throw unexpected(after: "an array element", expected: "',' or ']'")
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString, after: String?) throws(JSONReadError) {
        let count = literal.utf8CodeUnitCount
        var matches = index + count <= bytes.count
        if matches {
            for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
                matches = false
                break
            }
        }
        // `truex` is one wrong word, not `true` followed by garbage.
        if matches, index + count < bytes.count, Self.isWordByte(bytes[index + count]) { matches = false }
        guard matches else { throw unexpected(after: after, expected: "a value") }
        index += count
    }

    // MARK: Errors

    /// An `unexpected` error describing what is at the current index.
    mutating func unexpected(after: String?, expected: String) -> JSONReadError {
        let at = currentPosition()
        guard index < bytes.count else {
            return .unexpected(found: "end of input", after: after, expected: expected, at: at)
        }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
            return .unexpected(found: "string", after: after, expected: expected, at: at)
        }
        if Self.isWordByte(byte) {
            var end = index
            while end < bytes.count, end - index < 24, Self.isWordByte(bytes[end]) { end += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            return .unexpected(found: "'\(input: word)'", after: after, expected: expected, at: at)
        }
        if byte >= 0x21, byte < 0x7F {
            return .unexpected(found: "'\(Character(Unicode.Scalar(byte)))'", after: after, expected: expected, at: at)
        }
        if byte >= 0x80 {
            guard let length = utf8SequenceLength(at: index) else { return .invalidUTF8(byte: byte, at: at) }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
            return .unexpected(found: "'\(input: text)'", after: after, expected: expected, at: at)
        }
        let hex = String(byte, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        return .unexpected(found: "character \(name)", after: after, expected: expected, at: at)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
