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
        var result = text
        result = replace(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+"#, in: result) { _ in emailMask }
        result = replace(
            #"(?i)\b((https?|ftp)://|www\.)[^\s<>"]+|\b[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(com|org|net|io|co|de|fr|uk|eu|ch|nl|be|it|es|info|biz|app|dev|gov|edu)\b(/[^\s<>"]*)?"#,
            in: result
        ) { _ in linkMask }
        result = replace(#"\+?\(?\d[\d\s().\-/]*\d"#, in: result) { match in
            match.filter(\.isNumber).count >= phoneDigits ? phoneMask : match
        }
        return result
    }

    /// `text` with each match of `pattern` replaced by `replacement(match)`.
    private static func replace(_ pattern: String, in text: String, with replacement: (String) -> String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
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
