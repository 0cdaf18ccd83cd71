/// The grammar of a number a participant types, the same in the terminal, the browser and
/// wherever else a number arrives as text (`docs/workshop-format.md`, "Typing numbers"):
///
/// - ASCII digits with an optional sign (`-`, `+` or `−`) and one decimal separator, `.` or
///   `,` (`12`, `-3`, `2.5`, `2,5`);
/// - digits grouped in threes by spaces or apostrophes (`25 000`, `1'000`), or by the
///   workshop language's own grouping mark (`25,000` in English, `25.000` in German) with its
///   own decimal separator after them (`1,234.5`, `1.234,5`);
/// - a grouping that another language would read as a decimal (`25.000` in English, `25,000`
///   in German or French) is refused, with what to type for each reading;
/// - never hexadecimal, exponents, `inf` or `nan`; the value must be finite.
///
/// A unit suffix is stripped by the caller (`AnswerParser`).
public struct TypedNumber: Sendable, Hashable {
    /// Why typed text is not read as a number.
    public enum Refusal: Error, Sendable, Hashable {
        /// Not a number in this grammar at all.
        case notANumber
        /// Grouping that could mean more than one value: what to type for each reading.
        case ambiguous(readings: [String])
    }

    /// The workshop's language code, such as `en`, `de` or `fr-CH`.
    public let language: String
    /// The language's decimal separator, `.` or `,`.
    public let decimalSeparator: Unicode.Scalar
    /// The language's grouping punctuation, or `nil` where digits are grouped by spaces only.
    public let groupSeparator: Unicode.Scalar?

    /// Languages that write a decimal point.
    static let pointLanguages: Set<String> = ["en", "ja", "zh", "ko", "he", "th", "hi", "ga", "ms", "mt", "ta"]
    /// Decimal-comma languages that group by spaces only.
    static let spaceGroupingLanguages: Set<String> = [
        "fr", "sv", "nb", "nn", "no", "fi", "pl", "cs", "sk", "ru", "uk", "bg", "hu", "et", "lv", "lt", "pt-PT",
    ]
    /// Grouping marks that are never a decimal separator.
    static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "\u{2019}"]
    /// Signs that make a number negative.
    static let minus: Set<Unicode.Scalar> = ["-", "\u{2212}"]

    /// The grammar for `language`.
    public init(language: String) {
        self.language = language
        let parts = language.split(separator: "-")
        let primary = parts.first.map { $0.lowercased() } ?? "en"
        let region = parts.dropFirst().first.map { $0.uppercased() }
        if region == "CH" || region == "LI" {
            decimalSeparator = "."
            groupSeparator = "'"
        } else if Self.pointLanguages.contains(primary) {
            decimalSeparator = "."
            groupSeparator = ","
        } else {
            decimalSeparator = ","
            let spacesOnly =
                Self.spaceGroupingLanguages.contains(primary) || Self.spaceGroupingLanguages.contains(language)
            groupSeparator = spacesOnly ? nil : "."
        }
    }

    /// Examples of what to type, for messages: `12 or 2.5`.
    public var example: String { "12 or 2\(Character(decimalSeparator))5" }

    /// The value of `text` (already trimmed of a unit), or why it is refused.
    public func read(_ text: String) -> Result<Double, Refusal> {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var negative = false
        if let first = scalars.first, Self.minus.contains(first) || first == "+" {
            negative = Self.minus.contains(first)
            scalars.removeFirst()
        }
        // Digit groups and the single separators between them.
        var groups: [String] = [""]
        var separators: [Unicode.Scalar] = []
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                groups[groups.count - 1].unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "," || Self.spaces.contains(scalar) {
                guard !groups[groups.count - 1].isEmpty else { return .failure(.notANumber) }
                separators.append(scalar)
                groups.append("")
            } else {
                return .failure(.notANumber)
            }
        }
        guard !groups[0].isEmpty, !groups[groups.count - 1].isEmpty else { return .failure(.notANumber) }
        let integer: [String]
        var fraction = ""
        if separators.isEmpty {
            integer = groups
        } else if separators.count == 1, let mark = separators.first, mark == "." || mark == "," {
            // `25,000` may be grouping or a decimal: only the language's grouping mark groups.
            let couldBeGrouping = groups[1].count == 3 && groups[0].count <= 3 && !groups[0].hasPrefix("0")
            if couldBeGrouping && mark == groupSeparator {
                integer = groups
            } else if couldBeGrouping {
                return .failure(.ambiguous(readings: readings(groups, negative: negative)))
            } else {
                integer = [groups[0]]
                fraction = groups[1]
            }
        } else {
            // Several marks: one kind groups in threes, a different last one is the decimal.
            let last = separators[separators.count - 1]
            let hasDecimal = (last == "." || last == ",") && !separators.dropLast().contains(last)
            let marks = hasDecimal ? Array(separators.dropLast()) : separators
            let bySpaces = marks.allSatisfy { Self.spaces.contains($0) }
            guard bySpaces || Set(marks).count == 1 else { return .failure(.notANumber) }
            let grouped = hasDecimal ? Array(groups.dropLast()) : groups
            guard Self.isGrouped(grouped) else { return .failure(.notANumber) }
            let ownGrouping = bySpaces || (marks[0] == groupSeparator && (!hasDecimal || last == decimalSeparator))
            guard ownGrouping else {
                let decimals = hasDecimal ? String(Character(decimalSeparator)) + groups.last! : ""
                return .failure(.ambiguous(readings: [(negative ? "-" : "") + grouped.joined() + decimals]))
            }
            integer = grouped
            if hasDecimal { fraction = groups.last! }
        }
        if integer.count > 1 && !Self.isGrouped(integer) { return .failure(.notANumber) }
        let literal = (negative ? "-" : "") + integer.joined() + (fraction.isEmpty ? "" : "." + fraction)
        guard let value = Double(literal), value.isFinite else { return .failure(.notANumber) }
        return .success(value)
    }

    /// Whether `groups` are digits grouped in threes: 1–3 digits first, then exactly 3.
    private static func isGrouped(_ groups: [String]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// What to type for each reading of `12,345` or `12.345`: `12345` and `12.345` written
    /// with this language's decimal separator.
    private func readings(_ groups: [String], negative: Bool) -> [String] {
        let sign = negative ? "-" : ""
        var decimal = groups[1]
        while decimal.hasSuffix("0") { decimal.removeLast() }
        let asDecimal = groups[0] + (decimal.isEmpty ? "" : String(Character(decimalSeparator)) + decimal)
        return [sign + groups.joined(), sign + asDecimal]
    }
}
