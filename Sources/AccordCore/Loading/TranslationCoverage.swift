import Foundation

/// The rule on translations of a workshop's human-facing texts, one place for every channel
/// (`accord validate`, loading a workshop to run or serve it).
///
/// - A language listed as *required* (`accord validate --languages de,fr`) must be present
///   in every text: each text without it is an error.
/// - Any other language that some texts have but not all is a partial translation: each text
///   without it is a warning, since participants choosing that language would read a mix.
///
/// Language codes match exactly: a `de-CH` text does not count as `de`.
public enum TranslationCoverage {
    /// The language codes of a comma-separated list such as `de,fr`, in order, without
    /// repeats; throws when the list is empty or a code is not well-formed.
    public static func languages(_ list: String) throws(WorkshopLoadError) -> [String] {
        var codes: [String] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let code = part.trimmingCharacters(in: .whitespaces)
            guard WorkshopFormat.isLanguageCode(code) else {
                throw .invalidLanguageCode(code, list: list)
            }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// Whether `code` is a well-formed language code: `en`, `de`, `de-CH`, `zh-Hant`.
    public static func isLanguageCode(_ code: String) -> Bool {
        WorkshopFormat.isLanguageCode(code)
    }

    /// One diagnostic per text lacking a required language (error) or a language that only
    /// some texts have (warning), in file order.
    static func diagnostics(
        for texts: [TextSite], file: String, workshopLanguage: String, required: [String]
    ) -> [Diagnostic] {
        guard !texts.isEmpty else { return [] }
        var counts: [String: Int] = [:]
        for text in texts {
            for language in text.languages { counts[language, default: 0] += 1 }
        }
        let partial = counts.filter { language, count in
            language != workshopLanguage && !required.contains(language) && count < texts.count
        }.keys.sorted()
        var diagnostics: [Diagnostic] = []
        for text in texts {
            for language in required where !text.languages.contains(language) {
                diagnostics.append(
                    diagnostic(
                        text, file: file, severity: .error,
                        "'\(text.key)' has no '\(input: language)' translation, which --languages requires"))
            }
            for language in partial where !text.languages.contains(language) {
                let translated = counts[language] ?? 0
                diagnostics.append(
                    diagnostic(
                        text, file: file, severity: .warning,
                        "'\(text.key)' has no '\(input: language)' translation; the workshop translates "
                            + "\(translated) of its \(texts.count) texts into '\(input: language)', so participants "
                            + "reading it would see this in '\(input: workshopLanguage)'"))
            }
        }
        return diagnostics
    }

    private static func diagnostic(
        _ text: TextSite, file: String, severity: Diagnostic.Severity, _ message: String
    ) -> Diagnostic {
        Diagnostic(
            file: file, line: text.position.line, column: text.position.column, path: text.path.description,
            questionID: text.subject.questionID, message: text.subject.prefix + message, severity: severity)
    }
}
