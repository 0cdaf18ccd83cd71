/// Markdown escaping of every participant and author string placed in the Markdown report:
/// the text shows literally and can add no HTML, link, image, heading, list, quote, table cell
/// or emphasis, and carries no terminal control character.
public enum MarkdownText {
    /// `text` as one line of literal inline Markdown: line breaks become spaces, `&`, `<` and
    /// `>` become entities (no HTML, no autolink), the marks that open emphasis, code, links,
    /// images, headings, table cells and strikethrough (`\` `` ` `` `*` `_` `[` `]` `#` `|`
    /// `!` `~`) are backslash-escaped everywhere, and those that open a block only at the
    /// start of a line (`-` `+` `=`, and `.` or `)` ending leading digits, as in `1. `) are escaped there.
    /// Control characters are shown as `TerminalText.inert` shows them.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var onlyDigitsSoFar = true
        let scalars = Array(TerminalText.inert(text).unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let atStart = out.isEmpty
            let endsWord = index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\t"
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}", "\u{85}": out.append(" ")
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "~": out.append(contentsOf: ["\\", scalar])
            case "-", "+", "=":
                if atStart { out.append("\\") }
                out.append(scalar)
            case ".", ")":
                if onlyDigitsSoFar && !atStart && endsWord { out.append("\\") }
                out.append(scalar)
            default: out.append(scalar)
            }
            onlyDigitsSoFar = onlyDigitsSoFar && ("0"..."9").contains(scalar)
        }
        return String(out)
    }
}
