import Foundation

/// Turns what a participant types into an `Answer` to one question, with the syntax every
/// channel shares (see `docs/running.md`):
///
/// - scale: the point's number or its label (`4`, `agree`);
/// - choice: the option's number, label or id (`2`, `Lower cost`, `cost`);
/// - multi: numbers or labels separated by commas (`1,3`, `cost, customers`), or `none`;
/// - rank: every option, most important first (`3 1 2`, `markets, cost, customers`);
/// - number: a number in `TypedNumber`'s grammar, optionally followed by its unit (`12`, `2,5`,
///   `25,000 EUR`);
/// - text: the text as typed;
/// - yesno: `yes`, `no`, `y`, `n`, `1` or `2`;
/// - `dk` (don't know) and `pnts` (prefer not to say) where the question offers them.
///
/// A label may be shortened to any unambiguous start of it; case and accents do not matter.
public struct AnswerParser: Sendable {
    /// The question answers are read for.
    public let question: Question
    /// The language of labels, or `nil` for the workshop's default.
    public let language: String?

    /// Accord's words in the language answers are read in (English without a catalogue).
    public let words: AnswerStrings
    /// How numbers are written and read in that language.
    public let numberGrammar: TypedNumber

    /// What may be typed for "don't know", in English (every language accepts these too).
    public static let dontKnowWords = AnswerStrings.english.dontKnowWords
    /// What may be typed for "prefer not to say", in English.
    public static let preferNotToSayWords = AnswerStrings.english.preferNotToSayWords

    /// Creates a parser for `question`, reading answers in `language` (a workshop language
    /// code), or in the workshop's language when `nil`.
    public init(question: Question, language: String? = nil) {
        self.question = question
        self.language = language
        let code = language ?? question.prompt.defaultLanguage
        words = Catalogue.for(code: code).answers
        numberGrammar = TypedNumber(language: code)
    }

    /// The language Accord's own words and numbers are in.
    public var readingLanguage: Language? { Language(language ?? question.prompt.defaultLanguage) }

    /// Whether `folded` is one of `own` or of the English `fallback` words.
    private static func isOne(of own: [String], or fallback: [String], _ folded: String) -> Bool {
        (own + fallback).contains { fold($0) == folded }
    }

    /// The numbered (or keyed) answers to show under the prompt, in order.
    public var choices: [AnswerChoice] {
        var choices: [AnswerChoice]
        switch question.kind {
        case .scale(let scale):
            choices = scale.points.map { AnswerChoice(key: String($0.value), label: $0.label.text(in: language)) }
        case .choice(let options), .multi(let options, _, _), .rank(let options):
            choices = options.enumerated().map {
                AnswerChoice(key: String($0.offset + 1), label: $0.element.label.text(in: language), id: $0.element.id)
            }
        case .yesno:
            choices = [AnswerChoice(key: "1", label: words.yes), AnswerChoice(key: "2", label: words.no)]
        case .number, .text:
            choices = []
        }
        if question.allowDontKnow { choices.append(AnswerChoice(key: words.dontKnowWords[0], label: words.dontKnow)) }
        if question.allowPreferNotToSay { choices.append(AnswerChoice(key: words.preferNotToSayWords[0], label: words.preferNotToSay)) }
        return choices
    }

