import Foundation
import AccordCore

/// Number formatting for the human-readable formats, in the report's language through the
/// shared formatter (`TypedNumber.format`: `1.4` in English, `1,4` in German and French), with
/// a true minus sign (U+2212) so negative numbers read well and never start a spreadsheet formula.
enum NumberText {
    /// `value` with `digits` decimals, `−` for negatives; `—` when `nil`.
    static func fixed(_ value: Double?, _ digits: Int, missing: String = "—") -> String {
        guard let value, value.isFinite else { return missing }
        let isZero = Double(String(format: "%.\(digits)f", abs(value))) == 0
        return (value < 0 && !isZero ? "\u{2212}" : "") + ReportWords.current.numbers.format(abs(value), fractionDigits: digits)
    }

    /// Like `fixed`, with a `+` on positive values (differences and trends).
    static func signed(_ value: Double?, _ digits: Int, missing: String = "—") -> String {
        guard let value, value.isFinite else { return missing }
        let text = fixed(value, digits)
        if Double(String(format: "%.\(digits)f", abs(value))) == 0 { return "±" + text }
        return value > 0 && Double(String(format: "%.\(digits)f", value)) != 0 ? "+" + text : text
    }

    /// A count with its thousands grouped: `41,312` in English, `41 312` (a narrow no-break
    /// space) where the decimal separator is a comma.
    static func count(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        let separator = ReportWords.current.numbers.decimalSeparator == "," ? "\u{202F}" : ","
        var text = value < 0 ? "\u{2212}" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }

    /// The note under a comment group that is a sample of more (`CommentGroup.isSample`), in
    /// the report's language; `nil` when every comment is shown.
    static func commentSample(_ group: CommentGroup) -> String? {
        guard group.isSample else { return nil }
        return ReportWords.current.commentSample(count(group.comments.count), count(group.total))
    }

    /// A 0–100 index as a whole number; `—` when `nil`.
    static func index(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(Int(value.rounded()))
    }

    /// A p-value: `< 0.001` when tiny, else three decimals.
    static func pValue(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return "\(value < 0.001 ? "< " : "")" + fixed(max(value, 0.001), 3)
    }

    /// A statistic between 0 and 1 without its leading zero, as the literature writes rwg
    /// (`.62`, `,62`); `−.30` for negatives.
    static func unit(_ value: Double?, missing: String = "—") -> String {
        let text = fixed(value, 2, missing: missing)
        guard ReportWords.current.dropsLeadingZero else { return text }
        let bare = String(Character(ReportWords.current.numbers.decimalSeparator)), zero = "0" + bare
        return text.replacingOccurrences(of: zero, with: bare, options: .anchored)
            .replacingOccurrences(of: "\u{2212}" + zero, with: "\u{2212}" + bare, options: .anchored)
    }
}
