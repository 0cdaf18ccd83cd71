import Testing

@testable import AccordCore

/// Language codes as they arrive from flags, shells and browsers (issue 14).
@Suite struct LanguageTests {
    @Test func codesAreReadLenientlyAndWrittenCanonically() {
        let cases: [(String, String?)] = [
            ("de", "de"), ("DE", "de"), ("de-CH", "de-CH"), ("de-ch", "de-CH"), ("fr_FR.UTF-8", "fr-FR"),
            ("de_DE@euro", "de-DE"), ("zh_hant_tw", "zh-Hant-TW"), ("  en  ", "en"), ("es-419", "es-419"),
            ("C", nil), ("POSIX", nil), ("", nil), ("e", nil), ("de--CH", nil), ("12", nil), ("d€", nil),
        ]
        for (text, expected) in cases {
            #expect(Language(text)?.code == expected, "'\(text)'")
        }
        #expect(Language("de-CH")?.base == "de")
        #expect(Language("he")?.direction == "rtl")
        #expect(Language("fr")?.direction == "ltr")
        #expect(Language("fr")?.name == "Français")
        #expect(Language("de-AT")?.name == "Deutsch (de-AT)")
    }

    @Test func acceptLanguageIsMatchedByQualityThenByBaseLanguage() {
        let offered = ["en", "de", "fr"]
        let cases: [(String, String?)] = [
            ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr"),
            ("de-AT,en;q=0.5", "de"),
            ("en;q=0.2, de;q=0.9", "de"),
            ("fr;q=0, de", "de"),
            ("es, it;q=0.5", nil),
            ("es, *;q=0.1", "en"),
            ("", nil), ("???", nil), ("de;q=abc, fr", "fr"),
        ]
        for (header, expected) in cases {
            #expect(Language.negotiate(acceptLanguage: header, among: offered) == expected, "'\(header)'")
        }
        // A regional workshop language is found from the plain one, and the other way round.
        #expect(Language.negotiate(acceptLanguage: "de", among: ["en", "de-CH"]) == "de-CH")
        #expect(Language.negotiate(acceptLanguage: "de-CH", among: ["en", "de-DE", "de"]) == "de")
    }

    @Test func theShellLocaleNamesALanguageUnlessItIsPOSIX() {
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"])?.code == "de-DE")
        #expect(Language.fromEnvironment(["LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"])?.code == "fr-FR")
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == nil)
        #expect(Language.fromEnvironment([:]) == nil)
    }
}
