import AccordCore

/// Masks contact details in free-text answers before they are stored (`anonymity.md` rule 5),
/// with AccordCore's `CommentMasking`, so the store and the report mask alike.
enum TextMasking {
    /// The answers with every text answer masked.
    static func masked(_ answers: [String: Answer]) -> [String: Answer] {
        guard answers.values.contains(where: { if case .text = $0 { true } else { false } }) else { return answers }
        return answers.mapValues { answer in
            guard case .text(let text) = answer else { return answer }
            // Nothing to mask without '@' (e-mail), '.' (address) or a digit (phone); skip the regexes.
            guard text.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".") || (0x30...0x39).contains($0) })
            else { return answer }
            return .text(CommentMasking.mask(text))
        }
    }
}
