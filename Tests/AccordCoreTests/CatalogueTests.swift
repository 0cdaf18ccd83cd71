import Testing

@testable import AccordCore

/// Accord's own strings per language (issue 14): every key exists in every language (the
/// compiler checks that: each catalogue is a value of the same structs), nothing is left
/// empty or untranslated, and a language without a catalogue reads English, never a key.
@Suite struct CatalogueTests {
    /// The string members of a catalogue's domains, by domain and name.
    static func strings(_ catalogue: Catalogue) -> [String: String] {
        var result: [String: String] = [:]
        for (domain, value) in [("answers", catalogue.answers as Any), ("runner", catalogue.runner), ("pages", catalogue.pages)] {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                if let text = child.value as? String { result["\(domain).\(label)"] = text }
                if let list = child.value as? [String] { result["\(domain).\(label)"] = list.joined(separator: "|") }
                if let refusal = child.value as? PageStrings.Refusal {
                    result["\(domain).\(label).title"] = refusal.title
                    result["\(domain).\(label).message"] = refusal.message
                }
            }
        }
        return result
    }

    /// Strings that are rightly the same in a translation.
    static let sameInEveryLanguage: Set<String> = ["runner.management"]

    @Test func everyLanguageHasEveryStringFilledAndTranslated() {
        let english = Self.strings(.english)
        #expect(english.count > 80)
        for catalogue in Catalogue.all {
            let strings = Self.strings(catalogue)
            #expect(Set(strings.keys) == Set(english.keys), "\(catalogue.language)")
            for (key, text) in strings {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalogue.language) \(key) is empty")
                if catalogue.language != .english && !Self.sameInEveryLanguage.contains(key) {
                    #expect(text != english[key], "\(catalogue.language) \(key) is not translated: '\(text)'")
                }
            }
        }
    }

    @Test func parameterisedStringsUseTheirArguments() {
        for catalogue in Catalogue.all {
            let words = catalogue.answers
            #expect(words.noSuchNumber(7, 4).contains("7") && words.noSuchNumber(7, 4).contains("4"))
            #expect(words.textTooLong(301, 300).contains("301") && words.textTooLong(301, 300).contains("300"))
            #expect(words.notUnderstood("blah", "HINT").contains("blah"))
            #expect(words.notUnderstood("blah", "HINT").contains("HINT"))
            #expect(words.unknownOption("x\u{1B}[2J", ["A", "B"]).contains("\\u{1B}"), "input is quoted inertly")
        }
        #expect(AnswerStrings.french.textTooLong(1, 0).contains("1 caractère\u{A0};"))
        #expect(AnswerStrings.french.textTooLong(2, 0).contains("2 caractères"))
    }

    @Test func aLanguageWithoutCatalogueReadsEnglishAndARegionReadsItsLanguage() {
        #expect(Catalogue.for(Language("es")).language == .english)
        #expect(Catalogue.for(nil).language == .english)
        #expect(Catalogue.for(Language("de-CH")).language == .german)
        #expect(Catalogue.for(code: "fr_CA.UTF-8").language == .french)
        #expect(Catalogue.for(code: "not a language").language == .english)
    }
}
