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

    /// The offered language a POSIX locale environment asks for (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; `C` and `POSIX` ask for none), or `nil`: the default of
    /// `accord run` and `accord facilitate` when no `--language` is given.
    public func offeredLanguage(environment: [String: String]) -> String? {
        Language.fromEnvironment(environment).flatMap(offeredLanguage(for:))
    }
}
