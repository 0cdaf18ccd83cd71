/// Accord's own words in one language: one typed catalogue per language, each a value of
/// the same structs, so a string missing from a language is a compile error (every member
/// is a non-optional `let` without a default) rather than a key printed at run time.
///
/// Foundation's `Bundle` localisation is not used: with SwiftPM resources on Linux it does
/// not reliably find `.strings` files. Parameterised strings are closures, so each language
/// words its own counts and plurals.
///
/// The catalogue is split by domain (answers, the terminal runner, participant pages); the
/// English instance of each domain is the reference, `Catalogue.for` falls back to it for a
/// language Accord has no catalogue for, and a German-Swiss participant reads German.
public struct Catalogue: Sendable {
    /// The language of this catalogue.
    public let language: Language
    /// Typed answers: hints, choice labels, what is wrong with an answer.
    public let answers: AnswerStrings
    /// The terminal runner and the kiosk.
    public let runner: RunnerStrings
    /// The participant pages of `accord serve`.
    public let pages: PageStrings
    /// The facilitator's terminal console (`accord facilitate`).
    public let console: ConsoleStrings

    /// English, the fallback.
    public static let english = Catalogue(
        language: .english, answers: .english, runner: .english, pages: .english, console: .english)
    /// German (formal *Sie*).
    public static let german = Catalogue(
        language: .german, answers: .german, runner: .german, pages: .german, console: .german)
    /// French (formal *vous*).
    public static let french = Catalogue(
        language: .french, answers: .french, runner: .french, pages: .french, console: .french)

    /// Every catalogue Accord ships, English first.
    public static let all: [Catalogue] = [.english, .german, .french]

    /// The catalogue for `language`: its base language's (`de` for `de-CH`), else English.
    public static func `for`(_ language: Language?) -> Catalogue {
        language.flatMap(named) ?? .english
    }

    /// The catalogue of `language` or its base language, or `nil` when Accord has none.
    public static func named(_ language: Language) -> Catalogue? {
        all.first { $0.language.code == language.base }
    }

    /// The catalogue for a language code such as `fr-CH`, else English. A code that is
    /// already a catalogue's own (`de`, as pages pass it on every field) is matched without
    /// parsing it.
    public static func `for`(code: String?) -> Catalogue {
        if let code, let own = all.first(where: { $0.language.code == code }) { return own }
        return .for(code.flatMap(Language.init))
    }
}
