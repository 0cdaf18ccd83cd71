import Foundation

/// A group whose answers spread widely (the consoles' `dispersedGroup` finding) in one
/// language: the sentence read out and the statistics line under it. Both consoles word the
/// finding through `DiscussionFinding.spread(in:_:)`, which reads the numbers from the report.
public struct SpreadWording: Sendable {
    /// `Answers within Acme's execution team to “…” are spread widely, from 1 to 5.`: the
    /// group, the prompt (its partners' names keep their capitals when it is quoted), the
    /// lowest and highest answer given (`nil` when only one).
    public var observation: @Sendable (
        _ group: GroupKey, _ prompt: String, _ partners: [String], _ range: (String, String)?
    ) -> String
    /// `agreement rwg .25 (no agreement)`: rwg, and whether it is below .30.
    public var statistics: @Sendable (_ rwg: Double, _ none: Bool) -> String

    /// Creates a wording.
    public init(
        observation: @escaping @Sendable (GroupKey, String, [String], (String, String)?) -> String,
        statistics: @escaping @Sendable (Double, Bool) -> String
    ) {
        self.observation = observation
        self.statistics = statistics
    }

    /// English, as the console always said it.
    public static let english = SpreadWording(
        observation: { group, prompt, partners, range in
            Numbers.capitalized(
                "Answers within \(GroupPhrase.object(group)) to \(QuotedPrompt.quote(prompt, names: partners)) "
                    + "are spread widely"
                    + (range.map { ", from \($0.0) to \($0.1)" } ?? "") + ".")
        },
        statistics: { rwg, none in "agreement rwg \(Numbers.unit(rwg)) (\(none ? "no" : "weak") agreement)" }
    )

    /// German.
    public static let german = SpreadWording(
        observation: { group, prompt, _, range in
            "Die Antworten der Gruppe \(ConsoleStrings.german.name(of: group)) auf „\(prompt)“ streuen stark"
                + (range.map { ", von \($0.0) bis \($0.1)" } ?? "") + "."
        },
        statistics: { rwg, none in
            "Übereinstimmung rwg \(unit(rwg, "de")) (\(none ? "keine" : "schwache") Übereinstimmung)"
        }
    )

    /// French.
    public static let french = SpreadWording(
        observation: { group, prompt, _, range in
            "Les réponses du groupe \(ConsoleStrings.french.name(of: group)) à « \(prompt) » sont très dispersées"
                + (range.map { ", de \($0.0) à \($0.1)" } ?? "") + "."
        },
        statistics: { rwg, none in "accord rwg \(unit(rwg, "fr")) (\(none ? "aucun accord" : "accord faible"))" }
    )

    /// The wording for `language`'s catalogue (English when Accord has none).
    public static func `for`(_ language: Language?) -> SpreadWording {
        switch Catalogue.for(language).language.code {
        case "de": .german
        case "fr": .french
        default: .english
        }
    }

    /// A value 0–1 with two decimals in `code`'s numbers (`0,25`).
    static func unit(_ value: Double, _ code: String) -> String {
        TypedNumber(language: code).format(value, fractionDigits: 2)
    }
}

extension DiscussionFinding {
    /// A dispersed group's sentence and statistics line in `wording`, read from the round's
    /// `report` (the group's answers on the question); `nil` for another kind of finding.
    public func spread(in report: GapReport, _ wording: SpreadWording) -> (observation: String, statistics: String)? {
        guard kind == .dispersedGroup, let group,
            let question = report.questions.first(where: { $0.id == questionID })
        else { return nil }
        return Self.spread(of: group, in: question, partners: report.session.partners, wording)
    }

    /// The spread of `group` on `question` in `wording`, `nil` when its rwg is not known.
    static func spread(
        of group: GroupKey, in question: QuestionReport, partners: [String], _ wording: SpreadWording
    ) -> (observation: String, statistics: String)? {
        guard let statistics = question.groups.first(where: { $0.group == group }), let rwg = statistics.rwg else {
            return nil
        }
        let answered = question.categories.map(\.key).filter { (statistics.counts?[$0] ?? 0) > 0 }
        var range: (String, String)?
        if let low = answered.first, let high = answered.last, low != high { range = (low, high) }
        let prompt = wording.observation(group, question.prompt, partners, range)
        return (prompt, wording.statistics(rwg, rwg < 0.3))
    }
}
