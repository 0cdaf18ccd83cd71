/// Wraps text at word boundaries to a width in characters.
enum TextWrapping {
    /// `text` broken into lines of at most `width` characters (longer words stand alone),
    /// each prefixed with `indent`; existing line breaks are kept.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let room = max(20, width - indent.count)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= room {
                    line += " " + word
                } else {
                    lines.append(indent + line)
                    line = String(word)
                }
            }
            lines.append(indent + line)
        }
        return lines
    }
}
