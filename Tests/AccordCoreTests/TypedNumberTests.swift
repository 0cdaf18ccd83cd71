import Testing

@testable import AccordCore

/// The one grammar of typed numbers (issue 10 case 3), as a table per language.
@Suite struct TypedNumberTests {
    enum Expected: Sendable, CustomStringConvertible {
        case value(Double)
        case refused
        case ambiguous

        var description: String {
            switch self {
            case .value(let value): "\(value)"
            case .refused: "refused"
            case .ambiguous: "ambiguous"
            }
        }
    }

    /// The same in every language: never hex, exponents, inf or nan; spaces group; a mark
    /// followed by other than three digits is the decimal separator.
    static let common: [(String, Expected)] = [
        ("0", .value(0)), ("12", .value(12)), ("-3", .value(-3)), ("+7", .value(7)), ("\u{2212}4", .value(-4)),
        ("007", .value(7)), ("  42  ", .value(42)), ("1000000", .value(1_000_000)), ("2.5", .value(2.5)),
        ("2,5", .value(2.5)), ("-0,75", .value(-0.75)), ("0.125", .value(0.125)), ("0,125", .value(0.125)),
        ("1.2345", .value(1.2345)), ("1,2345", .value(1.2345)), ("12.50", .value(12.5)),
        ("25 000", .value(25000)), ("25\u{202F}000", .value(25000)), ("25\u{00A0}000", .value(25000)),
        ("1'000'000", .value(1_000_000)), ("1 234 567", .value(1_234_567)), ("25 000,50", .value(25000.5)),
        ("25 000.50", .value(25000.5)),
        ("", .refused), ("abc", .refused), ("0x10", .refused), ("0x1p4", .refused), ("1e3", .refused),
        ("1E-2", .refused), ("inf", .refused), ("-inf", .refused), ("nan", .refused), ("NaN", .refused),
        ("Infinity", .refused), ("12abc", .refused), (".5", .refused), ("5.", .refused), ("1,,000", .refused),
        ("--5", .refused), ("1 2", .refused), ("1 23", .refused), ("\u{0661}\u{0662}", .refused),
        ("\u{FF11}\u{FF12}", .refused), ("+-3", .refused), ("1_000", .refused), ("\u{221E}", .refused),
        ("0b101", .refused), ("1,234 567", .refused), (String(repeating: "9", count: 400), .refused),
    ]

    static let english: [(String, Expected)] = [
        ("25,000", .value(25000)), ("-25,000", .value(-25000)), ("999,999", .value(999_999)),
        ("1,234,567", .value(1_234_567)), ("1,234.5", .value(1234.5)), ("1,000,000.25", .value(1_000_000.25)),
        ("1,23", .value(1.23)), ("25.000", .ambiguous), ("1.250", .ambiguous), ("1.234.567", .ambiguous),
        ("1.234,5", .ambiguous), ("1,23,456", .refused),
    ]

    static let german: [(String, Expected)] = [
        ("25.000", .value(25000)), ("-25.000", .value(-25000)), ("1.234.567", .value(1_234_567)),
        ("1.234,5", .value(1234.5)), ("1.000.000,25", .value(1_000_000.25)), ("1.23", .value(1.23)),
        ("25,000", .ambiguous), ("1,250", .ambiguous), ("1,234,567", .ambiguous), ("1,234.5", .ambiguous),
        ("1.23.456", .refused),
    ]

    static let french: [(String, Expected)] = [
        ("12,5", .value(12.5)), ("1 234 567,89", .value(1_234_567.89)), ("25\u{202F}000,5", .value(25000.5)),
        ("25.000", .ambiguous), ("25,000", .ambiguous), ("1.234.567", .ambiguous), ("1,234.5", .ambiguous),
        ("1.234,5", .ambiguous), ("1 2345", .refused),
    ]

    static func check(_ table: [(String, Expected)], language: String) {
        let grammar = TypedNumber(language: language)
        for (input, expected) in table {
            let result = grammar.read(input)
            switch (expected, result) {
            case (.value(let value), .success(let read)):
                #expect(abs(read - value) <= 1e-9 * max(1, abs(value)), "\(language) '\(input)'")
            case (.refused, .failure(.notANumber)), (.ambiguous, .failure(.ambiguous)): break
            default: Issue.record("\(language) '\(input)': expected \(expected), got \(result)")
            }
        }
    }

    @Test func englishGroupsWithCommas() {
        #expect(Self.common.count + Self.english.count >= 40)
        Self.check(Self.common + Self.english, language: "en")
    }

    @Test func germanGroupsWithPoints() {
        #expect(Self.common.count + Self.german.count >= 40)
        Self.check(Self.common + Self.german, language: "de")
    }

    @Test func frenchGroupsWithSpacesOnly() {
        #expect(Self.common.count + Self.french.count >= 40)
        Self.check(Self.common + Self.french, language: "fr")
    }

    @Test func swissGermanWritesAPointAndGroupsWithApostrophes() {
        Self.check(
            [("1'000.5", .value(1000.5)), ("25.000", .ambiguous), ("2.5", .value(2.5)), ("1\u{2019}000", .value(1000))],
            language: "de-CH")
    }

    @Test func anAmbiguousGroupingSaysWhatToTypeForEachReading() {
        #expect(TypedNumber(language: "en").read("25.000") == .failure(.ambiguous(readings: ["25000", "25"])))
        #expect(TypedNumber(language: "de").read("1,250") == .failure(.ambiguous(readings: ["1250", "1,25"])))
        #expect(TypedNumber(language: "en").read("1.234.567") == .failure(.ambiguous(readings: ["1234567"])))
    }
}
