import Foundation

/// Masks contact details in free text (`anonymity.md` rule 5): e-mail addresses, URLs and
/// phone numbers become `[email]`, `[link]` and `[phone]`. The store masks a comment before
/// storing it; the report masks again, so a comment stored by an older build is masked too.
public enum CommentMasking {
    /// What replaces an e-mail address.
    public static let emailMask = "[email]"
    /// What replaces a URL or web address.
    public static let linkMask = "[link]"
    /// What replaces a phone number.
    public static let phoneMask = "[phone]"

    /// Phone numbers have at least this many digits (so years and amounts stay).
    static let phoneDigits = 7

    /// `text` with every e-mail address, URL and phone number masked.
    public static func mask(_ text: String) -> String {
        guard mightChange(text) else { return text }
        var result = text
        result = replace(email, in: result) { _ in emailMask }
        result = replace(link, in: result) { _ in linkMask }
        result = replace(phone, in: result) { match in
            match.filter(\.isNumber).count >= phoneDigits ? phoneMask : match
        }
        return result
    }

    /// False only when `mask(_:)` cannot change `text`, which a byte scan can tell for ASCII:
    /// no `@` (e-mail), no `://` and no `.` followed by a non-space (addresses), fewer than 7
    /// digits (phone numbers). Any non-ASCII text goes through the expressions, whose `\d` and
    /// `\s` match more than ASCII. Most comments pass none of these, and the regular
    /// expressions cost more than everything else a report or an import does with a comment.
    public static func mightChange(_ text: String) -> Bool {
        var digits = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"), 0x80...: return true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits >= phoneDigits { return true }
            case UInt8(ascii: "/") where previous == UInt8(ascii: "/") && beforePrevious == UInt8(ascii: ":"):
                return true
            default: break
            }
            if previous == UInt8(ascii: "."), byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The expressions, compiled once (compiling one costs more than matching many comments).
    private static let email = expression(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+"#)
    private static let link = expression(
        #"(?i)\b((https?|ftp)://|www\.)[^\s<>"]+|\b[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(com|org|net|io|co|de|fr|uk|eu|ch|nl|be|it|es|info|biz|app|dev|gov|edu)\b(/[^\s<>"]*)?"#
    )
    private static let phone = expression(#"\+?\(?\d[\d\s().\-/]*\d"#)

    private static func expression(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern)
    }

    /// `text` with each match of `expression` replaced by `replacement(match)`.
    private static func replace(
        _ expression: NSRegularExpression?, in text: String, with replacement: (String) -> String
    ) -> String {
        guard let expression else { return text }
        let source = text as NSString
        var result = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            result += replacement(source.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        result += source.substring(from: last)
        return result
    }
}
