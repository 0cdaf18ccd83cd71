import AccordCore
import Foundation

/// One question's form field: how it is drawn in HTML and how the posted fields become an
/// `Answer`. The answer is `a.ID`; a prediction is `p.ID`; the "don't know" and "prefer not to
/// say" choices of types without radio buttons are `a.ID.x`; a ranking is `a.ID.1` … `a.ID.n`.
struct AnswerField {
    /// The question.
    var question: Question
    /// `a` for the answer, `p` for the prediction.
    var prefix: String
    /// The language of the texts.
    var language: String?

    /// What the posted form says about this field.
    enum Reading: Equatable {
        /// Left empty.
        case unanswered
        /// A well-formed answer (still to be checked against the question).
        case answer(Answer)
        /// Something that is not an answer of this type, with what to fix.
        case invalid(String)
    }

    var name: String { "\(prefix).\(question.id)" }
    var domID: String { "\(prefix)-\(question.id)" }

    // MARK: Reading

    /// Reads the field from a posted form and checks it against the question.
    func read(_ form: FormData) -> Reading {
        let reading = parse(form)
        guard case .answer(let answer) = reading else { return reading }
        do throws(AnswerError) {
            try question.check(answer)
        } catch {
            return .invalid(Self.sentence(error.reason))
        }
        return reading
    }

    private func parse(_ form: FormData) -> Reading {
        let special = form["\(name).x"] ?? ""
        if special == Answer.dontKnowToken { return .answer(.dontKnow) }
        if special == Answer.preferNotToSayToken { return .answer(.preferNotToSay) }
        let value = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if value == Answer.dontKnowToken, question.type != .text { return .answer(.dontKnow) }
        if value == Answer.preferNotToSayToken, question.type != .text { return .answer(.preferNotToSay) }
        switch question.kind {
        case .scale:
            if value.isEmpty { return .unanswered }
            guard let point = Int(value) else { return .invalid(words.chooseScalePoint) }
            return .answer(.scale(point))
        case .choice:
            return value.isEmpty ? .unanswered : .answer(.choice(value))
        case .yesno:
            switch value {
            case "": return .unanswered
            case "yes": return .answer(.yesno(true))
            case "no": return .answer(.yesno(false))
            default: return .invalid(words.chooseYesOrNo)
            }
        case .multi:
            let chosen = form.all(name).filter { !$0.isEmpty }
            return chosen.isEmpty ? .unanswered : .answer(.multi(chosen))
        case .rank(let options):
            let order = (1...max(options.count, 1)).map { form["\(name).\($0)"] ?? "" }
            if order.allSatisfy(\.isEmpty) { return .unanswered }
            if order.contains("") { return .invalid(words.rankEveryPlace) }
            return .answer(.rank(order))
        case .number:
            return value.isEmpty ? .unanswered : typed(value)
        case .text:
            // Nothing visible (spaces, U+200B, U+FEFF) is no answer.
            return TextNormalization.typedText(value) == nil ? .unanswered : typed(form[name] ?? "")
        }
    }

    /// Typed text read with the parser every channel shares (`12`, `2,5`, `12 months`, `dk`).
    private func typed(_ text: String) -> Reading {
        let parser = AnswerParser(question: question, language: language)
        do throws(AnswerInputError) {
            return .answer(try parser.parse(text))
        } catch {
            switch error {
            case .notUnderstood where question.type == .number:
                return .invalid(words.enterNumber(parser.numberGrammar.format(2.5)))
            default: return .invalid(Self.sentence(error.reason(in: parser.readingLanguage)))
            }
        }
    }

    /// Accord's words in the field's language (as `AnswerParser` reads answers in it).
    var catalogue: Catalogue { Catalogue.for(code: language ?? question.prompt.defaultLanguage) }
    /// The page words in the field's language.
    var words: PageStrings { catalogue.pages }

    /// `reason` as a sentence: capitalised, with a full stop.
    static func sentence(_ reason: String) -> String {
        guard let first = reason.first else { return reason }
        return first.uppercased() + reason.dropFirst() + (reason.hasSuffix(".") ? "" : ".")
    }
}
