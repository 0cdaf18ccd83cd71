/// A human-facing string with optional translations, written in a workshop either as a
/// plain string or as an object keyed by language code (`{"en": "...", "de": "..."}`).
public struct LocalizedText: Sendable, Hashable {
    /// Text by language code. Never empty.
    public var translations: [String: String]

    /// The language used when a requested one is missing.
    public var defaultLanguage: String

    /// Creates a text that exists in one language only.
    public init(_ text: String, language: String = "en") {
        self.translations = [language: text]
        self.defaultLanguage = language
    }

    /// Creates a text with translations; `defaultLanguage` must be one of their keys.
    public init(translations: [String: String], defaultLanguage: String) {
        precondition(translations[defaultLanguage] != nil, "default language missing from translations")
        self.translations = translations
        self.defaultLanguage = defaultLanguage
    }

    /// The text in the workshop's default language.
    public var text: String { translations[defaultLanguage] ?? "" }

    /// The text in `language`, falling back to the default language.
    public func text(in language: String?) -> String {
        guard let language, let translated = translations[language] else { return text }
        return translated
    }
}
