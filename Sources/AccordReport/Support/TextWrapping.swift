/// Word wrapping and padding by characters, for the fixed-width text report.
enum TextWrapping {
    /// `text` broken into lines of at most `width` characters, the first prefixed by
    /// `first` and the rest by `rest` (a hanging indent). Words longer than a line are cut.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        let limit = max(width, first.count + 8, rest.count + 8)
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let needed = line.count + (lineHasWord ? 1 : 0) + word.count
            if needed <= limit {
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = rest
            }
            while line.count + word.count > limit {
                let room = limit - line.count
                lines.append(line + word.prefix(room))
                word = String(word.dropFirst(room))
                line = rest
            }
            line += word
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` padded with spaces, or cut with `…`, to exactly `width` characters.
    static func fit(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        if text.count > width { return String(text.prefix(max(width - 1, 0))) + "…" }
        let padding = String(repeating: " ", count: width - text.count)
        return alignRight ? padding + text : text + padding
    }
}
