extension WorkshopDecoder {
    /// A question as decoded, before its condition is checked against earlier questions.
    struct PendingQuestion {
        var question: Question?
        var id: String?
        var showIf: JSONMember?
        var path: JSONPath
        var subject: Subject
    }

    /// Decodes the sections and their questions, then every question's condition in asking
    /// order, so that a condition can only see the questions asked before it.
    mutating func decodeSections(_ workshop: ObjectNode) -> [Section] {
        guard let list = readArray(workshop, "sections", required: true) else { return [] }
        if list.elements.isEmpty {
            report(
                "'sections' is empty; a workshop needs at least one section", at: workshop.member("sections")!.value.position,
                path: list.path, .workshop)
        }
        var sectionIDs: Set<String> = []
        var questionIDs: [String] = []
        var seenQuestionIDs: Set<String> = []
        var decoded: [(section: Section?, questions: [PendingQuestion])] = []
        for (index, element) in list.elements.enumerated() {
            let path = list.path.appending(index)
            guard let object = requireObject(element, path: path, .workshop, what: "a section") else { continue }
            let id = readID(object)
            if let id, !sectionIDs.insert(id).inserted {
                report("section '\(id)' is defined twice", at: object.member("id")!.value.position, path: path.appending("id"), .workshop)
            }
            let section = object.about(Subject(prefix: id.map { "section '\($0)': " } ?? "section #\(index + 1): "))
            checkKeys(section, allowed: WorkshopFormat.sectionKeys)
            let title = readText(section, "title", required: true)
            let introduction = readText(section, "introduction", required: false)
            let notes = readText(section, "facilitatorNotes", required: false)
            let timebox = readInteger(section, "timeboxMinutes", required: false, minimum: 1)
            var questions: [PendingQuestion] = []
            if let questionList = readArray(section, "questions", required: true) {
                if questionList.elements.isEmpty {
                    report(
                        "'questions' is empty; a section needs at least one question",
                        at: section.member("questions")!.value.position, path: questionList.path, section.subject)
                }
                for (questionIndex, node) in questionList.elements.enumerated() {
                    let pending = decodeQuestion(
                        node, path: questionList.path.appending(questionIndex), number: questionIDs.count + questions.count + 1)
                    if let id = pending.id, !seenQuestionIDs.insert(id).inserted {
                        let node = node["id"]!
                        report("question '\(id)' is defined twice", at: node.position, path: pending.path.appending("id"), Subject(prefix: "", questionID: id))
                    }
                    questions.append(pending)
                }
                questionIDs += questions.compactMap(\.id)
            }
            let complete = id != nil && title != nil
            decoded.append(
                (complete
                    ? Section(
                        id: id!, title: title!, introduction: introduction, facilitatorNotes: notes, timeboxMinutes: timebox,
                        questions: []) : nil,
                    questions))
        }
        return resolveConditions(in: decoded, questionIDs: questionIDs)
    }

    private mutating func resolveConditions(
        in decoded: [(section: Section?, questions: [PendingQuestion])], questionIDs: [String]
    ) -> [Section] {
        var scope = ConditionScope(owner: nil, questionIDs: questionIDs, knownIDs: Set(questionIDs))
        var sections: [Section] = []
        for (section, pendingQuestions) in decoded {
            var questions: [Question] = []
            for pending in pendingQuestions {
                var question = pending.question
                if let showIf = pending.showIf {
                    scope.owner = pending.id
                    let subject = Subject(prefix: pending.subject.prefix + "showIf: ", questionID: pending.id)
                    question?.condition = decodeCondition(showIf.value, path: pending.path.appending("showIf"), subject, scope)
                }
                if let id = pending.id, scope.asked.insert(id).inserted, let kind = question?.kind { scope.kinds[id] = kind }
                if let question { questions.append(question) }
            }
            if var section {
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
            return PendingQuestion(question: nil, id: nil, showIf: nil, path: path, subject: anonymous)
        }
        let id = readID(object)
        let subject = id.map { Subject(prefix: "question '\($0)': ", questionID: $0) } ?? anonymous
        let question = object.about(subject)
        let type = readType(question)
        checkQuestionKeys(question, type: type)
        let prompt = readText(question, "prompt", required: true)
        let help = readText(question, "help", required: false)
        let required = readBool(question, "required", required: false) ?? true
        let dimension = readDimension(question)
        var flags: [String: Bool] = [:]
        for flag in ["reverse", "predict", "allowDontKnow", "allowPreferNotToSay"] {
            guard let value = readBool(question, flag, required: false) else { continue }
            flags[flag] = value
            if let type, let allowed = WorkshopFormat.typesAllowing(flag), !allowed.contains(type) {
                let names = WorkshopFormat.list(allowed.map(\.rawValue))
                report(
                    "'\(flag)' does not apply to a \(type.rawValue) question (only to \(names) questions)",
                    at: question.member(flag)!.keyPosition, path: path.appending(flag), subject)
            }
        }
        let kind = type.flatMap { decodeKind($0, of: question, required: required) }
        let pending = PendingQuestion(question: nil, id: id, showIf: question.member("showIf"), path: path, subject: subject)
        guard let id, let kind, let prompt else { return pending }
        var decoded = pending
        decoded.question = Question(
            id: id, kind: kind, prompt: prompt, help: help, required: required, dimension: dimension,
            reverse: flags["reverse"] ?? false, predict: flags["predict"] ?? false,
            allowDontKnow: flags["allowDontKnow"] ?? false, allowPreferNotToSay: flags["allowPreferNotToSay"] ?? false)
        return decoded
    }

    private mutating func readType(_ question: ObjectNode) -> QuestionType? {
        guard let name = readString(question, "type", required: true) else { return nil }
        if let type = QuestionType(rawValue: name) { return type }
        let names = QuestionType.allCases.map(\.rawValue)
        let hint = name.closestMatch(in: names).map { "did you mean '\($0)'?" } ?? "expected one of: \(names.joined(separator: ", "))"
        report(
            "unknown type '\(name)' (\(hint))", at: question.member("type")!.value.position, path: question.path.appending("type"),
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
                    "'\(member.key)' does not apply to a \(type.rawValue) question (only to \(names) questions)",
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
                : dimension.closestMatch(in: dimensionIDs).map { "did you mean '\($0)'?" }
                    ?? "known: \(dimensionIDs.joined(separator: ", "))"
            report(
                "unknown dimension '\(dimension)' (\(hint))", at: question.member("dimension")!.value.position,
                path: question.path.appending("dimension"), question.subject)
            return nil
        }
        return dimension
    }
}
