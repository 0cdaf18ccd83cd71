/// The one HTML escape of Accord, and the writing direction of a language: the report's HTML
/// and SVG, the participant pages and the facilitator page all escape here.
public enum HTMLText {
    /// `text` safe in element content and in quoted attribute values: `&`, `<`, `>`, `"` and
    /// `'` become entities. Decided on UTF-8 bytes, not `Character`s, so a quote followed by a
    /// combining mark (one `Character`) is escaped all the same; the five are ASCII, so their
    /// bytes never occur inside another scalar. Text without any (most labels) is returned as is.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEntity) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Whether `byte` is one of the five characters `escape` replaces.
    private static func needsEntity(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// `rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu, …, or any
    /// tag naming an Arabic, Hebrew, Syriac, Thaana or N'Ko script), `ltr` otherwise: the
    /// value of `dir` on a page's `<html>`.
    public static func direction(language: String) -> String {
        let subtags = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = subtags.first else { return "ltr" }
        if let script = subtags.dropFirst().first(where: { $0.count == 4 }) {
            return rightToLeftScripts.contains(script) ? "rtl" : "ltr"
        }
        return rightToLeftLanguages.contains(primary) ? "rtl" : "ltr"
    }

    /// Text from a person (participant, author, partner name), escaped and isolated in
    /// `<bdi>`, so that a right-to-left name does not reorder the sentence around it.
    public static func isolated(_ text: String) -> String {
        "<bdi>" + escape(text) + "</bdi>"
    }

    /// Languages whose default script is written right to left (CLDR).
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "lrc", "mzn", "nqo", "pnb", "ps", "sd", "syr",
        "ug", "ur", "yi",
    ]

    /// ISO 15924 scripts written right to left.
    static let rightToLeftScripts: Set<String> = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"]
}
