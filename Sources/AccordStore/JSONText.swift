import AccordCore
import Foundation

/// Parses JSON text into `JSONValue`. Kept behind this one function so that it can be swapped for
/// AccordCore's position-keeping `JSONReader` once that exists.
enum JSONText {
    /// Why a text is not JSON.
    struct SyntaxError: Error {
        var message: String
    }

    private static let booleanClass: AnyClass = type(of: NSNumber(value: true))

    /// The JSON value of `bytes`.
    static func parse(_ bytes: Data) throws(SyntaxError) -> JSONValue {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            throw SyntaxError(message: "not valid JSON: \(detail)")
        }
        return value(of: object)
    }

    private static func value(of object: Any) -> JSONValue {
        switch object {
        case let string as String: return .string(string)
        case let number as NSNumber:
            if type(of: number) == booleanClass { return .bool(number.boolValue) }
            return .number(number.doubleValue)
        case let array as [Any]: return .array(array.map(value(of:)))
        case let dictionary as [String: Any]: return .object(dictionary.mapValues(value(of:)))
        default: return .null
        }
    }
}

extension Dictionary where Key == String, Value == Answer {
    /// The answers as stored: a JSON object keyed by question id, sorted keys.
    var storedJSON: String { JSONValue.object(mapValues(\.jsonValue)).serialized }

    /// Reads stored answers back, each through its question in `workshop`.
    init(storedJSON text: String, workshop: Workshop) throws {
        guard case .object(let members) = try JSONText.parse(Data(text.utf8)) else {
            throw StoreError.database("stored answers are not a JSON object")
        }
        var answers: [String: Answer] = [:]
        for (id, json) in members {
            guard let question = workshop.question(id) else { throw AnswerError.unknownQuestion(id) }
            answers[id] = try Answer(json: json, for: question)
        }
        self = answers
    }
}
