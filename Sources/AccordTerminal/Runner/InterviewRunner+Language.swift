import AccordCore
import Foundation

/// The participant's language: which one they answer in, and Accord's words in it.
extension InterviewRunner {
    /// The language Accord's own words are in: the participant's, else the workshop's.
    var catalogue: Catalogue { Catalogue.for(code: language ?? workshop.language) }
    /// The runner's words in the participant's language.
    var strings: RunnerStrings { catalogue.runner }
    /// The answer words in the participant's language.
    var answerWords: AnswerStrings { catalogue.answers }

    /// Whether `text` is yes in the participant's language or in English.
    func isYes(_ text: String) -> Bool {
        let folded = AnswerParser.fold(text)
        return (answerWords.yesWords + AnswerStrings.english.yesWords).contains { AnswerParser.fold($0) == folded }
    }

    /// Asks which of the workshop's languages to answer in, the question written in each of
    /// them, and returns its code. Tab completes the languages' names and codes.
    func chooseLanguage() throws(RunnerError) -> String {
        let offered = workshop.offeredLanguages
        let prompts = offered.map { Catalogue.for(code: $0).runner.chooseLanguage }
        var seen = Set<String>()
        let question = Question(
            id: "language",
            kind: .choice(offered.map { Option(id: $0, label: LocalizedText(Language($0)?.name ?? $0)) }),
            prompt: LocalizedText(prompts.filter { seen.insert($0).inserted }.joined(separator: " / ")))
        return try choose(question)
    }
}

/// The two questions asked before the workshop: the only things known about a participant.
enum ProfileQuestions {
    static func partner(_ partners: [String], _ strings: RunnerStrings) -> Question {
        Question(
            id: "partner",
            kind: .choice(partners.map { Option(id: $0, label: LocalizedText($0)) }),
            prompt: LocalizedText(strings.partnerQuestion))
    }

    static func level(_ strings: RunnerStrings) -> Question {
        Question(
            id: "level",
            kind: .choice(Level.allCases.map { Option(id: $0.rawValue, label: LocalizedText(strings.title(of: $0))) }),
            prompt: LocalizedText(strings.levelQuestion))
    }
}
