/// Typed access to the members of an object, each reporting a missing key or a value of
/// the wrong type where it is and returning `nil` then.
extension WorkshopDecoder {
    /// `node` as an object, or `nil` after reporting `what must be an object`.
    mutating func requireObject(_ node: JSONNode, path: JSONPath, _ subject: Subject, what: String) -> ObjectNode? {
        guard let members = node.members else {
            report("\(what) must be an object, found \(node.kindName)", at: node.position, path: path, subject)
            return nil
        }
        return ObjectNode(members: members, position: node.position, path: path, subject: subject)
    }

    /// Reports every key of `object` not in `allowed`, suggesting the closest allowed key.
    mutating func checkKeys(_ object: ObjectNode, allowed: [String]) {
        for member in object.members where !allowed.contains(member.key) {
            reportUnknownKey(member, in: object, candidates: allowed)
        }
    }

    mutating func reportUnknownKey(_ member: JSONMember, in object: ObjectNode, candidates: [String]) {
        let hint =
            if let match = member.key.closestMatch(in: candidates) {
                " (did you mean '\(input: match)'?)"
            } else {
                " (expected one of: \(candidates.joined(separator: ", ")))"
            }
        report(
            "unknown key '\(input: member.key)'\(hint)", at: member.keyPosition, path: object.path.appending(member.key),
            object.subject)
    }

    /// The value of `key`, reporting it missing when `required`.
    mutating func readValue(_ object: ObjectNode, _ key: String, required: Bool) -> JSONMember? {
        if let member = object.member(key) { return member }
        if required { report("missing required key '\(input: key)'", at: object.position, path: object.path, object.subject) }
        return nil
    }

    mutating func reportType(_ member: JSONMember, in object: ObjectNode, expected: String) {
        report(
            "'\(input: member.key)' must be \(expected), found \(member.value.kindName)", at: member.value.position,
            path: object.path.appending(member.key), object.subject)
    }

    mutating func readString(_ object: ObjectNode, _ key: String, required: Bool, nonEmpty: Bool = false) -> String? {
        guard let member = readValue(object, key, required: required) else { return nil }
        guard let string = member.value.string else {
            reportType(member, in: object, expected: "a string")
            return nil
        }
        if nonEmpty, string.isEmpty {
            report("'\(input: key)' is empty", at: member.value.position, path: object.path.appending(key), object.subject)
            return nil
        }
        return string
    }

    /// An id matching `^[a-z0-9][a-z0-9-]*$`.
    mutating func readID(_ object: ObjectNode, _ key: String = "id") -> String? {
        guard let id = readString(object, key, required: true) else { return nil }
        guard WorkshopFormat.isValidID(id) else {
            report(
                "invalid id '\(input: id)': use lowercase letters, digits and '-', starting with a letter or digit",
                at: object.member(key)!.value.position, path: object.path.appending(key), object.subject)
            return nil
        }
        return id
    }

    mutating func readInteger(_ object: ObjectNode, _ key: String, required: Bool, minimum: Int? = nil) -> Int? {
        guard let member = readValue(object, key, required: required) else { return nil }
        guard let integer = member.value.integer else {
            reportType(member, in: object, expected: "an integer")
            return nil
        }
        if let minimum, integer < minimum {
            report(
                "'\(input: key)' must be at least \(minimum), found \(integer)", at: member.value.position,
                path: object.path.appending(key), object.subject)
            return nil
        }
        return integer
    }

    mutating func readNumber(_ object: ObjectNode, _ key: String, required: Bool) -> Double? {
        guard let member = readValue(object, key, required: required) else { return nil }
        guard let number = member.value.number else {
            reportType(member, in: object, expected: "a number")
            return nil
        }
        return number
    }

    mutating func readBool(_ object: ObjectNode, _ key: String, required: Bool) -> Bool? {
        guard let member = readValue(object, key, required: required) else { return nil }
        guard let bool = member.value.bool else {
            reportType(member, in: object, expected: "true or false")
            return nil
        }
        return bool
    }

    mutating func readArray(
        _ object: ObjectNode, _ key: String, required: Bool
    ) -> (elements: [JSONNode], path: JSONPath)? {
        guard let member = readValue(object, key, required: required) else { return nil }
        guard let elements = member.value.elements else {
            reportType(member, in: object, expected: "an array")
            return nil
        }
        return (elements, object.path.appending(key))
    }

    /// A text: a string in the workshop's language, or translations that include it.
    mutating func readText(_ object: ObjectNode, _ key: String, required: Bool) -> LocalizedText? {
        guard let member = readValue(object, key, required: required) else { return nil }
        let path = object.path.appending(key)
        if let string = member.value.string {
            guard !string.isEmpty else {
                report("'\(input: key)' is empty", at: member.value.position, path: path, object.subject)
                return nil
            }
            self.texts.append(
                TextSite(
                    key: key, position: member.value.position, path: path, subject: object.subject,
                    languages: [language]))
            return LocalizedText(string, language: language)
        }
        guard let translations = member.value.members else {
            reportType(member, in: object, expected: "a string or an object of translations")
            return nil
        }
        var texts: [String: String] = [:]
        var complete = true
        for translation in translations {
            guard let text = translation.value.string, !text.isEmpty else {
                let found = translation.value.string == nil ? translation.value.kindName : "an empty string"
                report(
                    "'\(input: key)': the '\(input: translation.key)' translation must be a non-empty string, found \(found)",
                    at: translation.value.position, path: path.appending(translation.key), object.subject)
                complete = false
                continue
            }
            if !WorkshopFormat.isLanguageCode(translation.key) {
                report(
                    "'\(input: key)': '\(input: translation.key)' is not a language code (such as 'en' or 'de-CH')",
                    at: translation.keyPosition, path: path.appending(translation.key), object.subject)
                complete = false
            }
            texts[translation.key] = text
        }
        // Without a valid workshop language (already reported) there is nothing to check against.
        guard !language.isEmpty else { return nil }
        guard translations.contains(where: { $0.key == language }) else {
            report(
                "'\(input: key)' has no '\(input: language)' text, the workshop's language", at: member.value.position, path: path,
                object.subject)
            return nil
        }
        guard complete else { return nil }
        self.texts.append(
            TextSite(
                key: key, position: member.value.position, path: path, subject: object.subject,
                languages: Set(texts.keys)))
        return LocalizedText(translations: texts, defaultLanguage: language)
    }
}
