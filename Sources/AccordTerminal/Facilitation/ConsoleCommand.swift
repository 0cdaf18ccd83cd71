import AccordCore

/// One line typed at the facilitator's console, split into words: `"double quotes"` and
/// `'single quotes'` keep spaces together.
struct ConsoleCommand: Sendable, Hashable {
    /// The command word, lower-cased (`reveal`), or empty for a blank line.
    var name: String
    /// The words after it.
    var arguments: [String]

    /// Splits a line; an unclosed quote runs to the end of the line.
    init(_ line: String) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" && current.isEmpty {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        name = words.first?.lowercased() ?? ""
        arguments = Array(words.dropFirst())
    }

    /// `--option` given as the last word, without its value.
    struct MissingValue: Error, Sendable {}

    /// The value after `--name`, removing both from the arguments.
    mutating func take(option: String) throws(MissingValue) -> String? {
        guard let index = arguments.firstIndex(of: "--" + option) else { return nil }
        guard index + 1 < arguments.count else { throw MissingValue() }
        let value = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
        return value
    }
}
