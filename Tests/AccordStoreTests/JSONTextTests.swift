import AccordCore
import Foundation
import Testing

@testable import AccordStore

@Suite struct JSONTextTests {
    @Test(arguments: [
        (
            #"{"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}}"#,
            JSONValue.object([
                "a": .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]),
                "b": .object(["c": .string("d")]),
            ])
        ),
        (#" "é\n\"\\\/\u00e9\ud83d\ude00" "#, .string("é\n\"\\/é😀")),
        ("12345678901234567890", .number(1.2345678901234567e19)),
        ("[]", .array([])),
        ("{}", .object([:])),
    ])
    func parsesWhatJSONAllows(_ text: String, _ expected: JSONValue) throws {
        #expect(try JSONText.parse(Data(text.utf8)) == expected)
    }

    @Test(arguments: [
        ("{\"a\": 1", "at column 8: unexpected end of input"), ("[1,]", "at column 4: unexpected ']'"),
        ("{\"a\": 1, \"a\": 2}", "duplicate key 'a'"), ("1 2", "at column 3:"), ("", "at column 1:"),
        ("\"\\x\"", "invalid escape"),
    ])
    func refusesWhatItDoesNotWithAMessage(_ text: String, _ message: String) {
        #expect {
            try JSONText.parse(Data(text.utf8))
        } throws: { error in
            (error as? JSONText.SyntaxError)?.message.contains(message) == true
        }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: JSONText.SyntaxError.self) { try JSONText.parse(Data([0x22, 0xFF, 0x22])) }
    }
}

@Suite struct StoredJSONTests {
    @Test func writesWhatJSONValueWritesAndReadsBack() throws {
        let answers: [String: Answer] = [
            "vision": .scale(4), "goal": .choice("cost"), "months": .number(12.5), "trust": .yesno(false),
            "comment": .text("a \"quote\" \\ <b>\n\t\u{01} é 😀"), "kpis": .multi(["a", "b"]), "order": .rank([]),
            "unsure": .dontKnow, "private": .preferNotToSay, "whole": .number(-3),
        ]
        let text = StoredJSON.encode(answers)
        #expect(text == JSONValue.object(answers.mapValues(\.jsonValue)).serialized)
        let parsed = try JSONText.parse(Data(text.utf8))
        #expect(parsed == JSONValue.object(answers.mapValues(\.jsonValue)))
    }
}
