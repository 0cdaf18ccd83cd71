import Foundation

/// How text is made canonical where it enters Accord, whatever the channel: a workshop file,
/// the terminal, piped input, a browser form, an import line (`docs/text.md`, "How text
/// enters").
///
/// Every string is put in Unicode Normalization Form C and every line break (`\r\n`, a lone
/// `\r`) becomes `\n`, so that `Zürich` typed on a Mac (NFD) and on Windows (NFC, CRLF) is
/// the same sequence of bytes in the database, its triggers and its `GROUP BY`.
public enum TextNormalization {
    /// `text` in NFC with `\n` line breaks.
    public static func normalized(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte >= 0x80 || byte == UInt8(ascii: "\r") {
            needsWork = true
            break
        }
        guard needsWork else { return text }  // ASCII without CR is already canonical
        var result = text
        if result.utf8.contains(UInt8(ascii: "\r")) {
            // Swift compares "\r\n" as one Character, so replace on scalars.
            var scalars = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in result.unicodeScalars {
                if scalar == "\r" {
                    scalars.append("\n")
                    previousWasCR = true
                    continue
                }
                if scalar == "\n", previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = false
                scalars.append(scalar)
            }
            result = String(scalars)
        }
        // Below U+0300 (Latin, no combining marks) every string is already NFC: skip Foundation.
        if result.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return result }
        return result.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` has no visible character: only white space, line breaks, and format or
    /// control characters such as U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER or U+FEFF. Such
    /// a comment is blank: not an answer, not counted, not shown.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isInvisible)
    }

    /// Whether `scalar` draws nothing by itself.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace || properties.isDefaultIgnorableCodePoint { return true }
        switch properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
            .privateUse, .surrogate:
            return true
        default:
            // Braille pattern blank and Hangul fillers draw nothing but are letters or symbols.
            return [0x2800, 0x115F, 0x1160, 0x3164, 0xFFA0].contains(scalar.value)
        }
    }

    /// A typed answer's text: normalised, and trimmed of white space and invisible characters
    /// at both ends. `nil` when nothing visible is left.
    public static func typedText(_ text: String) -> String? {
        let normal = normalized(text)
        let scalars = normal.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isInvisible($0) }) else { return nil }
        let last = scalars.lastIndex(where: { !isInvisible($0) })!
        return String(scalars[first...last])
    }

    /// `answer` as it may be stored when it arrives whole (an import line): a text answer
    /// trimmed by `typedText(_:)`, and `nil` for one with nothing visible, which is no answer.
    public static func entered(_ answer: Answer) -> Answer? {
        guard case .text(let text) = answer else { return answer }
        return typedText(text).map(Answer.text)
    }
}
