import Foundation

extension TypedNumber {
    /// `value` written for people who read this language: its decimal separator (`2,5` in
    /// German and French), and integer parts of five digits or more grouped in threes by its
    /// grouping mark (`25,000` in English, `25.000` in German, `25 000` with a narrow
    /// no-break space in French, `25'000` in Swiss German). What it writes, `read` accepts
    /// back as the same value: that is why exactly three decimals after a short integer part
    /// get a fourth (`1.1250`), which no language reads as `1125`.
    ///
    /// - Parameter fractionDigits: exactly this many decimals (rounded), or `nil` for the
    ///   shortest form that reads back as `value` (`12`, `2.5`), never in exponent notation.
    public func format(_ value: Double, fractionDigits: Int? = nil) -> String {
        guard value.isFinite else { return String(value) }
        var literal: String
        if let fractionDigits {
            literal = String(format: "%.\(max(fractionDigits, 0))f", value)
        } else if value.rounded() == value, abs(value) < 1e15 {
            literal = String(Int(value))
        } else {
            literal = "\(value)"
            if literal.contains("e") || literal.contains("E") {
                literal = String(format: "%.17f", value)
                while literal.hasSuffix("0") { literal.removeLast() }
                if literal.hasSuffix(".") { literal.removeLast() }
            }
        }
        let negative = literal.hasPrefix("-")
        if negative { literal.removeFirst() }
        let parts = literal.split(separator: ".", maxSplits: 1)
        let integer = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        // `1.125` reads as grouping in a language that groups by the other mark (`read`
        // refuses it as ambiguous): a fourth decimal makes it a decimal everywhere.
        if fraction.count == 3, integer.count < 4, !integer.hasPrefix("0") { fraction += "0" }
        let isZero = !literal.contains { $0 != "0" && $0 != "." }
        return (negative && !isZero ? "-" : "") + grouped(integer)
            + (fraction.isEmpty ? "" : String(Character(decimalSeparator)) + fraction)
    }

    /// The grouping mark `format` writes: the language's own, or a narrow no-break space.
    public var writtenGroupSeparator: Character { groupSeparator.map(Character.init) ?? "\u{202F}" }

    /// `digits` grouped in threes from the right when there are five or more.
    private func grouped(_ digits: String) -> String {
        guard digits.count >= 5 else { return digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: String(writtenGroupSeparator))
    }
}
