/// Decoding of one JSON string escape (RFC 8259, section 7), shared by `JSONReader` and the
/// store's fast reader of stored answers so that both read escapes the same way.
public enum JSONEscape {
    /// Why an escape cannot be decoded.
    public enum Failure: Sendable, Hashable {
        /// The text ends inside the escape.
        case truncated
        /// `\u` is not followed by four hex digits.
        case invalidUnicode
        /// A UTF-16 surrogate without its partner.
        case loneSurrogate
        /// The backslash is followed by a character that is not an escape.
        case unknown(UInt8)
    }

    /// Decodes the escape whose backslash is at `index`, appends its UTF-8 to `buffer` and
    /// moves `index` past it. Returns `nil` on success; on failure `index` is unspecified.
    public static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, into buffer: inout [UInt8]
    ) -> Failure? {
        guard index + 1 < bytes.count else { return .truncated }
        let escaped = bytes[index + 1]
        index += 2
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hexQuad(bytes, at: index) else { return .invalidUnicode }
            index += 4
            var value = UInt32(unit)
            if (0xDC00...0xDFFF).contains(unit) { return .loneSurrogate }
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"),
                    let low = hexQuad(bytes, at: index + 2), (0xDC00...0xDFFF).contains(low)
                else { return .loneSurrogate }
                index += 6
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            }
            // Surrogates were handled above, so this is always a scalar.
            guard let scalar = Unicode.Scalar(value) else { return .loneSurrogate }
            buffer.append(contentsOf: String(scalar).utf8)
        default:
            return .unknown(escaped)
        }
        return nil
    }

    /// The value of the four hex digits at `offset`, or `nil`.
    private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
