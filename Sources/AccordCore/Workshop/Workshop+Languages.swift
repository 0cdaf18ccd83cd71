extension Workshop {
    /// The languages a participant may choose: the workshop's own language first, then every
    /// language its title is translated into, in code order. A workshop whose title is in
    /// one language only offers that language, and nobody is asked to choose.
    public var offeredLanguages: [String] {
        [language] + title.translations.keys.filter { $0 != language }.sorted()
    }

    /// Of the offered languages, the one for `language` (exactly, else by base language:
    /// `de` for `de-CH`), or `nil` when the workshop does not offer it.
    public func offeredLanguage(for language: Language) -> String? {
        language.closest(in: offeredLanguages)
    }
}
