import Foundation
import Testing

@testable import AccordCore

/// Translations of a workshop's texts: `--languages` makes each missing one an error, and a
/// language only some texts have gives a located warning per text without it.
@Suite struct TranslationCoverageTests {
    /// German for the title and the first prompt only: a partial translation.
    static let partlyGerman = """
        {"formatVersion": 1, "id": "mixed", "version": "1", "language": "en",
         "title": {"en": "Mixed", "de": "Gemischt"},
         "sections": [{"id": "s", "title": "Start", "questions": [
           {"id": "a", "type": "yesno", "prompt": {"en": "A?", "de": "A?"}},
           {"id": "b", "type": "choice", "prompt": "B?", "help": "Pick one.",
            "options": [{"id": "x", "label": {"en": "X", "de": "X"}}, {"id": "y", "label": "Y"}]}
         ]}]}
        """

    private func check(_ text: String, languages: [String] = []) throws(WorkshopLoadError) -> [Diagnostic] {
        try WorkshopLoader().check(Data(text.utf8), file: "mixed.json", languages: languages).warnings
    }

    @Test func aPartialTranslationWarnsAtEveryUntranslatedTextButLoads() throws {
        let warnings = try check(Self.partlyGerman)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(
            warnings.map(\.description) == [
                "mixed.json:3:36: warning: section 's': 'title' has no 'de' translation; the workshop translates 3 of its 7 texts into 'de', so participants reading it would see this in 'en'",
                "mixed.json:5:44: warning: question 'b': 'prompt' has no 'de' translation; the workshop translates 3 of its 7 texts into 'de', so participants reading it would see this in 'en'",
                "mixed.json:5:58: warning: question 'b': 'help' has no 'de' translation; the workshop translates 3 of its 7 texts into 'de', so participants reading it would see this in 'en'",
                "mixed.json:6:84: warning: question 'b': 'label' has no 'de' translation; the workshop translates 3 of its 7 texts into 'de', so participants reading it would see this in 'en'",
            ])
        #expect(warnings.map(\.path) == [
            "$.sections[0].title", "$.sections[0].questions[1].prompt", "$.sections[0].questions[1].help",
            "$.sections[0].questions[1].options[1].label",
        ])
        #expect(warnings.map(\.questionID) == [nil, "b", "b", "b"])
    }

    @Test func aWorkshopInOneLanguageHasNoWarning() throws {
        let english = """
            {"formatVersion": 1, "id": "en", "version": "1", "language": "en", "title": "English",
             "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "type": "yesno", "prompt": "A?"}]}]}
            """
        #expect(try check(english) == [])
    }

    @Test func requiredLanguagesMakeEveryMissingTranslationAnError() throws {
        do {
            _ = try check(Self.partlyGerman, languages: ["de", "fr"])
            Issue.record("a workshop without French passed --languages de,fr")
        } catch .invalid(let diagnostics) {
            let errors = diagnostics.filter { $0.severity == .error }
            // 7 texts lack 'fr', 4 of them also lack 'de'; no warning, since 'de' is required.
            #expect(errors.count == 11)
            #expect(diagnostics.count == 11)
            #expect(
                errors.first?.description
                    == "mixed.json:2:11: error: 'title' has no 'fr' translation, which --languages requires")
            #expect(
                errors.contains {
                    $0.description
                        == "mixed.json:6:84: error: question 'b': 'label' has no 'de' translation, which --languages requires"
                })
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aLanguageListIsParsedAndABadCodeNamed() throws {
        #expect(try TranslationCoverage.languages("de, fr,de") == ["de", "fr"])
        #expect(try TranslationCoverage.languages("de-CH") == ["de-CH"])
        for bad in ["de,x_y", "", "de,", "DE", "german"] {
            #expect(throws: WorkshopLoadError.self) { try TranslationCoverage.languages(bad) }
        }
        do {
            _ = try TranslationCoverage.languages("de,x_y")
        } catch {
            #expect(
                error.errorDescription
                    == "'x_y' in 'de,x_y' is not a language code; give codes such as 'de' or 'de-CH', separated by commas")
        }
    }

    @Test(arguments: ShippedWorkshopTests.shipped)
    func everyShippedWorkshopIsCompleteInGermanAndFrench(_ name: String) throws {
        let url = ShippedWorkshopTests.root.appendingPathComponent("questionnaires/\(name).json")
        let data = try Data(contentsOf: url)
        do {
            let warnings = try WorkshopLoader().check(data, file: name, languages: ["de", "fr"]).warnings
            #expect(warnings == [])
        } catch {
            Issue.record("\(error.localizedDescription)")
        }
    }

    @Test(arguments: ShippedWorkshopTests.shipped)
    func everyShippedWorkshopSpeaksEnglishByDefault(_ name: String) throws {
        let workshop = try ShippedWorkshopTests.load(name)
        #expect(workshop.language == "en")
        let prompts = workshop.sections.flatMap(\.questions).map(\.prompt)
        #expect(prompts.allSatisfy { $0.translations.keys.sorted() == ["de", "en", "fr"] })
        #expect(prompts.allSatisfy { $0.text(in: "fr") != $0.text && $0.text(in: "de") != $0.text })
    }
}
