extension Question {
    /// Checks that `answer` is allowed for this question: on the scale, a known option, within
    /// range, offered. Shape is checked when the answer is read (`Answer(json:for:)`).
    public func check(_ answer: Answer) throws(AnswerError) {
        switch answer {
        case .dontKnow:
            guard allowDontKnow else { throw .notOffered(question: id, answer: "don't know") }
            return
        case .preferNotToSay:
            guard allowPreferNotToSay else { throw .notOffered(question: id, answer: "prefer not to say") }
            return
        default: break
        }
        switch (kind, answer) {
        case (.scale(let scale), .scale(let value)):
            guard scale.contains(value) else {
                throw .notOnScale(question: id, value: value, min: scale.min, max: scale.max)
            }
        case (.choice(let options), .choice(let option)):
            try checkKnown([option], in: options)
        case (.multi(let options, let min, let max), .multi(let selected)):
            try checkKnown(selected, in: options)
            if selected.count < min { throw .tooFewSelections(question: id, count: selected.count, min: min) }
            if selected.count > max { throw .tooManySelections(question: id, count: selected.count, max: max) }
        case (.rank(let options), .rank(let order)):
            try checkKnown(order, in: options)
            // Listed only when some option is left out: a complete ranking allocates nothing.
            if options.contains(where: { !order.contains($0.id) }) {
                throw .incompleteRanking(question: id, missing: options.map(\.id).filter { !order.contains($0) })
            }
        case (.number(let range), .number(let value)):
            // Every channel's numbers meet here: typed (`TypedNumber`), posted or imported.
            guard value.isFinite else {
                throw .numberOutOfRange(question: id, value: value, min: range.min, max: range.max)
            }
            if range.integer, value.rounded() != value { throw .notWholeNumber(question: id, value: value) }
            guard range.contains(value) else {
                throw .numberOutOfRange(question: id, value: value, min: range.min, max: range.max)
            }
        case (.text(let maxLength), .text(let text)):
            if text.count > maxLength { throw .textTooLong(question: id, length: text.count, max: maxLength) }
        case (.yesno, .yesno):
            break
        default:
            throw .wrongType(question: id, expected: type.expectedJSON, found: answer.jsonValue.kindName)
        }
    }

    private func checkKnown(_ selected: [String], in options: [Option]) throws(AnswerError) {
        // Questions have a handful of options: comparing with the earlier selections costs less
        // than hashing every selection into a set (an import checks millions).
        for (index, option) in selected.enumerated() {
            guard options.contains(where: { $0.id == option }) else {
                throw .unknownOption(question: id, option: option, valid: options.map(\.id))
            }
            guard !selected[..<index].contains(option) else { throw .duplicateOption(question: id, option: option) }
        }
    }
}
