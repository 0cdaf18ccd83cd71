import Foundation

/// A language a participant reads Accord in: a BCP-47 code such as `de`, `de-CH` or `fr`.
///
/// Parsing is lenient about how the code arrives (`de_CH`, `fr_FR.UTF-8`, `DE-ch`, the
/// `LANG` of a shell) and always gives the canonical form: the primary subtag lowercased,
/// a region uppercased, a script titlecased (`zh-Hant`).
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The canonical BCP-47 code, such as `de-CH`.
    public let code: String

    /// English, the language every catalogue falls back to.
    public static let english = Language(canonical: "en")
    /// German.
    public static let german = Language(canonical: "de")
    /// French.
    public static let french = Language(canonical: "fr")

    private init(canonical: String) { code = canonical }

    /// Reads `text` as a language code, or `nil` when it is not one. Accepts `-` or `_`
    /// between subtags, and drops a POSIX encoding or modifier (`.UTF-8`, `@euro`); `C` and
    /// `POSIX` are not languages.
    public init?(_ text: String) {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        if let cut = text.firstIndex(where: { $0 == "." || $0 == "@" }) { text = text[..<cut] }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "_", omittingEmptySubsequences: false)
        }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var subtags = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (2...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { return nil }
            switch part.count {
            case 2 where part.allSatisfy(\.isLetter): subtags.append(part.uppercased())
            case 4 where part.allSatisfy(\.isLetter): subtags.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            default: subtags.append(part.lowercased())
            }
        }
        code = subtags.joined(separator: "-")
    }

    /// The primary language without region or script: `de` for `de-CH`.
    public var base: String { String(code.prefix { $0 != "-" }) }

    /// The language without region or script.
    public var baseLanguage: Language { Language(canonical: base) }

    public var description: String { code }

    /// `rtl` or `ltr`, for an HTML `dir` attribute (`HTMLText.direction`, the one rule).
    public var direction: String { HTMLText.direction(language: code) }

    /// The language's name in itself, for a choice of languages (`Deutsch`, `Français`), or
    /// the code when Accord does not know it.
    public var name: String {
        Self.endonyms[code] ?? Self.endonyms[base].map { "\($0) (\(code))" } ?? code
    }

    static let endonyms: [String: String] = [
        "en": "English", "de": "Deutsch", "fr": "Français", "it": "Italiano", "es": "Español",
        "pt": "Português", "nl": "Nederlands", "pl": "Polski", "sv": "Svenska", "da": "Dansk", "nb": "Norsk bokmål",
        "fi": "Suomi", "cs": "Čeština", "tr": "Türkçe", "ru": "Русский", "uk": "Українська", "he": "עברית",
        "ar": "العربية", "ja": "日本語", "zh": "中文", "ko": "한국어", "el": "Ελληνικά", "hu": "Magyar", "ro": "Română",
    ]

    /// Of `available` codes, the one closest to this language: the same code, else the same
    /// base language (`de` for `de-CH`, or `de-CH` for `de` when it is the only German).
    public func closest(in available: [String]) -> String? {
        if let same = available.first(where: { Language($0)?.code == code }) { return same }
        if let plain = available.first(where: { Language($0)?.code == base }) { return plain }
        return available.first { Language($0)?.base == base }
    }
}

extension Language {
    /// The language a browser asks for, among `available` codes: the `Accept-Language`
    /// ranges in order of their q-values (ties keep header order, `q=0` excludes), each
    /// matched exactly, then by base language; `*` takes the first available. `nil` when
    /// nothing matches, and the caller uses the workshop's default.
    public static func negotiate(acceptLanguage header: String, among available: [String]) -> String? {
        var ranges: [(range: String, quality: Double, order: Int)] = []
        for (order, item) in header.split(separator: ",").enumerated() {
            let fields = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let range = fields.first, !range.isEmpty else { continue }
            var quality = 1.0
            for parameter in fields.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)).map { min(max($0, 0), 1) } ?? 0
            }
            if quality > 0 { ranges.append((range, quality, order)) }
        }
        ranges.sort { $0.quality != $1.quality ? $0.quality > $1.quality : $0.order < $1.order }
        for entry in ranges {
            if entry.range == "*" { return available.first }
            if let language = Language(entry.range), let match = language.closest(in: available) { return match }
        }
        return nil
    }

    /// The language of a POSIX locale environment (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`), or `nil` for `C`, `POSIX` or nothing set.
    public static func fromEnvironment(_ environment: [String: String]) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return Language(value)
        }
        return nil
    }
}
