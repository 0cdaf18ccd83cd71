import AccordCore

/// Masks contact details in free-text answers before they are stored (`anonymity.md` rule 5),
/// with AccordCore's `CommentMasking`, so the store and the report mask alike.
enum TextMasking {
    /// The answers with every text answer masked.
    static func masked(_ answers: [String: Answer]) -> [String: Answer] {
        guard answers.values.contains(where: { if case .text = $0 { true } else { false } }) else { return answers }
        return answers.mapValues(masked)
    }

    /// `answer` masked when it is a text answer, else itself.
    static func masked(_ answer: Answer) -> Answer {
        guard case .text(let text) = answer else { return answer }
        return .text(CommentMasking.mask(text))
    }
}
