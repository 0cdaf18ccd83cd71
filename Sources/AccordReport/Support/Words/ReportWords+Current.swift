import AccordCore

extension ReportWords {
    /// The words of the report being rendered. A renderer binds its language for the
    /// duration of `render` (`rendering(in:_:)`); everything it calls reads the words here
    /// instead of passing them through every helper.
    @TaskLocal static var current: ReportWords = .english

    /// Every language the report can be written in, English first.
    static let all: [ReportWords] = [.english, .german, .french]

    /// The words of `code` (`fr`, `de-CH` uses `de`); `nil` when Accord has no catalogue for it.
    static func named(_ code: String) -> ReportWords? {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return all.first { $0.code == base }
    }

    /// Runs `body` with the words of `language` (English when Accord has none for it).
    static func rendering<Result>(in language: String, _ body: () -> Result) -> Result {
        $current.withValue(named(language) ?? .english, operation: body)
    }
}

/// The languages `accord report --language` offers, and the default it takes.
public enum ReportLanguage {
    /// The codes of the languages the report can be written in (`en`, `de`, `fr`).
    public static var available: [String] { ReportWords.all.map(\.code) }

    /// The report's language: `requested` when given (an error naming the available ones
    /// when Accord has no catalogue for it), else the workshop's language when Accord has one,
    /// else English.
    public static func resolve(_ requested: String?, workshopLanguage: String) throws(ReportError) -> String {
        if let requested {
            guard let words = ReportWords.named(requested) else {
                throw .unknownLanguage(requested, available: available)
            }
            return words.code
        }
        return ReportWords.named(workshopLanguage)?.code ?? ReportWords.english.code
    }
}
