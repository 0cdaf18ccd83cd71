extension JSONParser {
    // MARK: Strings

    /// Parses the string whose opening quote is at `index`, in NFC with `\n` line breaks
    /// (`TextNormalization`). Linear in the string's length: escapes are decoded into one
    /// buffer that grows in place.
    mutating func parseString() throws(JSONReadError) -> String {
        let open = index
        index += 1
        var segmentStart = index
        var decoded: [UInt8] = []  // used only when the string holds escapes
        var hasEscapes = false
        var isASCII = true
        while true {
            guard index < bytes.count else { throw .unterminatedString(at: position(at: open)) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let segment = UnsafeBufferPointer(rebasing: bytes[segmentStart..<index])
                index += 1
                let text: String
                if hasEscapes {
                    decoded.append(contentsOf: segment)
                    text = String(decoding: decoded, as: UTF8.self)
                } else {
                    text = String(decoding: segment, as: UTF8.self)
                }
                return isASCII && !hasEscapes ? text : TextNormalization.normalized(text)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                try parseEscape(into: &decoded, stringStart: open)
                segmentStart = index
            } else if byte < 0x20 {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    throw .unterminatedString(at: position(at: open))
                }
                throw .controlCharacter(byte, at: position(at: index))
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = utf8SequenceLength(at: index) else {
                    throw .invalidUTF8(byte: byte, at: position(at: index))
                }
                isASCII = false
                index += length
            }
        }
    }

    /// Decodes the escape whose backslash is at `index`, appending its UTF-8 to `buffer`.
    private mutating func parseEscape(into buffer: inout [UInt8], stringStart: Int) throws(JSONReadError) {
        let backslash = index
        switch JSONEscape.decode(bytes, at: &index, into: &buffer) {
        case nil: return
        case .truncated: throw .unterminatedString(at: position(at: stringStart))
        case .invalidUnicode:
            throw .invalidEscape(escapeText(from: backslash, length: 6), at: position(at: backslash))
        case .loneSurrogate:
            throw .loneSurrogate(escapeText(from: backslash, length: 6), at: position(at: backslash))
        case .unknown(let escaped):
            guard escaped >= 0x20, escaped < 0x80 else {
                if escaped == UInt8(ascii: "\n") || escaped == UInt8(ascii: "\r") {
                    throw .unterminatedString(at: position(at: stringStart))
                }
                throw .invalidEscape("\\", at: position(at: backslash))
            }
            throw .invalidEscape("\\" + String(Character(Unicode.Scalar(escaped))), at: position(at: backslash))
        }
    }

    /// The ASCII text of a malformed escape, for the message.
    private func escapeText(from offset: Int, length: Int) -> String {
        var end = offset
        while end < min(bytes.count, offset + length), bytes[end] >= 0x20, bytes[end] < 0x7F,
            bytes[end] != UInt8(ascii: "\"") || end == offset
        {
            end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset`, or `nil`
    /// (overlong forms, surrogates and values past U+10FFFF are rejected).
    func utf8SequenceLength(at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        let second = bytes[offset + 1]
        guard second >= low, second <= high else { return nil }
        for continuation in 2..<length where bytes[offset + continuation] & 0xC0 != 0x80 { return nil }
        return length
    }

    // MARK: Numbers

    /// Parses the number starting at `index` (RFC 8259: `-? int frac? exp?`).
    mutating func parseNumber() throws(JSONReadError) -> Double {
        let start = index
        var isWholeAndShort = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw numberError(from: start, reason: "expected a digit after '-'")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                skipDigits()
                throw numberError(from: start, reason: "a number cannot start with 0")
            }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isWholeAndShort = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw numberError(from: start, reason: "expected a digit after '.'")
            }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isWholeAndShort = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw numberError(from: start, reason: "expected a digit in the exponent")
            }
            skipDigits()
        }
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if isWholeAndShort, literal.count <= 16 {
            var value = 0
            for byte in literal where byte != UInt8(ascii: "-") { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            return literal[0] == UInt8(ascii: "-") ? (value == 0 ? -0.0 : -Double(value)) : Double(value)
        }
        let text = String(decoding: literal, as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw .numberOutOfRange(text, at: position(at: start)) }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private mutating func numberError(from start: Int, reason: String) -> JSONReadError {
        var end = index
        while end < bytes.count, end - start < 32,
            Self.isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".")
                || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+")
        {
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return .invalidNumber(text, reason: reason, at: position(at: start))
    }
}
