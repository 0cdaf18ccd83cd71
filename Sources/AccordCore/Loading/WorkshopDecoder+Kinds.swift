/// The type-specific keys of a question: its scale, options, bounds or length.
extension WorkshopDecoder {
    mutating func decodeKind(_ type: QuestionType, of question: ObjectNode, required: Bool) -> Question.Kind? {
        switch type {
        case .scale:
            return readScale(question).map(Question.Kind.scale)
        case .choice:
            return readOptions(question, minimum: 1, type: type).map(Question.Kind.choice)
        case .multi:
            return readMulti(question, required: required)
        case .rank:
            return readOptions(question, minimum: 2, type: type).map(Question.Kind.rank)
        case .number:
            return readRange(question).map(Question.Kind.number)
        case .text:
            guard question.member("maxLength") == nil else {
                return readInteger(question, "maxLength", required: false, minimum: 1).map { .text(maxLength: $0) }
            }
            return .text(maxLength: 2000)
        case .yesno:
            return .yesno
        }
    }

    private mutating func readScale(_ question: ObjectNode) -> Scale? {
        guard let id = readString(question, "scale", required: true) else { return nil }
        if let scale = scales.first(where: { $0.id == id }) { return scale }
        // A declared scale with wrong points has been reported where it is defined.
        guard !declaredScaleIDs.contains(id) else { return nil }
        let hint =
            declaredScaleIDs.isEmpty
            ? "no scales are defined"
            : id.closestMatch(in: declaredScaleIDs).map { "did you mean '\(input: $0)'?" }
                ?? "known: \(declaredScaleIDs.joined(separator: ", "))"
        report(
            "unknown scale '\(input: id)' (\(hint))", at: question.member("scale")!.value.position,
            path: question.path.appending("scale"), question.subject)
        return nil
    }

    private mutating func readOptions(_ question: ObjectNode, minimum: Int, type: QuestionType) -> [Option]? {
        guard let list = readArray(question, "options", required: true) else { return nil }
        let position = question.member("options")!.value.position
        if list.elements.isEmpty {
            report(
                "'options' is empty; a \(type.rawValue) question needs at least \(minimum == 1 ? "one option" : "\(minimum) options")",
                at: position, path: list.path, question.subject)
        } else if list.elements.count < minimum {
            report(
                "a \(type.rawValue) question needs at least \(minimum) options, found \(list.elements.count)",
                at: position, path: list.path, question.subject)
        }
        var options: [Option] = []
        var complete = true
        for (index, element) in list.elements.enumerated() {
            guard
                let object = requireObject(
                    element, path: list.path.appending(index), question.subject, what: "an option")
            else {
                complete = false
                continue
            }
            checkKeys(object, allowed: WorkshopFormat.optionKeys)
            let id = readID(object)
            let label = readText(object, "label", required: true)
            guard let id, let label else {
                complete = false
                continue
            }
            let idNode = object.member("id")!.value
            if let flag = WorkshopFormat.reservedOptionIDs[id] {
                report(
                    "option id '\(input: id)' is reserved; set '\(input: flag)' instead", at: idNode.position,
                    path: object.path.appending("id"), question.subject)
                complete = false
            } else if options.contains(where: { $0.id == id }) {
                report(
                    "option '\(input: id)' is defined twice", at: idNode.position, path: object.path.appending("id"),
                    question.subject)
                complete = false
            } else {
                options.append(Option(id: id, label: label))
            }
        }
        return complete && options.count >= minimum ? options : nil
    }

    private mutating func readMulti(_ question: ObjectNode, required: Bool) -> Question.Kind? {
        let options = readOptions(question, minimum: 1, type: .multi)
        let minMember = question.member("minSelections")
        let maxMember = question.member("maxSelections")
        let minGiven = readInteger(question, "minSelections", required: false, minimum: 0)
        let maxGiven = readInteger(question, "maxSelections", required: false, minimum: 0)
        guard let options, minMember == nil || minGiven != nil, maxMember == nil || maxGiven != nil else { return nil }
        let count = options.count
        let minimum = minGiven ?? (required ? 1 : 0)
        let maximum = maxGiven ?? count
        var valid = true
        if let maxGiven, maxGiven > count {
            report(
                "maxSelections \(maxGiven) is more than the \(count) options", at: maxMember!.value.position,
                path: question.path.appending("maxSelections"), question.subject)
            valid = false
        } else if minimum > maximum {
            let minText =
                minGiven.map { "minSelections \($0)" } ?? "minSelections (default \(minimum) for a required question)"
            let maxText = maxGiven.map { "maxSelections \($0)" } ?? "the \(count) options"
            let member = minMember ?? maxMember!
            report(
                "\(minText) is more than \(maxText)", at: member.value.position,
                path: question.path.appending(member.key),
                question.subject)
            valid = false
        }
        return valid ? .multi(options, min: minimum, max: maximum) : nil
    }

    private mutating func readRange(_ question: ObjectNode) -> NumberRange? {
        let hasMin = question.member("min") != nil
        let hasMax = question.member("max") != nil
        let hasUnit = question.member("unit") != nil
        let min = readNumber(question, "min", required: false)
        let max = readNumber(question, "max", required: false)
        let unit = readText(question, "unit", required: false)
        let integer = readBool(question, "integer", required: false)
        if let min, let max, min > max {
            report(
                "min \(Self.format(min)) is greater than max \(Self.format(max))",
                at: question.member("min")!.value.position,
                path: question.path.appending("min"), question.subject)
            return nil
        }
        guard hasMin == (min != nil), hasMax == (max != nil), hasUnit == (unit != nil),
            question.member("integer") == nil || integer != nil
        else { return nil }
        return NumberRange(min: min, max: max, unit: unit, integer: integer ?? false)
    }

    /// A number as written in a workshop: `5`, `2.5`.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
