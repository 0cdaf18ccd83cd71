import Foundation
import Testing

@testable import AccordCore

/// How text enters (issue 10 cases 3, 4, 9, 10; issue 18 cases 2, 3; issue 19's did-you-mean).
@Suite struct TextEntryTests {
    static let euros = Question(
        id: "budget", kind: .number(NumberRange(min: 0, max: 1_000_000, unit: LocalizedText("EUR"))),
        prompt: LocalizedText("Budget?"))
    static let germanEuros = Question(
        id: "budget", kind: .number(NumberRange(min: 0, max: 1_000_000, unit: LocalizedText("EUR", language: "de"))),
        prompt: LocalizedText("Budget?", language: "de"))

    // MARK: Numbers (case 3)

    @Test func aGroupedNumberIsReadAsItsLanguageMeansIt() throws {
        let parser = AnswerParser(question: Self.euros)
        #expect(try parser.parse("25,000") == .number(25000))
        #expect(try parser.parse("25,000 EUR") == .number(25000))
        #expect(try parser.parse("25000eur") == .number(25000))
        #expect(try parser.parse("25 000") == .number(25000))
        #expect(try AnswerParser(question: Self.germanEuros).parse("25.000 EUR") == .number(25000))
        #expect(try AnswerParser(question: Self.germanEuros).parse("2,5") == .number(2.5))
    }

    @Test func anAmbiguousOrForeignNumberIsRefusedWithWhatToType() {
        do {
            _ = try AnswerParser(question: Self.euros).parse("25.000")
            Issue.record("25.000 was read in English")
        } catch {
            #expect(error == .ambiguousNumber(question: "budget", input: "25.000", readings: ["25000", "25"]))
            #expect(error.reason == "'25.000' can be read as 25000 or as 25; type it without grouping marks, such as 25000 or 25")
        }
        #expect(throws: AnswerInputError.self) { try AnswerParser(question: Self.germanEuros).parse("25,000") }
        for input in ["0x1p4", "1e3", "inf", "nan", "-inf EUR"] {
            #expect(throws: AnswerInputError.self, "\(input)") { try AnswerParser(question: Self.euros).parse(input) }
        }
        // However a number arrives (posted, imported, built in code), it must be finite.
        let unbounded = Question(id: "n", kind: .number(NumberRange()), prompt: LocalizedText("?"))
        #expect(throws: AnswerError.self) { try unbounded.check(.number(.infinity)) }
        #expect(throws: AnswerError.self) { try unbounded.check(.number(.nan)) }
    }

    // MARK: Normalisation (case 4) and blank comments (issue 18 case 3)

    @Test func textIsStoredInNFCWithNewlineLineBreaks() {
        let nfd = "Zu\u{308}rich"
        #expect(TextNormalization.normalized(nfd).unicodeScalars.elementsEqual("Z\u{FC}rich".unicodeScalars))
        #expect(TextNormalization.normalized("a\r\nb\rc\n").unicodeScalars.elementsEqual("a\nb\nc\n".unicodeScalars))
        #expect(TextNormalization.normalized("plain") == "plain")
        let comment = Question(id: "c", kind: .text(maxLength: 100), prompt: LocalizedText("?"))
        let answer = try? AnswerParser(question: comment).parse("Zu\u{308}rich\r\nok")
        guard case .text(let text)? = answer else { Issue.record("no text"); return }
        #expect(text.unicodeScalars.elementsEqual("Z\u{FC}rich\nok".unicodeScalars))
    }

