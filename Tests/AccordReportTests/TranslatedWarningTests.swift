import AccordCore
import Testing

@testable import AccordReport

/// The anonymity warnings of a translated report (issue 14): Core gives them as data
/// (`DisclosureWarning`), the report words them in its language, in every format.
@Suite struct TranslatedWarningTests {
    static let warning = DisclosureWarning.thresholdBelowRecommended(.minGroupSize, value: 3, recommended: 5)

    @Test(arguments: [ReportFormat.text, .markdown, .html, .json])
    func aGermanOrFrenchReportHasNoEnglishWarning(format: ReportFormat) {
        let sentences: [Language: String] = [
            .german: "eine Gruppe von 3 schützt also nur 2 andere Personen",
            .french: "un groupe de 3 ne protège donc que 2 autres personnes",
        ]
        for (language, sentence) in sentences {
            let output = format.renderer(width: 1000, colour: false, language: language).render(SampleReport.smallCell)
            #expect(output.contains(sentence), "\(language) \(format)")
            for english in ["protects", "below 5", "who also answered", "Warning"] {
                #expect(!output.contains(english), "\(language) \(format): '\(english)'")
            }
        }
    }

    @Test func everyLanguageWordsEveryWarningWithItsNumbers() {
        for words in ReportWords.all {
            let text = words.disclosureWarning(Self.warning)
            #expect(text.contains("minGroupSize") && text.contains("3") && text.contains("5") && text.contains("2"))
        }
        #expect(
            ReportWords.english.disclosureWarning(Self.warning)
                == "minGroupSize is 3, below 5: every reader who also answered can remove their own answer, "
                + "so a group of 3 protects 2 others.")
    }
}
