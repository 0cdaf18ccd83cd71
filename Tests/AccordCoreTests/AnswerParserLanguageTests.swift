import Testing

@testable import AccordCore

/// Typed answers in the participant's language (issue 14): labels, words, hints, numbers and
/// refusals follow it; the answer stored is the same whatever the language.
@Suite struct AnswerParserLanguageTests {
    static let yesno = Question(id: "trust", kind: .yesno, prompt: LocalizedText("Trust?"), allowDontKnow: true)
    static let number = Question(
        id: "meetings",
        kind: .number(
            NumberRange(
                min: 0, max: 12.5,
                unit: LocalizedText(translations: ["en": "meetings", "de": "Treffen", "fr": "réunions"], defaultLanguage: "en"))),
        prompt: LocalizedText("How many?"))
    static let choice = Question(
        id: "first",
        kind: .choice([
            Option(id: "plan", label: LocalizedText(translations: ["en": "A plan", "de": "Ein Plan"], defaultLanguage: "en")),
            Option(id: "budget", label: LocalizedText(translations: ["en": "A budget", "de": "Ein Budget"], defaultLanguage: "en")),
        ]),
        prompt: LocalizedText("First?"))

    @Test func eachLanguageReadsItsOwnWordsAndTheEnglishOnes() throws {
        let german = AnswerParser(question: Self.yesno, language: "de")
        #expect(try german.parse("Ja") == .yesno(true))
        #expect(try german.parse("nein") == .yesno(false))
        #expect(try german.parse("yes") == .yesno(true))
        #expect(try german.parse("weiß nicht") == .dontKnow)
        #expect(try german.parse("dk") == .dontKnow)
        #expect(german.choices.map(\.label) == ["Ja", "Nein", "Weiß nicht"])
        #expect(german.hint == "ja oder nein")
        let french = AnswerParser(question: Self.yesno, language: "fr")
        #expect(try french.parse("OUI") == .yesno(true))
        #expect(try french.parse("nsp") == .dontKnow)
        #expect(french.describe(.dontKnow) == "Je ne sais pas")
    }

    @Test func numbersAreReadAndWrittenInTheLanguage() throws {
        let german = AnswerParser(question: Self.number, language: "de")
        #expect(try german.parse("2,5 Treffen") == .number(2.5))
        #expect(german.describe(.number(2.5)) == "2,5 Treffen")
        #expect(german.typed(.number(12.5)) == "12,5")
        #expect(german.hint == "eine Zahl (0–12,5) in Treffen")
        #expect(AnswerParser(question: Self.number, language: "en").hint == "a number (0–12.5) of meetings")
        do {
            _ = try german.parse("13")
            Issue.record("13 is over the maximum")
        } catch {
            #expect(error.reason(in: Language("de")) == "13 liegt außerhalb des erlaubten Bereichs (0–12,5)")
            #expect(error.message(in: Language("fr")) == "question «\u{A0}meetings\u{A0}»\u{A0}: 13 est hors de la plage autorisée (0–12,5)")
        }
    }

    @Test func theSameChoiceIsStoredWhateverTheLanguage() throws {
        #expect(try AnswerParser(question: Self.choice, language: "de").parse("Ein Pl") == .choice("plan"))
        #expect(try AnswerParser(question: Self.choice, language: "en").parse("A plan") == .choice("plan"))
        // A language the workshop lacks shows its default text, and Accord's words in that language.
        let french = AnswerParser(question: Self.choice, language: "fr")
        #expect(french.choices.map(\.label) == ["A plan", "A budget"])
        #expect(french.hint == "1–2 ou un libellé")
    }
}
