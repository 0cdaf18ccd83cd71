/// The vocabulary of the workshop format (`docs/workshop-format.md`): the keys allowed in
/// each kind of object and the rules on ids and type-specific keys.
enum WorkshopFormat {
    static let workshopKeys = [
        "$schema", "formatVersion", "id", "version", "title", "description", "language", "anonymity", "scales",
        "dimensions", "sections",
    ]
    static let anonymityKeys = ["minGroupSize", "minGroupSizeForText"]
    static let scaleKeys = ["id", "points"]
    static let pointKeys = ["value", "label"]
    static let dimensionKeys = ["id", "title", "description"]
    static let sectionKeys = ["id", "title", "introduction", "facilitatorNotes", "timeboxMinutes", "questions"]
    static let optionKeys = ["id", "label"]
    static let questionKeys = [
        "id", "type", "prompt", "help", "required", "dimension", "reverse", "predict", "allowDontKnow",
        "allowPreferNotToSay", "showIf", "outcome",
    ]
    static let conditionTests = ["equals", "oneOf", "greaterThan", "lessThan", "includes", "answered"]
    static let conditionCombinators = ["all", "any", "not"]
    static let conditionKeys = ["question"] + conditionTests + conditionCombinators

    /// Option ids that stand for "don't know" and "prefer not to say" in answers.
    static let reservedOptionIDs = ["dont-know": "allowDontKnow", "prefer-not-to-say": "allowPreferNotToSay"]

    /// The keys only a question of `type` may have.
    static func keys(for type: QuestionType) -> [String] {
        switch type {
        case .scale: ["scale"]
        case .choice, .rank: ["options"]
        case .multi: ["options", "minSelections", "maxSelections"]
        case .number: ["min", "max", "unit", "integer"]
        case .text: ["maxLength"]
        case .yesno: []
        }
    }

    /// Every type-specific key.
    static let allTypeKeys = [
        "scale", "options", "minSelections", "maxSelections", "min", "max", "unit", "integer", "maxLength",
    ]

    /// The types whose questions may have `key` (a type-specific key).
    static func types(using key: String) -> [QuestionType] {
        QuestionType.allCases.filter { keys(for: $0).contains(key) }
    }

    /// The types on which a common flag makes sense, for flags limited to some types.
    static func typesAllowing(_ flag: String) -> [QuestionType]? {
        switch flag {
        case "reverse": [.scale]
        case "predict": [.scale, .choice, .yesno, .number]
        case "outcome": [.scale, .yesno, .number]
        case "allowDontKnow", "allowPreferNotToSay": [.scale, .choice, .multi, .rank, .number, .yesno]
        default: nil
        }
    }

    /// Whether `id` matches `^[a-z0-9][a-z0-9-]*$`.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, first != UInt8(ascii: "-") else { return false }
        return id.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "-")
        }
    }

    /// Whether `code` looks like a language code: `en`, `de`, `de-CH`, `zh-Hant`.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count)
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
