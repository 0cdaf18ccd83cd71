/// What the facilitator reads out for a finding: what the answers show, in the workshop's own
/// wording and group names, then an open, neutral question to the room.
///
/// *Globex's execution team rates “we share one vision” 1.8 points lower than Globex's
/// management (2.6 against 4.4 on the 1–5 scale). What does each side see?*
public struct DiscussionPrompt: Sendable, Hashable {
    /// What the answers show, as one or two sentences.
    public var observation: String
    /// The question to put to the room.
    public var question: String

    /// Creates a prompt.
    public init(observation: String, question: String) {
        self.observation = observation
        self.question = question
    }

    /// The observation and the question, ready to read out.
    public var text: String { observation + " " + question }
}

/// How groups are named in a prompt: the subject of a sentence (with its verb's number) and
/// the object.
enum GroupPhrase {
    /// `Acme`, `Acme's management`, `Acme's execution team`, `Management on both sides`,
    /// `The execution teams on both sides`, `Everyone`; `plural` picks *rate* over *rates*.
    static func subject(_ group: GroupKey) -> (text: String, plural: Bool) {
        switch (group.partner, group.level) {
        case (nil, nil): ("Everyone", false)
        case (let partner?, nil): (partner, false)
        case (nil, .management?): ("Management on both sides", false)
        case (nil, .execution?): ("The execution teams on both sides", true)
        case (let partner?, let level?): (object(GroupKey(partner: partner, level: level)), false)
        }
    }

    /// `Acme`, `Acme's management`, `Acme's execution team`, `management`, `the execution
    /// teams`, `everyone`.
    static func object(_ group: GroupKey) -> String {
        switch (group.partner, group.level) {
        case (nil, nil): "everyone"
        case (let partner?, nil): partner
        case (nil, .management?): "management"
        case (nil, .execution?): "the execution teams"
        case (let partner?, .management?): "\(partner)'s management"
        case (let partner?, .execution?): "\(partner)'s execution team"
        }
    }

    /// A verb agreeing with a subject: `rates`/`rate`.
    static func verb(_ singular: String, plural: Bool) -> String {
        guard plural else { return singular }
        if singular == "does" { return "do" }
        if singular == "has" { return "have" }
        if singular.hasSuffix("es"),
            ["ss", "sh", "ch", "x", "zz"].contains(where: { singular.dropLast(2).hasSuffix($0) })
        {
            return String(singular.dropLast(2))
        }
        return singular.hasSuffix("s") ? String(singular.dropLast()) : singular
    }
}

/// How a question's wording is quoted inside a sentence.
enum QuotedPrompt {
    /// A statement loses its full stop and, unless it starts with a name or an acronym, its
    /// capital: “we share one vision”. A question keeps its wording: “How soon do you expect
    /// results?”, “Who should benefit most? Put them in order.”. A first word in `names` (the partners) keeps its capital.
    static func quote(_ prompt: String, names: [String] = []) -> String {
        var text = prompt.trimmingWhitespace()
        // A question (or a question with an instruction after it) is quoted as written.
        if text.contains("?") || text.hasSuffix("!") { return "“\(text)”" }
        while text.hasSuffix(".") { text.removeLast() }
        let words = text.split(separator: " ", maxSplits: 1)
        if let first = words.first, first.count > 1, first != "I", !first.hasPrefix("I'"),
            !names.contains(where: { first == $0 || first.hasPrefix($0 + "'") }),
            first.dropFirst().allSatisfy({ !$0.isUppercase }), let initial = first.first, initial.isUppercase
        {
            text = initial.lowercased() + text.dropFirst()
        }
        return "“\(text)”"
    }
}
