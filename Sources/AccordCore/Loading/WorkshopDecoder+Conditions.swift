/// `showIf` conditions: their shape, the question they read (which must be asked earlier)
/// and the value they compare with (of that question's type).
extension WorkshopDecoder {
    /// What a condition may refer to: the questions asked before the one it belongs to.
    struct ConditionScope {
        /// The question the condition belongs to.
        var owner: String?
        /// Every question id in the workshop, in asking order.
        var questionIDs: [String]
        /// The same ids, for lookups.
        var knownIDs: Set<String>
        /// The ids of the questions asked before the owner.
        var asked: Set<String> = []
        /// The kinds of the earlier questions that decoded without problems.
        var kinds: [String: Question.Kind] = [:]
    }

    /// The tests each question type supports.
    private static func tests(for kind: Question.Kind) -> [String] {
        switch kind {
        case .scale, .number: ["equals", "oneOf", "greaterThan", "lessThan", "answered"]
        case .choice: ["equals", "oneOf", "answered"]
        case .yesno: ["equals", "answered"]
        case .multi: ["includes", "answered"]
        case .rank, .text: ["answered"]
        }
    }

    mutating func decodeCondition(
        _ node: JSONNode, path: JSONPath, _ subject: Subject, _ scope: ConditionScope
    ) -> Condition? {
        guard let object = requireObject(node, path: path, subject, what: "a condition") else { return nil }
        if let combinator = object.members.first(where: { WorkshopFormat.conditionCombinators.contains($0.key) }) {
            return decodeCombinator(combinator, in: object, scope)
        }
        checkKeys(object, allowed: ["question"] + WorkshopFormat.conditionTests)
        let reference = readString(object, "question", required: true)
        let kind = reference.flatMap { resolve($0, in: object, scope) }
        let tests = object.members.filter { WorkshopFormat.conditionTests.contains($0.key) }
        guard tests.count == 1 else {
            let allowed = ["question"] + WorkshopFormat.conditionTests
            if tests.isEmpty, object.members.allSatisfy({ allowed.contains($0.key) }) {
                let names = WorkshopFormat.conditionTests.joined(separator: ", ")
                report("a condition needs one test of: \(names)", at: object.position, path: path, subject)
            } else if !tests.isEmpty {
                report(
                    "a condition has one test, found '\(input: tests[0].key)' and '\(input: tests[1].key)'; combine conditions with 'all'",
                    at: tests[1].keyPosition, path: path.appending(tests[1].key), subject)
            }
            return nil
        }
        guard let reference, let kind else { return nil }
        let test = tests[0]
        let testPath = path.appending(test.key)
        guard Self.tests(for: kind).contains(test.key) else {
            let type = kind.typeName
            let usable = WorkshopFormat.list(Self.tests(for: kind).map { "'\(input: $0)'" })
            report(
                "'\(input: test.key)' cannot test '\(input: reference)', a \(type) question (use \(usable))", at: test.keyPosition,
                path: testPath, subject)
            return nil
        }
        let value = test.value
        switch test.key {
        case "equals":
            return compared(value, path: testPath, kind: kind, reference, subject).map {
                .equals(question: reference, $0)
            }
        case "oneOf":
            guard let elements = value.elements, !elements.isEmpty else {
                let found = value.elements == nil ? value.kindName : "an empty array"
                report("'oneOf' must be a non-empty array, found \(found)", at: value.position, path: testPath, subject)
                return nil
            }
            let values = elements.enumerated().map {
                compared($1, path: testPath.appending($0), kind: kind, reference, subject)
            }
            guard values.allSatisfy({ $0 != nil }) else { return nil }
            return .oneOf(question: reference, values.compactMap { $0 })
        case "greaterThan", "lessThan":
            guard let bound = value.number else {
                report(
                    "'\(input: test.key)' must be a number, found \(value.kindName)", at: value.position, path: testPath,
                    subject)
                return nil
            }
            return test.key == "greaterThan"
                ? .greaterThan(question: reference, bound) : .lessThan(question: reference, bound)
        case "includes":
            guard case .string(let option) = value.value else {
                report(
                    "'includes' must be an option id of '\(input: reference)', found \(value.kindName)", at: value.position,
                    path: testPath, subject)
                return nil
            }
            guard checkOption(option, of: reference, kind.optionIDs, at: value.position, path: testPath, subject) else {
                return nil
            }
            return .includes(question: reference, option)
        default:
            guard let expected = value.bool else {
                report(
                    "'answered' must be true or false, found \(value.kindName)", at: value.position, path: testPath,
                    subject)
                return nil
            }
            return .answered(question: reference, expected)
        }
    }

