import Foundation

/// Which completion words fit what was typed since the last comma.
enum CompletionMatcher {
    /// The words starting with `typed` (ignoring case, accents and leading spaces), each with
    /// the typed leading spaces kept so that readline replaces the text in place.
    static func matches(for typed: String, in words: [String]) -> [String] {
        let leading = String(typed.prefix { $0 == " " })
        let stem = fold(String(typed.dropFirst(leading.count)))
        var seen = Set<String>()
        // A label and an id that differ only in case complete once, as the label.
        return words.filter { fold($0).hasPrefix(stem) && seen.insert(fold($0)).inserted }.map { leading + $0 }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
