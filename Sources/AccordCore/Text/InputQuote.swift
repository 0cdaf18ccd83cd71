/// Input quoted in a message, made inert: control characters (C0 including NUL, ESC and BEL,
/// DEL, C1), line and paragraph separators and bidirectional controls are written as escapes
/// (`\n`, `\u{1B}`), so that an error message never clears a terminal, writes its clipboard
/// (OSC 52) or breaks over lines; and the value is cut after `limit` characters with `…`.
///
/// Every message that quotes what a person or a file supplied goes through this one function,
/// usually as `"'\(input: value)'"`. It reads at most `limit` scalars of the value, so quoting a
/// megabyte-long value costs no more than quoting a word.
public enum InputQuote {
    /// The most characters of one value a message quotes.
    public static let limit = 80

    /// `value` escaped and cut to `limit` characters.
    public static func inert(_ value: some StringProtocol, limit: Int = InputQuote.limit) -> String {
        var result = ""
        var count = 0
        for scalar in value.unicodeScalars {
            guard count < limit else {
                result += "…"
                return result
            }
            count += 1
            result += escape(scalar)
        }
        return result
    }

    /// `scalar` itself, or its escape when it would act on a terminal or a layout.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
            0x061C:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
            return String(scalar)
        }
    }
}

extension String.StringInterpolation {
    /// Appends input made inert by `InputQuote.inert(_:)`: `"unknown key '\(input: key)'"`.
    public mutating func appendInterpolation(input value: some StringProtocol) {
        appendLiteral(InputQuote.inert(value))
    }
}
