import AccordCore
import Foundation

/// Parses JSON text into `JSONValue` for the store: import lines and stored answers.
///
/// One entry point over AccordCore's `JSONReader` (strict RFC 8259, positions in its errors),
/// which is as fast as a parser of the store's own was and says where a line goes wrong.
enum JSONText {
    /// Why a text is not JSON, with the column where it went wrong.
    struct SyntaxError: Error {
        var message: String
    }

    /// The JSON value of `bytes`, one line of text.
    static func parse(_ bytes: Data) throws(SyntaxError) -> JSONValue {
        do {
            return try JSONReader().readValue(bytes)
        } catch {
            throw SyntaxError(message: "not valid JSON at column \(error.position.column): \(error.message)")
        }
    }
}

extension Dictionary where Key == String, Value == Answer {
    /// The answers as stored: a JSON object keyed by question id, sorted keys.
    package var storedJSON: String { StoredJSON.encode(self) }

    /// Reads stored answers back, each through its question in `workshop`.
    package init(storedJSON text: String, workshop: Workshop) throws {
        try self.init(storedJSON: text, questions: workshop.questionsByID)
    }

    /// Reads stored answers back, each through its question.
    init(storedJSON text: String, questions: [String: Question]) throws {
        guard case .object(let members) = try JSONText.parse(Data(text.utf8)) else {
            throw StoreError.database("stored answers are not a JSON object")
        }
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(members.count)
        for (id, json) in members {
            guard let question = questions[id] else { throw AnswerError.unknownQuestion(id) }
            answers[id] = try Answer(json: json, for: question)
        }
        self = answers
    }
}

extension Workshop {
    /// Every question by id, for lookups in loops over many submissions.
    var questionsByID: [String: Question] {
        var questions: [String: Question] = [:]
        for question in self.questions { questions[question.id] = question }
        return questions
    }
}
