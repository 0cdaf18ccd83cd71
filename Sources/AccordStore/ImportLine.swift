import AccordCore
import Foundation

/// One line of an import file (`product.md`): `partner`, `level`, optional `round`, `answers`,
/// optional `predictions`; any other key is an error.
enum ImportLine {
    /// A line read: what is wrong with it, and the submission when its shape allows one (so
    /// that the store can report the answers' problems too).
    struct Decoded {
        var submission: Submission?
        var problems: [String]
    }

    static let keys: Set<String> = ["partner", "level", "round", "answers", "predictions"]

    /// The submission on `bytes`, or every problem of the line, as messages.
    static func decode(_ bytes: Data, plan: SubmissionPlan) -> Decoded {
        let json: JSONValue
        do {
            json = try JSONText.parse(bytes)
        } catch {
            return Decoded(submission: nil, problems: [error.message])
        }
        guard case .object(let members) = json else {
            return Decoded(submission: nil, problems: ["expected a JSON object, found \(json.kindName)"])
        }
        var unknownKeys: [String] = []
        for key in members.keys.sorted() where !keys.contains(key) {
            unknownKeys.append("unknown key '\(input: key)' (allowed: partner, level, round, answers, predictions)")
        }
        var problems: [String] = []
        var partner = ""
        switch members["partner"] {
        case .string(let name)?: partner = name
        case nil: problems.append("'partner' is missing")
        case let other?: problems.append("'partner' must be a string, found \(other.kindName)")
        }
        var level = Level.management
        switch members["level"] {
        case .string(let name)?:
            if let known = Level(rawValue: name) {
                level = known
            } else {
                problems.append("'level' must be \"management\" or \"execution\", found \"\(input: name)\"")
            }
        case nil: problems.append("'level' is missing")
        case let other?: problems.append("'level' must be a string, found \(other.kindName)")
        }
        var round: Int?
        switch members["round"] {
        case nil, .null?: break
        case .number(let value)? where value.rounded() == value && value >= 1 && value < 1e9: round = Int(value)
        case let other?: problems.append("'round' must be a positive integer, found \(other.kindName)")
        }
        let answers = decodeAnswers(
            members["answers"], key: "answers", required: true, plan: plan, problems: &problems)
        let predictions = decodeAnswers(
            members["predictions"], key: "predictions", required: false, plan: plan, problems: &problems)
        if !problems.isEmpty { return Decoded(submission: nil, problems: unknownKeys + problems) }
        return Decoded(
            submission: Submission(
                partner: partner, level: level, round: round, answers: answers, predictions: predictions),
            problems: unknownKeys)
    }

    private static func decodeAnswers(
        _ value: JSONValue?, key: String, required: Bool, plan: SubmissionPlan, problems: inout [String]
    ) -> [String: Answer] {
        guard let value else {
            if required { problems.append("'\(input: key)' is missing") }
            return [:]
        }
        guard case .object(let members) = value else {
            problems.append("'\(input: key)' must be an object keyed by question id, found \(value.kindName)")
            return [:]
        }
        let prefix = key == "answers" ? "" : "\(key): "
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(members.count)
        // At most one problem an id, gathered in the object's order and sorted by id only
        // when there are some.
        var found: [(id: String, message: String)] = []
        for (id, json) in members {
            guard let position = plan.position(of: id) else {
                found.append((id, "\(prefix)question '\(input: id)': this workshop has no such question"))
                continue
            }
            do throws(AnswerError) {
                // A comment with nothing visible (only U+200B, say) is left out, as if unanswered.
                answers[id] = TextNormalization.entered(try Answer(json: json, for: plan.questions[position]))
            } catch {
                found.append((id, "\(prefix)\(error.errorDescription ?? "\(error)")"))
            }
        }
        problems += found.sorted { $0.id < $1.id }.map(\.message)
        return answers
    }
}
