/// The labels of a yes/no question's two answers in a report, which the workshop does not
/// write itself: `Yes`/`No`, `Ja`/`Nein`, `Oui`/`Non`; English for any other language.
enum YesNoLabels {
    private static let labels: [String: (yes: String, no: String)] = [
        "en": ("Yes", "No"), "de": ("Ja", "Nein"), "fr": ("Oui", "Non"),
    ]

    /// `Yes` in `language` (English when `nil` or unknown).
    static func yes(in language: String?) -> String { labels[language ?? "en"]?.yes ?? "Yes" }

    /// `No` in `language` (English when `nil` or unknown).
    static func no(in language: String?) -> String { labels[language ?? "en"]?.no ?? "No" }
}