    private mutating func decodeCombinator(
        _ combinator: JSONMember, in object: ObjectNode, _ scope: ConditionScope
    ) -> Condition? {
        let subject = object.subject
        for other in object.members where other.key != combinator.key {
            if WorkshopFormat.conditionKeys.contains(other.key) {
                report(
                    "'\(input: combinator.key)' must be alone in its condition; put '\(input: other.key)' in a condition of its own",
                    at: other.keyPosition, path: object.path.appending(other.key), subject)
            } else {
                reportUnknownKey(other, in: object, candidates: WorkshopFormat.conditionKeys)
            }
        }
        let path = object.path.appending(combinator.key)
        if combinator.key == "not" {
            return decodeCondition(combinator.value, path: path, subject, scope).map(Condition.not)
        }
        guard let elements = combinator.value.elements, !elements.isEmpty else {
            let found = combinator.value.elements == nil ? combinator.value.kindName : "an empty array"
            report(
                "'\(input: combinator.key)' must be a non-empty array of conditions, found \(found)",
                at: combinator.value.position,
                path: path, subject)
            return nil
        }
        let parts = elements.enumerated().map { decodeCondition($1, path: path.appending($0), subject, scope) }
        guard object.members.count == 1, parts.allSatisfy({ $0 != nil }) else { return nil }
        let conditions = parts.compactMap { $0 }
        return combinator.key == "all" ? .all(conditions) : .any(conditions)
    }

    /// The kind of the earlier question `reference`, or `nil` after reporting why it cannot be read.
    private mutating func resolve(_ reference: String, in object: ObjectNode, _ scope: ConditionScope) -> Question.Kind?
    {
        let node = object.member("question")!.value
        let path = object.path.appending("question")
        if reference == scope.owner {
            report(
                "'\(input: reference)' is this question itself; a condition may only refer to an earlier question",
                at: node.position, path: path, object.subject)
        } else if !scope.knownIDs.contains(reference) {
            let hint = reference.closestMatch(in: scope.questionIDs).map { " (did you mean '\(input: $0)'?)" } ?? ""
            report("unknown question '\(input: reference)'\(hint)", at: node.position, path: path, object.subject)
        } else if !scope.asked.contains(reference) {
            report(
                "question '\(input: reference)' is asked later; a condition may only refer to an earlier question",
                at: node.position, path: path, object.subject)
        } else {
            // An earlier question with problems of its own has no kind; they are reported there.
            return scope.kinds[reference]
        }
        return nil
    }

    /// The value an `equals` or `oneOf` compares with, checked against the question's kind.
    private mutating func compared(
        _ node: JSONNode, path: JSONPath, kind: Question.Kind, _ reference: String, _ subject: Subject
    ) -> ConditionValue? {
        switch kind {
        case .scale(let scale):
            guard let point = node.integer else {
                report(
                    "'\(input: reference)' is a scale question; compare it with a point of scale '\(input: scale.id)', not \(node.kindName)",
                    at: node.position, path: path, subject)
                return nil
            }
            guard scale.contains(point) else {
                report(
                    "\(point) is not a point of scale '\(input: scale.id)' (\(scale.min) to \(scale.max)) used by '\(input: reference)'",
                    at: node.position, path: path, subject)
                return nil
            }
            return .number(Double(point))
        case .number:
            guard let number = node.number else {
                report(
                    "'\(input: reference)' is a number question; compare it with a number, not \(node.kindName)",
                    at: node.position,
                    path: path, subject)
                return nil
            }
            return .number(number)
        case .yesno:
            guard let bool = node.bool else {
                report(
                    "'\(input: reference)' is a yesno question; compare it with true or false, not \(node.kindName)",
                    at: node.position, path: path, subject)
                return nil
            }
            return .bool(bool)
        default:
            guard let option = node.string else {
                report(
                    "'\(input: reference)' is a choice question; compare it with one of its option ids, not \(node.kindName)",
                    at: node.position, path: path, subject)
                return nil
            }
            guard checkOption(option, of: reference, kind.optionIDs, at: node.position, path: path, subject) else {
                return nil
            }
            return .option(option)
        }
    }

    private mutating func checkOption(
        _ option: String, of reference: String, _ optionIDs: [String], at position: JSONPosition, path: JSONPath,
        _ subject: Subject
    ) -> Bool {
        guard !optionIDs.contains(option) else { return true }
        let hint =
            option.closestMatch(in: optionIDs).map { "did you mean '\(input: $0)'?" }
            ?? "options: \(optionIDs.joined(separator: ", "))"
        report("'\(input: reference)' has no option '\(input: option)' (\(hint))", at: position, path: path, subject)
        return false
    }
}

extension Question.Kind {
    /// The type name as written in a workshop: `scale`, `choice`...
    fileprivate var typeName: String {
        switch self {
        case .scale: "scale"
        case .choice: "choice"
        case .multi: "multi"
        case .rank: "rank"
        case .number: "number"
        case .text: "text"
        case .yesno: "yesno"
        }
    }

    /// The option ids of a choice, multi or rank kind.
    fileprivate var optionIDs: [String] {
        switch self {
        case .choice(let options), .multi(let options, _, _), .rank(let options): options.map(\.id)
        default: []
        }
    }
}