    /// Words Tab completes to: labels and ids of options and scale points, yes and no.
    public var completions: [String] {
        var words: [String] = []
        switch question.kind {
        case .scale(let scale): words = scale.points.map { $0.label.text(in: language) }
        case .choice(let options), .multi(let options, _, _), .rank(let options):
            words = options.flatMap { [$0.label.text(in: language), $0.id] }
        case .yesno: words = [self.words.yes.lowercased(), self.words.no.lowercased()]
        case .number, .text: words = []
        }
        if question.allowDontKnow { words.append(self.words.dontKnow.lowercased()) }
        if question.allowPreferNotToSay { words.append(self.words.preferNotToSay.lowercased()) }
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// A short description of what to type, such as `1–5 or a label`.
    public var hint: String {
        switch question.kind {
        case .scale(let scale): words.scaleHint(scale.min, scale.max)
        case .choice(let options): words.choiceHint(options.count)
        case .multi(let options, let min, let max): words.multiHint(selectionCount(min: min, max: max, of: options.count))
        case .rank(let options): words.rankHint(options.count)
        case .number(let range):
            words.numberHint(
                range.integer,
                range.min == nil && range.max == nil
                    ? nil : NumberFormatting.range(range.min, range.max, words, numberGrammar),
                range.unit?.text(in: language))
        case .text(let maxLength): words.textHint(maxLength)
        case .yesno: words.yesNoHint
        }
    }

    private func selectionCount(min: Int, max: Int, of count: Int) -> String {
        if min == max { return words.selectExactly(min) }
        if min == 0 && max == count { return words.selectAnyOrNone }
        if max == count { return words.selectAtLeast(min) }
        if min == 0 { return words.selectAtMostOrNone(max) }
        return words.selectBetween(min, max)
    }

    /// Reads `input` as an answer and checks it against the question's rules.
    /// Text with nothing visible (only spaces or characters such as U+200B) is empty.
    public func parse(_ input: String) throws(AnswerInputError) -> Answer {
        guard let text = TextNormalization.typedText(input) else { throw .empty(question: question.id) }
        let answer = try read(text)
        do throws(AnswerError) {
            try question.check(answer)
        } catch {
            throw .invalid(error)
        }
        return answer
    }

    /// `text` without a trailing unit of the question (in any of its languages): `25000 EUR`.
    private func withoutUnit(_ text: String, range: NumberRange) -> String {
        guard let unit = range.unit else { return text }
        let names = [unit.text(in: language)] + unit.translations.values.sorted()
        for name in names where !name.isEmpty {
            guard
                let found = text.range(
                    of: name, options: [.caseInsensitive, .diacriticInsensitive, .backwards, .anchored])
            else { continue }
            let number = text[..<found.lowerBound]
            guard let end = number.last, !end.isLetter else { continue }
            return String(number)
        }
        return text
    }

    private func read(_ text: String) throws(AnswerInputError) -> Answer {
        let folded = Self.fold(text)
        if question.type != .text {
            if Self.isOne(of: words.dontKnowWords + [words.dontKnow], or: Self.dontKnowWords, folded) {
                return .dontKnow
            }
            if Self.isOne(of: words.preferNotToSayWords + [words.preferNotToSay], or: Self.preferNotToSayWords, folded) {
                return .preferNotToSay
            }
        }
        switch question.kind {
        case .scale(let scale):
            if let value = Int(text) { return .scale(value) }
            let labels = scale.points.map { (id: String($0.value), label: $0.label.text(in: language)) }
            guard let match = try match(text, in: labels), let value = Int(match) else {
                throw .notUnderstood(question: question.id, input: text, expected: hint)
            }
            return .scale(value)
        case .choice(let options):
            return .choice(try option(text, in: options))
        case .multi(let options, _, _):
            if Self.isOne(of: words.noneWords, or: AnswerStrings.english.noneWords, folded) { return .multi([]) }
            return .multi(
                try Self.split(text).map { (token) throws(AnswerInputError) in try option(token, in: options) })
        case .rank(let options):
            return .rank(
                try Self.split(text).map { (token) throws(AnswerInputError) in try option(token, in: options) })
        case .number(let range):
            let grammar = numberGrammar
            switch grammar.read(withoutUnit(text, range: range)) {
            case .success(let value): return .number(value)
            case .failure(.ambiguous(let readings)):
                throw .ambiguousNumber(question: question.id, input: text, readings: readings)
            case .failure(.notANumber):
                throw .notUnderstood(question: question.id, input: text, expected: hint)
            }
        case .text:
            return .text(text)
        case .yesno:
            let english = AnswerStrings.english
            if ["1", "true"].contains(folded) || Self.isOne(of: words.yesWords, or: english.yesWords, folded) {
                return .yesno(true)
            }
            if ["2", "false"].contains(folded) || Self.isOne(of: words.noWords, or: english.noWords, folded) {
                return .yesno(false)
            }
            throw .notUnderstood(question: question.id, input: text, expected: hint)
        }
    }

    /// The option id `token` stands for: its number, id, label, or an unambiguous start of one.
    private func option(_ token: String, in options: [Option]) throws(AnswerInputError) -> String {
        if let number = Int(token) {
            guard (1...options.count).contains(number) else {
                throw .noSuchNumber(question: question.id, number: number, count: options.count)
            }
            return options[number - 1].id
        }
        let labelled = options.map { (id: $0.id, label: $0.label.text(in: language)) }
        guard let id = try match(token, in: labelled) else {
            throw .invalid(.unknownOption(question: question.id, option: token, valid: labelled.map(\.label)))
        }
        return id
    }

    /// The id whose label or id is `token` (folded), else the only one starting with it.
    private func match(_ token: String, in candidates: [(id: String, label: String)]) throws(AnswerInputError)
        -> String?
    {
        let folded = Self.fold(token)
        if let exact = candidates.first(where: { Self.fold($0.label) == folded || $0.id == folded }) {
            return exact.id
        }
        let starts = candidates.filter { Self.fold($0.label).hasPrefix(folded) || $0.id.hasPrefix(folded) }
        if starts.count > 1 {
            throw .ambiguous(question: question.id, input: token, matches: starts.map(\.label))
        }
        return starts.first?.id
    }

    /// Splits a multi or rank answer: at commas, or at spaces when every part is a number.
    static func split(_ text: String) -> [String] {
        if text.contains(",") {
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.allSatisfy({ Int($0) != nil }) { return words }
        return [text]
    }

    /// Lowercased, without accents, inner spaces collapsed: how labels are compared.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `answer` as it would be typed, so that it can be put back on the line to edit.
    public func typed(_ answer: Answer) -> String {
        switch answer {
        case .scale(let value): String(value)
        case .choice(let id): label(of: id)
        case .multi(let ids), .rank(let ids): ids.map(label(of:)).joined(separator: ", ")
        case .number(let value): numberGrammar.format(value)
        case .text(let text): text
        case .yesno(let value): (value ? words.yes : words.no).lowercased()
        case .dontKnow: words.dontKnowWords[0]
        case .preferNotToSay: words.preferNotToSayWords[0]
        }
    }

    /// `answer` for people to read, such as `4 · Agree` or `Lower cost`.
    public func describe(_ answer: Answer) -> String {
        switch (question.kind, answer) {
        case (.scale(let scale), .scale(let value)):
            let label = scale.points.first { $0.value == value }?.label.text(in: language)
            return label.map { "\(value) · \($0)" } ?? String(value)
        case (.number(let range), .number(let value)):
            return numberGrammar.format(value) + (range.unit.map { " " + $0.text(in: language) } ?? "")
        case (_, .multi(let ids)) where ids.isEmpty: return words.noneSelected
        case (_, .dontKnow): return words.dontKnow
        case (_, .preferNotToSay): return words.preferNotToSay
        case (_, .yesno(let value)): return value ? words.yes : words.no
        default: return typed(answer)
        }
    }

    private func label(of id: String) -> String {
        question.options.first { $0.id == id }?.label.text(in: language) ?? id
    }
}

/// One answer a participant may pick by typing its key.
public struct AnswerChoice: Sendable, Hashable {
    /// What to type: a number, or a short word such as `dk`.
    public var key: String
    /// What the choice means.
    public var label: String
    /// The option id, for options.
    public var id: String?

    /// Creates a choice.
    public init(key: String, label: String, id: String? = nil) {
        self.key = key
        self.label = label
        self.id = id
    }
}
