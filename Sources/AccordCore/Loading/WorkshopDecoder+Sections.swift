extension WorkshopDecoder {
    /// A question as decoded, before its condition is checked against earlier questions.
    struct PendingQuestion {
        var question: Question?
        var id: String?
        /// The kind, when it decoded, even if other keys of the question did not.
        var kind: Question.Kind?
        var showIf: JSONMember?
        var path: JSONPath
        var subject: Subject
    }

    /// A section as decoded, its questions waiting for their conditions.
    struct PendingSection {
        var section: Section?
        var questions: [PendingQuestion]
    }

    /// Decodes the sections and their questions, then every question's condition in asking
    /// order, so that a condition can only see the questions asked before it.
    mutating func decodeSections(_ workshop: ObjectNode) -> [Section] {
        guard let list = readArray(workshop, "sections", required: true) else { return [] }
        if list.elements.isEmpty {
            report(
                "'sections' is empty; a workshop needs at least one section",
                at: workshop.member("sections")!.value.position,
                path: list.path, .workshop)
        }
        var sectionIDs: Set<String> = []
        var questionIDs: [String] = []
        var seenQuestionIDs: Set<String> = []
        var questionCount = 0
        var outcomeID: String?
        var decoded: [PendingSection] = []
        for (index, element) in list.elements.enumerated() {
            let path = list.path.appending(index)
            guard let object = requireObject(element, path: path, .workshop, what: "a section") else { continue }
            let id = readID(object)
            if let id, !sectionIDs.insert(id).inserted {
                report(
                    "section '\(input: id)' is defined twice", at: object.member("id")!.value.position,
                    path: path.appending("id"), .workshop)
            }
            var pending = decodeSection(
                object.about(Subject(prefix: id.map { "section '\(input: $0)': " } ?? "section #\(index + 1): ")), id: id)
            for (questionIndex, node) in pending.questionNodes.enumerated() {
                questionCount += 1
                let question = decodeQuestion(
                    node, path: pending.questionsPath.appending(questionIndex), number: questionCount)
                if let id = question.id {
                    if seenQuestionIDs.insert(id).inserted {
                        questionIDs.append(id)
                    } else {
                        report(
                            "question '\(input: id)' is defined twice", at: node["id"]!.position,
                            path: question.path.appending("id"),
                            Subject(prefix: "", questionID: id))
                    }
                }
                if let marked = question.question, marked.outcome, let flag = node["outcome"],
                    WorkshopFormat.typesAllowing("outcome")?.contains(marked.type) == true
                {
                    if let first = outcomeID {
                        report(
                            "a workshop has at most one outcome question; '\(first)' is already marked "
                                + "(remove \"outcome\": true from one of them)",
                            at: flag.position, path: question.path.appending("outcome"), question.subject)
                    } else {
                        outcomeID = marked.id
                    }
                }
                pending.section.questions.append(question)
            }
            decoded.append(pending.section)
        }
        return resolveConditions(in: decoded, questionIDs: questionIDs)
    }

    /// A section's own keys; its questions come back as nodes, decoded by the caller.
    private mutating func decodeSection(
        _ section: ObjectNode, id: String?
    ) -> (section: PendingSection, questionNodes: [JSONNode], questionsPath: JSONPath) {
        checkKeys(section, allowed: WorkshopFormat.sectionKeys)
        let title = readText(section, "title", required: true)
        let introduction = readText(section, "introduction", required: false)
        let notes = readText(section, "facilitatorNotes", required: false)
        let timebox = readInteger(section, "timeboxMinutes", required: false, minimum: 1)
        let questions = readArray(section, "questions", required: true)
        if let questions, questions.elements.isEmpty {
            report(
                "'questions' is empty; a section needs at least one question",
                at: section.member("questions")!.value.position, path: questions.path, section.subject)
        }
        var decoded: Section? = nil
        if let id, let title {
            decoded = Section(
                id: id, title: title, introduction: introduction, facilitatorNotes: notes, timeboxMinutes: timebox,
                questions: [])
        }
        return (
            PendingSection(section: decoded, questions: []), questions?.elements ?? [],
            questions?.path ?? section.path.appending("questions")
        )
    }

    private mutating func resolveConditions(in decoded: [PendingSection], questionIDs: [String]) -> [Section] {
        var scope = ConditionScope(owner: nil, questionIDs: questionIDs, knownIDs: Set(questionIDs))
        var sections: [Section] = []
        for pendingSection in decoded {
            var questions: [Question] = []
            for pending in pendingSection.questions {
                var question = pending.question
                if let showIf = pending.showIf {
                    scope.owner = pending.id
                    let subject = Subject(prefix: pending.subject.prefix + "showIf: ", questionID: pending.id)
                    question?.condition = decodeCondition(
                        showIf.value, path: pending.path.appending("showIf"), subject, scope)
                }
                if let id = pending.id, scope.asked.insert(id).inserted, let kind = pending.kind {
                    scope.kinds[id] = kind
                }
                if let question { questions.append(question) }
            }
            if var section = pendingSection.section {
                section.questions = questions
                sections.append(section)
            }
        }
        return sections
    }

    /// Decodes one question's own keys; its condition is decoded later.
    private mutating func decodeQuestion(_ node: JSONNode, path: JSONPath, number: Int) -> PendingQuestion {
        let anonymous = Subject(prefix: "question #\(number): ")
        guard let object = requireObject(node, path: path, anonymous, what: "a question") else {
            return PendingQuestion(question: nil, id: nil, kind: nil, showIf: nil, path: path, subject: anonymous)
        }
        let id = readID(object)
        let subject = id.map { Subject(prefix: "question '\(input: $0)': ", questionID: $0) } ?? anonymous
        let question = object.about(subject)
        let type = readType(question)
        checkQuestionKeys(question, type: type)
        let prompt = readText(question, "prompt", required: true)
        let help = readText(question, "help", required: false)
        let required = readBool(question, "required", required: false) ?? true
        let dimension = readDimension(question)
        var flags: [String: Bool] = [:]
        for flag in ["reverse", "predict", "allowDontKnow", "allowPreferNotToSay", "outcome"] {
            guard let value = readBool(question, flag, required: false) else { continue }
            flags[flag] = value
            if let type, let allowed = WorkshopFormat.typesAllowing(flag), !allowed.contains(type) {
                let names = WorkshopFormat.list(allowed.map(\.rawValue))
                report(
                    "'\(input: flag)' does not apply to a \(type.rawValue) question (only to \(names) questions)",
                    at: question.member(flag)!.keyPosition, path: path.appending(flag), subject)
            }
        }
        let kind = type.flatMap { decodeKind($0, of: question, required: required) }
        let pending = PendingQuestion(
            question: nil, id: id, kind: kind, showIf: question.member("showIf"), path: path, subject: subject)
        guard let id, let kind, let prompt else { return pending }
        var decoded = pending
        decoded.question = Question(
            id: id, kind: kind, prompt: prompt, help: help, required: required, dimension: dimension,
            reverse: flags["reverse"] ?? false, predict: flags["predict"] ?? false,
            allowDontKnow: flags["allowDontKnow"] ?? false, allowPreferNotToSay: flags["allowPreferNotToSay"] ?? false,
            outcome: flags["outcome"] ?? false)
        return decoded
    }

    private mutating func readType(_ question: ObjectNode) -> QuestionType? {
        guard let name = readString(question, "type", required: true) else { return nil }
        if let type = QuestionType(rawValue: name) { return type }
        let names = QuestionType.allCases.map(\.rawValue)
        let hint =
            name.closestMatch(in: names).map { "did you mean '\(input: $0)'?" }
            ?? "expected one of: \(names.joined(separator: ", "))"
        report(
            "unknown type '\(input: name)' (\(hint))", at: question.member("type")!.value.position,
            path: question.path.appending("type"),
            question.subject)
        return nil
    }

    /// Reports unknown keys, and keys that belong to another type of question.
    private mutating func checkQuestionKeys(_ question: ObjectNode, type: QuestionType?) {
        let ownKeys = WorkshopFormat.questionKeys + (type.map(WorkshopFormat.keys(for:)) ?? WorkshopFormat.allTypeKeys)
        for member in question.members where !ownKeys.contains(member.key) {
            let owners = WorkshopFormat.types(using: member.key)
            if let type, !owners.isEmpty {
                let names = WorkshopFormat.list(owners.map(\.rawValue))
                report(
                    "'\(input: member.key)' does not apply to a \(type.rawValue) question (only to \(names) questions)",
                    at: member.keyPosition, path: question.path.appending(member.key), question.subject)
            } else {
                reportUnknownKey(member, in: question, candidates: ownKeys)
            }
        }
    }

    private mutating func readDimension(_ question: ObjectNode) -> String? {
        guard let dimension = readString(question, "dimension", required: false) else { return nil }
        guard dimensionIDs.contains(dimension) else {
            let hint =
                dimensionIDs.isEmpty
                ? "no dimensions are defined"
                : dimension.closestMatch(in: dimensionIDs).map { "did you mean '\(input: $0)'?" }
                    ?? "known: \(dimensionIDs.joined(separator: ", "))"
            report(
                "unknown dimension '\(input: dimension)' (\(hint))", at: question.member("dimension")!.value.position,
                path: question.path.appending("dimension"), question.subject)
            return nil
        }
        return dimension
    }
}
