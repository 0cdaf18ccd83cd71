import Testing

@testable import AccordCore

/// Numbers written per language (issue 14): decimal comma in German and French, grouping
/// from five digits, and whatever is written reads back as the same value.
@Suite struct TypedNumberFormattingTests {
    static let values: [Double] = [
        0, 1, -1, 7, 2.5, -0.75, 0.125, 1234, 12345, -25000, 25000.5, 1_234_567.89, 0.001, 1e-7, 123_456_789_012,
        0.1 + 0.2, 999_999.999, 1e15, 3.0e16, 1.125, -12.345, 0.125, 100.5,
    ]
    static let languages = ["en", "de", "fr", "de-CH", "it", "sv", "pt-PT", "he", "es"]

    @Test func whatIsWrittenReadsBackAsTheSameValueInEveryLanguage() {
        for language in Self.languages {
            let grammar = TypedNumber(language: language)
            for value in Self.values {
                let written = grammar.format(value)
                #expect(!written.contains("e"), "\(language) \(value) → '\(written)'")
                switch grammar.read(written) {
                case .success(let read): #expect(read == value, "\(language) \(value) → '\(written)' → \(read)")
                case .failure(let refusal): Issue.record("\(language) \(value) → '\(written)' refused: \(refusal)")
                }
                for digits in [0, 1, 2] {
                    let rounded = grammar.format(value, fractionDigits: digits)
                    if case .failure(let refusal) = grammar.read(rounded) {
                        Issue.record("\(language) \(value) with \(digits) digits → '\(rounded)' refused: \(refusal)")
                    }
                }
            }
        }
    }

    @Test func eachLanguageWritesItsOwnSeparators() {
        let cases: [(String, Double, Int?, String)] = [
            ("en", 2.5, nil, "2.5"), ("de", 2.5, nil, "2,5"), ("fr", 2.5, nil, "2,5"),
            ("en", 1234, nil, "1234"), ("en", 25000, nil, "25,000"), ("de", 25000, nil, "25.000"),
            ("fr", 25000.5, nil, "25\u{202F}000,5"), ("de-CH", 1_234_567.5, nil, "1'234'567.5"),
            ("de", -1_234_567.891, 2, "-1.234.567,89"), ("fr", 3.14159, 1, "3,1"), ("en", -0.04, 1, "0.0"),
            ("de", 0.1 + 0.2, nil, "0,30000000000000004"), ("en", 1e-7, nil, "0.0000001"),
            ("en", 1.125, nil, "1.1250"), ("de", 1.125, 3, "1,1250"), ("fr", 0.125, nil, "0,125"),
        ]
        for (language, value, digits, expected) in cases {
            #expect(TypedNumber(language: language).format(value, fractionDigits: digits) == expected, "\(language)")
        }
    }
}
