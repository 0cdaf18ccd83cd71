import AccordCore

extension ReportWords {
    /// The words of the report being rendered. A renderer binds its language for the
    /// duration of `render` (`rendering(in:_:)`); everything it calls reads the words here
    /// instead of passing them through every helper.
    @TaskLocal static var current: ReportWords = .english

    /// Every language the report can be written in, English first.
    static let all: [ReportWords] = [.english, .german, .french]

    /// The language's code (`fr`).
    var code: String { language.code }

    /// How the language writes numbers: its decimal separator (`1,4`) and grouping.
    var numbers: TypedNumber { TypedNumber(language: language.code) }

    /// The words of `language`, or of its base language (`de` for `de-CH`); `nil` when
    /// Accord has no report vocabulary for it.
    static func named(_ language: Language) -> ReportWords? {
        all.first { $0.language.code == language.base }
    }

    /// Runs `body` with the words of `language` (English when Accord has none for it).
    static func rendering<Result>(in language: Language, _ body: () -> Result) -> Result {
        $current.withValue(named(language) ?? .english, operation: body)
    }
}

/// The languages `accord report --language` offers, and the default it takes.
public enum ReportLanguage {
    /// The languages the report can be written in: English, German, French.
    public static var available: [Language] { ReportWords.all.map(\.language) }

    /// The report's language: `requested` when given (an error naming the available ones
    /// when it is not a language code or Accord has no report vocabulary for it), else the
    /// language of a POSIX locale `environment` (`LC_ALL` > `LC_MESSAGES` > `LANG`) when Accord
    /// has a report vocabulary for it, else the workshop's language when Accord has one, else
    /// English.
    public static func resolve(
        _ requested: String?, workshopLanguage: String, environment: [String: String] = [:]
    ) throws(ReportError) -> Language {
        let codes = available.map(\.code)
        if let requested {
            guard let language = Language(requested), let words = ReportWords.named(language) else {
                throw .unknownLanguage(requested, available: codes)
            }
            return words.language
        }
        if let words = Language.fromEnvironment(environment).flatMap(ReportWords.named) { return words.language }
        return Language(workshopLanguage).flatMap(ReportWords.named)?.language ?? .english
    }
}
