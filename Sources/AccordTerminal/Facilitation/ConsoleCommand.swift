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

    /// The value after `--name`, removing both from the arguments.
    mutating func take(option: String) throws(FacilitationError) -> String? {
        guard let index = arguments.firstIndex(of: "--" + option) else { return nil }
        guard index + 1 < arguments.count else {
            throw .badArguments(command: name, problem: "--\(option) needs a value", usage: Self.usage[name] ?? name)
        }
        let value = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
        return value
    }

    /// How each command is typed, for `help` and for errors: AccordCore's one list of the
    /// facilitator's commands (`FacilitationCommand`), which the browser console follows too.
    static let usage: [String: String] = Dictionary(
        uniqueKeysWithValues: FacilitationCommand.allCases.map { ($0.rawValue, $0.usage) })
}
