import Foundation

/// Why a text is not valid JSON (RFC 8259), with the position of the problem.
public enum JSONReadError: Error, Sendable, Hashable, LocalizedError {
    /// Something other than what the grammar allows at this point; `found` is quoted
    /// (`'}'`, `'True'`), `string` or `end of input`; `after` names the previous token when it helps.
    case unexpected(found: String, after: String?, expected: String, at: JSONPosition)
    /// A string without its closing quote on the same line.
    case unterminatedString(at: JSONPosition)
    /// A backslash followed by something that is not a JSON escape.
    case invalidEscape(String, at: JSONPosition)
    /// A `\u` escape of a UTF-16 surrogate without its other half.
    case loneSurrogate(String, at: JSONPosition)
    /// A raw control character (U+0000 to U+001F) inside a string.
    case controlCharacter(UInt8, at: JSONPosition)
    /// A malformed number, with the reason.
    case invalidNumber(String, reason: String, at: JSONPosition)
    /// A number too large for a double.
    case numberOutOfRange(String, at: JSONPosition)
    /// Bytes that are not UTF-8.
    case invalidUTF8(byte: UInt8, at: JSONPosition)
    /// The same key twice in one object.
    case duplicateKey(String, at: JSONPosition, first: JSONPosition)
    /// Arrays and objects nested deeper than the reader's limit.
    case tooDeep(limit: Int, at: JSONPosition)

    /// Where the problem is.
    public var position: JSONPosition {
        switch self {
        case .unexpected(_, _, _, let at), .unterminatedString(let at), .invalidEscape(_, let at),
            .loneSurrogate(_, let at), .controlCharacter(_, let at), .invalidNumber(_, _, let at),
            .numberOutOfRange(_, let at), .invalidUTF8(_, let at), .duplicateKey(_, let at, _),
            .tooDeep(_, let at):
            at
        }
    }

    /// What is wrong, without the position.
    public var message: String {
        switch self {
        case .unexpected(let found, let after, let expected, _):
            let afterText = after.map { " after \($0)" } ?? ""
            if after == "','", found == "'}'" || found == "']'" {
                return "unexpected \(found)\(afterText) (a trailing comma is not allowed in JSON)"
            }
            return "unexpected \(found)\(afterText), expected \(expected)"
        case .unterminatedString:
            return "unterminated string (a string must end with '\"' on the same line)"
        case .invalidEscape(let escape, _):
            return "invalid escape '\(input: escape)' in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)"
        case .loneSurrogate(let escape, _):
            return "invalid escape '\(input: escape)': a UTF-16 surrogate must come in a high-low pair"
        case .controlCharacter(let byte, _):
            let hex = String(byte, radix: 16, uppercase: true)
            return
                "control character U+\(String(repeating: "0", count: 4 - hex.count) + hex) in a string must be escaped"
        case .invalidNumber(let text, let reason, _):
            return "invalid number '\(input: text)': \(reason)"
        case .numberOutOfRange(let text, _):
            return "number '\(input: text)' is too large"
        case .invalidUTF8(let byte, _):
            return "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .duplicateKey(let key, _, let first):
            return "duplicate key '\(input: key)' (first at line \(first.line), column \(first.column))"
        case .tooDeep(let limit, _):
            return "arrays and objects are nested more than \(limit) deep"
        }
    }

    /// `LINE:COLUMN: message`.
    public var errorDescription: String? { "\(position): \(message)" }
}
