/// Accumulates the lines of the text report, wrapping to a width.
struct TextOutput {
    /// The widest a line may be (escape codes aside).
    var width: Int
    /// Colour, or none.
    var style: TerminalStyle
    /// The lines so far.
    private(set) var lines: [String] = []

    init(width: Int, style: TerminalStyle) {
        self.width = width
        self.style = style
    }

    /// The whole text, with a final newline.
    var text: String { lines.joined(separator: "\n") + "\n" }

    /// One line, as given (the caller keeps it within the width).
    mutating func line(_ text: String) { lines.append(Self.trimmed(text)) }

    /// Items joined by ` · `, wrapped only between items (never inside `Acme · Management`).
    mutating func items(_ items: [String], indent: String) {
        let glued = items.map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
        paragraph(glued.joined(separator: " · "), indent: indent)
        lines = lines.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    private static func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    /// An empty line, never two in a row.
    mutating func blank() {
        if lines.last?.isEmpty == false { lines.append("") }
    }

    /// A wrapped paragraph; `style` is applied to each line after wrapping.
    mutating func paragraph(
        _ text: String, indent: String = "", hanging: String? = nil, style: (String) -> String = { $0 }
    ) {
        let wrapped = TextWrapping.wrap(text, width: width, first: indent, rest: hanging ?? indent)
        lines += wrapped.map { style(Self.trimmed($0)) }
    }

    /// A section heading: a blank line, then the title in a rule as wide as the output.
    mutating func rule(_ title: String) {
        blank()
        let head = "── \(title) "
        let fill = max(width - head.count, 2)
        lines.append(style.bold(TextWrapping.fit(head, min(head.count, width - 2)) + String(repeating: "─", count: min(fill, width))))
    }
}
