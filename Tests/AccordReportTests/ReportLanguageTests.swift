import AccordCore
import Testing

@testable import AccordReport

/// `accord report --language`: every language says every word of the report, in its own
/// number format, and only the human-readable strings change.
@Suite struct ReportLanguageTests {
    /// Every string-valued entry of a catalogue, by name, read through reflection so a new
    /// entry is checked without listing it here.
    static func strings(_ words: ReportWords) -> [String: String] {
        var strings: [String: String] = [:]
        for child in Mirror(reflecting: words).children {
            if let label = child.label, let value = child.value as? String { strings[label] = value }
        }
        return strings
    }

    /// Entries that are punctuation or codes, not words.
    static let punctuation: Set = ["colon", "semicolon", "percentSuffix", "percentCell"]

    @Test func everyLanguageHasEveryStringAndNoneIsEmptyOrEnglish() {
        let english = Self.strings(.english)
        // Words that are the same in several languages (symbols, names of statistics).
        let shared: Set = ["TVD", "Dimension", "Session", "Question", "Participants", "Median", "SD"]
        for words in ReportWords.all where words.code != "en" {
            let strings = Self.strings(words)
            #expect(Set(strings.keys) == Set(english.keys), "\(words.code)")
            for (key, value) in strings where !Self.punctuation.contains(key) {
                #expect(!value.isEmpty, "\(words.code).\(key) is empty")
                if !shared.contains(value) { #expect(value != english[key], "\(words.code).\(key) is still English: \(value)") }
            }
        }
    }

    @Test func unknownLanguagesAreAClearErrorNamingTheAvailableOnes() throws {
        #expect(ReportLanguage.available.map(\.code) == ["en", "de", "fr"])
        #expect(try ReportLanguage.resolve("fr", workshopLanguage: "en") == .french)
        #expect(try ReportLanguage.resolve("de-CH", workshopLanguage: "en") == .german)
        #expect(try ReportLanguage.resolve(nil, workshopLanguage: "fr") == .french)
        #expect(try ReportLanguage.resolve(nil, workshopLanguage: "he") == .english, "no catalogue: English")
        #expect(throws: ReportError.self) { try ReportLanguage.resolve("not a language", workshopLanguage: "en") }
        #expect(throws: ReportError.unknownLanguage("xx", available: ["en", "de", "fr"])) {
            try ReportLanguage.resolve("xx", workshopLanguage: "en")
        }
        let message = ReportError.unknownLanguage("xx", available: ["en", "de", "fr"]).errorDescription ?? ""
        #expect(message.contains("'xx'") && message.contains("en, de, fr"))
    }

    @Test func numbersUseTheLanguagesDecimalSeparator() {
        let report = SampleReport.twoPartners
        let english = TextReportRenderer(width: 100).render(report)
        let french = TextReportRenderer(width: 100, language: .french).render(report)
        let german = TextReportRenderer(width: 100, language: .german).render(report)
        #expect(english.contains("Cliff's δ −0.") && !english.contains("δ de Cliff"))
        #expect(french.contains("δ de Cliff −0,") && !french.contains("Cliff's δ"))
        #expect(french.contains("IC à 95\u{A0}% [") && french.contains("Indice d'alignement"))
        #expect(german.contains("Cliffs δ −0,") && german.contains("95-%-KI ["))
        // Decimal points survive only in the workshop's own texts, never in a statistic.
        #expect(french.replacingOccurrences(of: "version 1.0.0", with: "").firstMatch(of: /[0-9]\.[0-9]/) == nil, "a decimal point")
    }

    @Test func htmlLangIsTheReportsLanguageAndWorkshopTextsStayIsolated() {
        let html = HTMLReportRenderer(language: .french).render(SampleReport.twoPartners)
        #expect(html.contains("<html lang=\"fr\" dir=\"ltr\">"))
        #expect(html.contains("<h1 dir=\"auto\">"))
        #expect(html.contains("Les plus grands écarts"))
        #expect(HTMLReportRenderer().render(SampleReport.twoPartners).contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test func jsonKeepsItsKeysAndNumbersAndTranslatesOnlySentences() throws {
        let english = JSONReportRenderer().render(SampleReport.twoPartners)
        let french = JSONReportRenderer(language: .french).render(SampleReport.twoPartners)
        let keys = { (text: String) in text.matches(of: /"([A-Za-z0-9_]+)":/).map { String($0.output.1) } }
        #expect(keys(english) == keys(french))
        let numbers = { (text: String) in text.matches(of: /": (-?[0-9.e+-]+)[,\n]/).map { String($0.output.1) } }
        #expect(numbers(english) == numbers(french))
        #expect(french.contains("\"rule\": \"Les groupes de moins de"))
    }

    @Test func csvIsTheSameInEveryLanguage() {
        let csv = ReportFormat.csv.renderer(language: .french).render(SampleReport.twoPartners)
        #expect(csv == ReportFormat.csv.renderer().render(SampleReport.twoPartners))
    }
}
