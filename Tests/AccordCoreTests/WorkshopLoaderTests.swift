import Foundation
import Testing

@testable import AccordCore

@Suite struct WorkshopLoaderTests {
    private func en(_ text: String) -> LocalizedText { LocalizedText(text, language: "en") }

    private var expectedWorkshop: Workshop {
        let agree5 = Scale(
            id: "agree5",
            points: [
                Scale.Point(value: 1, label: en("Strongly disagree")), Scale.Point(value: 2, label: en("Disagree")),
                Scale.Point(value: 3, label: en("Neither")), Scale.Point(value: 4, label: en("Agree")),
                Scale.Point(
                    value: 5,
                    label: LocalizedText(
                        translations: ["en": "Strongly agree", "de": "Stimme voll zu"], defaultLanguage: "en")),
            ])
        let vision = Section(
            id: "common-vision", title: en("Common vision"), introduction: en("First, where are we going together?"),
            facilitatorNotes: en("Give people a minute of silence."), timeboxMinutes: 20,
            questions: [
                Question(
                    id: "vision-shared", kind: .scale(agree5),
                    prompt: LocalizedText(
                        translations: ["en": "We share one vision.", "de": "Wir teilen eine Vision."],
                        defaultLanguage: "en"),
                    help: en("Think of the last three months."), dimension: "vision", predict: true, allowDontKnow: true
                ),
                Question(
                    id: "friction", kind: .scale(agree5), prompt: en("There is friction between our teams."),
                    dimension: "trust", reverse: true, allowPreferNotToSay: true),
                Question(
                    id: "top-goal",
                    kind: .choice([
                        Option(id: "new-markets", label: en("New markets")),
                        Option(id: "cost", label: en("Lower cost")),
                    ]),
                    prompt: en("What is the partnership's top goal?"), predict: true),
                Question(
                    id: "why-markets", kind: .text(maxLength: 500), prompt: en("Why new markets?"), required: false,
                    condition: .equals(question: "top-goal", .option("new-markets"))),
            ])
        let discovery = Section(
            id: "discovery", title: en("Discovery"),
            questions: [
                Question(
                    id: "months", kind: .number(NumberRange(min: 0, max: 60, unit: en("months"), integer: true)),
                    prompt: en("Months until results?"), predict: true),
                Question(
                    id: "kpis",
                    kind: .multi(
                        [
                            Option(id: "cost", label: en("Cost")), Option(id: "customers", label: en("Customers")),
                            Option(id: "revenue", label: en("Revenue")),
                        ], min: 0, max: 2),
                    prompt: en("Which KPIs matter?"), required: false),
                Question(
                    id: "priorities",
                    kind: .rank([Option(id: "speed", label: en("Speed")), Option(id: "quality", label: en("Quality"))]),
                    prompt: en("Rank these priorities.")),
                Question(
                    id: "exclusive", kind: .yesno, prompt: en("Should the partnership be exclusive?"),
                    condition: .any([
                        .greaterThan(question: "vision-shared", 3),
                        .all([.includes(question: "kpis", "revenue"), .not(.lessThan(question: "months", 6))]),
                        .oneOf(question: "top-goal", [.option("cost"), .option("new-markets")]),
                        .answered(question: "friction", false),
                    ])),
                Question(
                    id: "comment", kind: .text(maxLength: 2000), prompt: en("Anything else?"), required: false,
                    condition: .equals(question: "exclusive", .bool(true))),
            ])
        return Workshop(
            formatVersion: 1, id: "partnership-check", version: "1.2.0",
            title: LocalizedText(
                translations: ["en": "Partnership check", "de": "Partnerschafts-Check"], defaultLanguage: "en"),
            description: en("Where do we stand?"), language: "en",
            anonymity: AnonymityThresholds(minGroupSize: 4, minGroupSizeForText: 6), scales: [agree5],
            dimensions: [
                Dimension(id: "vision", title: en("Vision"), description: en("Do we want the same things?")),
                Dimension(id: "trust", title: en("Trust")),
            ],
            sections: [vision, discovery])
    }

    @Test func aValidWorkshopLoadsIntoTheExactModel() throws {
        let workshop = try WorkshopLoader().load(
            try WorkshopFixtures.data("valid/partnership.json"), file: "partnership.json")
        #expect(workshop.sections.map(\.id) == ["common-vision", "discovery"])
        for (loaded, expected) in zip(workshop.questions, expectedWorkshop.questions) {
            #expect(loaded == expected, "question \(expected.id)")
        }
        #expect(workshop == expectedWorkshop)
        #expect(workshop.question("vision-shared")?.prompt.text(in: "de") == "Wir teilen eine Vision.")
    }

