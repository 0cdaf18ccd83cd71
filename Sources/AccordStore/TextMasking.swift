import AccordCore

/// Masks contact details in free-text answers before they are stored (`anonymity.md` rule 5),
/// with AccordCore's `CommentMasking`, so the store and the report mask alike.
enum TextMasking {
    /// The answers with every text answer masked.
    static func masked(_ answers: [String: Answer]) -> [String: Answer] {
        guard answers.values.contains(where: { if case .text = $0 { true } else { false } }) else { return answers }
        return answers.mapValues { answer in
            guard case .text(let text) = answer, mightContainContactDetails(text) else { return answer }
            return .text(CommentMasking.mask(text))
        }
    }

    /// False only when `CommentMasking` cannot change `text`: it has no `@` (e-mail), no `.`
    /// followed by a non-space and no `://` (addresses), and fewer than 7 digits (phone numbers).
    /// Most comments pass none of these, and the regular expressions cost more than an import's
    /// other checks together.
    static func mightContainContactDetails(_ text: String) -> Bool {
        var digits = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"): return true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits >= 7 { return true }
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
}