    @Test func jsonStringsEnterNormalised() throws {
        let value = try JSONReader().readValue(Data(#"{"Zu\u0308rich": "a\r\nb"}"#.utf8))
        guard case .object(let members) = value, let (key, text) = members.first else {
            Issue.record("not an object"); return
        }
        #expect(key.unicodeScalars.elementsEqual("Z\u{FC}rich".unicodeScalars))
        #expect(text == .string("a\nb"))
    }

    @Test func aCommentWithNothingVisibleIsBlank() {
        let comment = Question(id: "c", kind: .text(maxLength: 100), prompt: LocalizedText("?"), required: false)
        for invisible in ["\u{200B}", "\u{2060}", "\u{FEFF}", " \u{200B}\u{00A0}\n", "\u{180E}", "\u{2800}"] {
            #expect(TextNormalization.isBlank(invisible))
            #expect(throws: AnswerInputError.empty(question: "c")) { try AnswerParser(question: comment).parse(invisible) }
            #expect(TextNormalization.entered(.text(invisible)) == nil)
        }
        #expect(!TextNormalization.isBlank("\u{200B}ok"))
        #expect(TextNormalization.entered(.text("\u{FEFF} fine \u{200B}")) == .text("fine"))
    }

    @Test func aBlankCommentStoredEarlierIsNotCounted() throws {
        let workshop = Workshop(
            id: "w", version: "1", title: LocalizedText("W"),
            sections: [
                Section(
                    id: "s", title: LocalizedText("S"),
                    questions: [
                        Question(id: "c", kind: .text(maxLength: 100), prompt: LocalizedText("?"), required: false)
                    ])
            ])
        var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
        for text in ["one", "two", "\u{200B}", "\u{FEFF}"] {
            try aggregator.add(Submission(partner: "Acme", level: .management, answers: ["c": .text(text)]))
        }
        #expect(aggregator.finish().comments("c", in: .everyone).texts.sorted() == ["one", "two"])
    }

    // MARK: Quoting input in messages (case 9, issue 19)

    @Test func quotedInputIsInertAndShort() {
        let hostile = "a\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07}\u{0}\u{9B}b\nc\u{202E}"
        let quoted = InputQuote.inert(hostile)
        #expect(quoted == #"a\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{7}\u{0}\u{9B}b\nc\u{202E}"#)
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        let long = InputQuote.inert(String(repeating: "x", count: 10_000))
        #expect(long == String(repeating: "x", count: InputQuote.limit) + "…")
        let error = AnswerInputError.notUnderstood(question: "q", input: hostile, expected: "a number")
        #expect(!error.reason.contains("\u{1B}") && !error.reason.contains("\n"))
    }

    // MARK: Guesses obey visibility (issue 18 case 2)

    @Test func aGuessAboutAHiddenQuestionIsRefused() {
        var questions = SampleWorkshop.workshop.sections[0].questions
        questions[0] = Question(
            id: "vision-shared", kind: .scale(SampleWorkshop.agree5), prompt: LocalizedText("Vision?"), predict: true,
            allowDontKnow: true, condition: .equals(question: "top-goal", .option("new-markets")))
        questions.swapAt(0, 1)
        let workshop = Workshop(
            id: "w", version: "1", title: LocalizedText("W"), scales: [SampleWorkshop.agree5],
            sections: [Section(id: "main", title: LocalizedText("Main"), questions: questions)])
        let guess = Submission(
            partner: "Acme", level: .management, answers: ["top-goal": .choice("cost")],
            predictions: ["vision-shared": .scale(5)])
        #expect(guess.problems(in: workshop) == [.predictedHiddenQuestion(question: "vision-shared")])
        // The interview never keeps one either.
        let interview = Interview(workshop: workshop, answers: guess.answers, predictions: guess.predictions)
        #expect(interview.predictions.isEmpty && !interview.steps.contains(.prediction("vision-shared")))
    }

    // MARK: Linear parsing and diagnostics (case 10, issue 19)

    @Test func manyEscapesDecodeToTheirText() throws {
        let count = 200_000
        let json = "\"" + String(repeating: #"\n"#, count: count) + "x\""
        guard case .string(let text) = try JSONReader().readValue(Data(json.utf8)) else {
            Issue.record("not a string"); return
        }
        #expect(text.utf8.count == count + 1 && text.hasSuffix("x"))
    }

    @Test func aHugeUnknownReferenceGetsAShortMessageAndNoSuggestion() throws {
        var workshop = try JSONSerialization.jsonObject(with: WorkshopFixtures.data("valid/partnership.json"))
            as! [String: Any]
        var sections = workshop["sections"] as! [[String: Any]]
        var questions = sections[0]["questions"] as! [[String: Any]]
        let reference = String(repeating: "vision-shared", count: 40_000) + "\u{1B}[2J"
        questions[1]["showIf"] = ["question": reference, "equals": 3]
        sections[0]["questions"] = questions
        workshop["sections"] = sections
        let data = try JSONSerialization.data(withJSONObject: workshop)
        let diagnostics = WorkshopFixtures.diagnostics(loading: data, file: "w.json")
        let message = try #require(diagnostics.first { $0.message.contains("unknown question") }).message
        #expect(!message.contains("did you mean"))
        #expect(message.count < 300 && message.contains("…"))
        #expect(!diagnostics.map(\.description).joined().contains("\u{1B}"))
        #expect("vision-shraed".closestMatch(in: ["vision-shared", "trust"]) == "vision-shared")
    }
}
