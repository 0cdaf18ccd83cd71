import AccordCore
import Foundation

/// Masks e-mail addresses, URLs and phone numbers in free-text answers before they are stored
/// (`anonymity.md` rule 5): a comment must not name or reach its author.
enum TextMasking {
    private static let patterns: [(NSRegularExpression, String)] = [
        (try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#), "[email]"),
        (try! NSRegularExpression(pattern: #"(?i)\b(?:https?://|www\.)[^\s]+"#), "[url]"),
        (try! NSRegularExpression(pattern: #"\+?\d[\d\s().-]{6,}\d"#), "[phone]"),
    ]

    /// `text` with every e-mail address, URL and phone number replaced by a marker.
    static func mask(_ text: String) -> String {
        guard text.contains(where: { $0 == "@" || $0 == "." || $0.isNumber }) else { return text }
        var result = text
        for (pattern, marker) in patterns {
            result = pattern.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: marker)
        }
        return result
    }

    /// The answers with every text answer masked.
    static func masked(_ answers: [String: Answer]) -> [String: Answer] {
        guard answers.values.contains(where: { if case .text = $0 { true } else { false } }) else { return answers }
        return answers.mapValues { answer in
            if case .text(let text) = answer { return .text(mask(text)) }
            return answer
        }
    }
}