    @Test func defaultsFillWhatIsLeftOut() throws {
        let json = """
            {"formatVersion": 1, "id": "minimal", "version": "1", "title": "Minimal", "language": "de",
             "sections": [{"id": "s", "title": "S", "questions": [
               {"id": "note", "type": "text", "prompt": "Notiz?"},
               {"id": "tools", "type": "multi", "prompt": "Werkzeuge?",
                "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}]},
               {"id": "size", "type": "number", "prompt": "Wie viele?"}]}]}
            """
        let workshop = try WorkshopLoader().load(Data(json.utf8), file: "minimal.json")
        #expect(workshop.anonymity == AnonymityThresholds(minGroupSize: 3, minGroupSizeForText: 5))
        #expect(workshop.language == "de")
        #expect(workshop.title == LocalizedText("Minimal", language: "de"))
        #expect(workshop.scales.isEmpty && workshop.dimensions.isEmpty && workshop.description == nil)
        let note = try #require(workshop.question("note"))
        #expect(note.kind == .text(maxLength: 2000))
        #expect(note.required && !note.predict && !note.reverse && !note.allowDontKnow && !note.allowPreferNotToSay)
        #expect(note.condition == nil && note.help == nil && note.dimension == nil)
        guard case .multi(let options, let min, let max) = workshop.question("tools")?.kind else {
            Issue.record("tools is not a multi question")
            return
        }
        #expect(options.map(\.id) == ["a", "b", "c"])
        #expect(min == 1 && max == 3)
        #expect(workshop.question("size")?.kind == .number(NumberRange()))
    }

    @Test func aRaisedMinGroupSizeRaisesTheOmittedTextThreshold() throws {
        let json = """
            {"formatVersion": 1, "id": "strict", "version": "1", "title": "Strict", "language": "en",
             "anonymity": {"minGroupSize": 8},
             "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "type": "yesno", "prompt": "A?"}]}]}
            """
        let workshop = try WorkshopLoader().load(Data(json.utf8), file: "strict.json")
        #expect(workshop.anonymity == AnonymityThresholds(minGroupSize: 8, minGroupSizeForText: 8))
    }

    @Test(arguments: WorkshopFixtures.brokenNames)
    func aBrokenWorkshopGivesExactlyItsExpectedDiagnostics(name: String) throws {
        let expected = try WorkshopFixtures.expectedDiagnostics()[name] ?? []
        #expect(!expected.isEmpty, "broken/expected.txt has no line for \(name)")
        let diagnostics = WorkshopFixtures.diagnostics(loading: try WorkshopFixtures.data("broken/" + name), file: name)
        #expect(diagnostics.map(\.description) == expected)
    }

    @Test func everyExpectationHasItsFixtureAndThereAreEnoughOfThem() throws {
        let names = WorkshopFixtures.brokenNames
        #expect(names.count >= 20)
        #expect(Set(try WorkshopFixtures.expectedDiagnostics().keys) == Set(names))
    }

    @Test func diagnosticsCarryTheirPathAndQuestion() throws {
        let name = "duplicate-option-ids.json"
        let diagnostic = try #require(
            WorkshopFixtures.diagnostics(loading: try WorkshopFixtures.data("broken/" + name), file: name).first)
        #expect(diagnostic.path == "$.sections[0].questions[0].options[2].id")
        #expect(diagnostic.questionID == "top-goal")
        #expect(diagnostic.message == "question 'top-goal': option 'cost' is defined twice")

        let keys = WorkshopFixtures.diagnostics(
            loading: try WorkshopFixtures.data("broken/unknown-keys.json"), file: "x")
        #expect(
            keys.map(\.path) == [
                "$.sections[0].timebox", "$.sections[0].questions[0].requird", "$.sections[0].questions[1].colour",
            ])
        #expect(keys.map(\.questionID) == [nil, "ok-to-share", "color"])

        let conditions = WorkshopFixtures.diagnostics(
            loading: try WorkshopFixtures.data("broken/condition-values.json"), file: "x")
        #expect(conditions[4].path == "$.sections[0].questions[8].showIf.oneOf[1]")
        #expect(conditions[4].questionID == "q5")
    }

    @Test func theErrorDescribesEveryProblemOnItsOwnLine() throws {
        let data = try WorkshopFixtures.data("broken/empty-lists.json")
        do {
            _ = try WorkshopLoader().load(data, file: "w.json")
            Issue.record("a broken workshop loaded")
        } catch {
            let lines = error.errorDescription?.split(separator: "\n") ?? []
            #expect(lines.count == 3)
            #expect(
                lines.first
                    == "w.json:10:79: error: question 'top-goal': 'options' is empty; a choice question needs at least one option"
            )
        }
    }

    @Test func deeplyNestedConditionsLoadUpToTheLimitAndAreRefusedPastIt() throws {
        func workshop(notDepth: Int) -> Data {
            var condition = "{\"question\": \"a\", \"equals\": true}"
            for _ in 0..<notDepth { condition = "{\"not\": \(condition)}" }
            let json = """
                {"formatVersion": 1, "id": "deep", "version": "1", "title": "Deep", "language": "en",
                 "sections": [{"id": "s", "title": "S", "questions": [
                   {"id": "a", "type": "yesno", "prompt": "A?"},
                   {"id": "b", "type": "yesno", "prompt": "B?", "showIf": \(condition)}]}]}
                """
            return Data(json.utf8)
        }
        let loaded = try WorkshopLoader().load(workshop(notDepth: 100), file: "deep.json")
        #expect(loaded.question("b")?.condition?.referencedQuestions == ["a"])
        let refused = WorkshopFixtures.diagnostics(loading: workshop(notDepth: 5_000), file: "deep.json")
        #expect(refused.map(\.message) == ["arrays and objects are nested more than 128 deep"])
    }

    @Test func aMissingFileIsUnreadable() {
        let url = URL(fileURLWithPath: "/nonexistent/accord/workshop.json")
        #expect {
            _ = try WorkshopLoader().load(contentsOf: url)
        } throws: { error in
            guard case .unreadable(let file, _) = error as? WorkshopLoadError else { return false }
            return file == url.path
        }
    }
}
