/// ANSI styling that disappears entirely when colour is off, so the plain report carries
/// every meaning in words.
struct TerminalStyle: Sendable {
    /// Whether escape codes are written at all.
    var enabled: Bool

    /// Headings.
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// Hidden groups and secondary notes.
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// Preview notices and medium gaps.
    func warning(_ text: String) -> String { wrap(text, "33") }
    /// Large gaps.
    func alert(_ text: String) -> String { wrap(text, "31") }

    private func wrap(_ text: String, _ code: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
