/// One cell of a CSV record, typed by who wrote it: every CSV writer of Accord (the report and
/// the export) encodes its cells here, so quoting and the formula guard are decided once.
///
/// - `text` is anything that came from a person (a participant, the workshop's author, a
///   partner name): quoted when it holds a separator, a quote, CR or LF (decided on Unicode
///   scalars, so `"\r\n"`, one `Character`, is caught), and defused when a spreadsheet would
///   run it as a formula (OWASP "CSV injection": a first character `=`, `+`, `-`, `@`, tab or
///   CR gets a leading `'`).
/// - `number` is a number Accord wrote itself: never guarded, so a spreadsheet reads a number.
/// - `list` is a `key=value;…` list Accord built from identifiers and numbers (the report's
///   counts): not guarded while it holds only characters that cannot call anything (letters,
///   digits, `-`, `_`, `.`, `=`, `;`); anything else is guarded like text.
public enum CSVField: Sendable, Hashable {
    /// Text from a person; guarded and quoted as needed.
    case text(String)
    /// A finite number; `nil` (or not finite) is an empty cell.
    case number(Double?)
    /// A boolean, written `true` or `false`.
    case bool(Bool)
    /// A list Accord built from identifiers and numbers.
    case list(String)

    /// The characters a spreadsheet takes as the start of a formula (OWASP).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as RFC 4180 field text.
    public var encoded: String {
        switch self {
        case .number(let value): return value.flatMap { $0.isFinite ? Self.format($0) : nil } ?? ""
        case .bool(let value): return value ? "true" : "false"
        case .list(let value):
            let inert = value.unicodeScalars.allSatisfy { Self.listScalars.contains($0) }
            return inert ? Self.quoted(value) : CSVField.text(value).encoded
        case .text(let value):
            if let first = value.unicodeScalars.first, Self.formulaStarts.contains(first) {
                return Self.quoted("'" + value)
            }
            return Self.quoted(value)
        }
    }

    /// A whole record: the encoded cells joined by `,`, ending in CRLF.
    public static func record(_ fields: [CSVField]) -> String {
        fields.map(\.encoded).joined(separator: ",") + "\r\n"
    }

    /// What every CSV file Accord writes starts with: a UTF-8 byte order mark, so that a
    /// spreadsheet opened by double-click reads UTF-8 (`docs/text.md`, "How text leaves").
    public static let byteOrderMark = "\u{FEFF}"

    /// The shortest text that reads back as the same double; whole numbers without `.0`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static let listScalars = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=;".unicodeScalars)

    /// `value` in quotes (inner quotes doubled) when it holds a separator, a quote, CR or LF.
    private static func quoted(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in value.unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }
}
