/// Text made inert for a terminal: what the runner, the facilitator's console and the text
/// report print of workshop text and answers. A title holding `ESC[2J` (clear the screen) or
/// an OSC 52 clipboard write (`ESC]52;c;…BEL`) prints as visible symbols and does nothing.
public enum TerminalText {
    /// `text` with every control character except line feed and tab made visible: C0
    /// controls as their Unicode control pictures (ESC as `␛`, BEL as `␇`), DEL as `␡`, C1
    /// controls (which some terminals also obey) as `�`. CRLF and a lone CR become a line
    /// feed, so no line can be overwritten from its start.
    public static func inert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0D:
                out.append("\n")
                if pending == "\n" { pending = scalars.next() }
            case 0x0A, 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` made inert as `inert(_:)` does, except for the colour and emphasis sequences
    /// Accord's own styles write (`ESC[` digits and `;` then `m`: select graphic rendition,
    /// which cannot move the cursor, clear anything or reach the clipboard), and readline's
    /// `\u{01}`…`\u{02}` markers around them in a prompt.
    public static func inert(keepingStyles text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var plain = String.UnicodeScalarView()
        func flush() {
            out.append(contentsOf: inert(String(plain)).unicodeScalars)
            plain = String.UnicodeScalarView()
        }
        var index = 0
        while index < scalars.count {
            if let end = styleSequenceEnd(in: scalars, at: index) {
                flush()
                out.append(contentsOf: scalars[index..<end])
                index = end
            } else {
                plain.append(scalars[index])
                index += 1
            }
        }
        flush()
        return String(out)
    }

    /// The end of a style sequence starting at `start` (`ESC[…m`, optionally wrapped in
    /// readline's `\u{01}`…`\u{02}`), or `nil`.
    private static func styleSequenceEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start
        let marked = scalars[index] == "\u{01}"
        if marked { index += 1 }
        guard index + 1 < scalars.count, scalars[index] == "\u{1B}", scalars[index + 1] == "[" else { return nil }
        index += 2
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" { index += 1 }
        guard index < scalars.count, scalars[index] == "m" else { return nil }
        index += 1
        if marked {
            guard index < scalars.count, scalars[index] == "\u{02}" else { return nil }
            index += 1
        }
        return index
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
    }
}
