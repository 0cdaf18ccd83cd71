import Foundation
import Testing

@testable import AccordCore

@Suite struct JSONReaderTests {
    let reader = JSONReader()

    private func error(reading text: String, reader: JSONReader = JSONReader()) -> JSONReadError? {
        do {
            _ = try reader.read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyEscapeIsDecoded() throws {
        // A decoded string enters normalised (`TextNormalization`): a lone CR is a line break.
        let node = try reader.read(#""q\"b\\s\/b\bf\fn\nr\rt\tu\u00e9\u0000\u20AC""#)
        #expect(node.string == "q\"b\\s/b\u{08}f\u{0C}n\nr\nt\tu\u{E9}\u{0}\u{20AC}")
        let nfd = try reader.read(#""a\r\nb e\u0301""#).string
        #expect(nfd.map { Array($0.utf8) } == Array("a\nb \u{E9}".utf8))
    }

    @Test func rawUnicodeIsKept() throws {
        #expect(try reader.read("\"Grüße ✓ 😀 ﷽\"").string == "Grüße ✓ 😀 ﷽")
    }

    @Test func surrogatePairsMakeOneScalar() throws {
        #expect(try reader.read(#""\ud83d\ude00 \uD834\uDD1E""#).string == "😀 𝄞")
    }

    @Test(arguments: [
        (#"["ok", "\ud83d"]"#, "1:9: invalid escape '\\ud83d': a UTF-16 surrogate must come in a high-low pair"),
        (#""\ude00""#, "1:2: invalid escape '\\ude00': a UTF-16 surrogate must come in a high-low pair"),
        (#""\ud83d\u0041""#, "1:2: invalid escape '\\ud83d': a UTF-16 surrogate must come in a high-low pair"),
        (
            #""\u12G4""#,
            "1:2: invalid escape '\\u12G4' in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)"
        ),
        (#""a\x""#, "1:3: invalid escape '\\x' in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)"),
    ])
    func badEscapesAreLocated(text: String, expected: String) {
        #expect(error(reading: text)?.errorDescription == expected)
    }

    @Test(arguments: [
        ("0", 0.0), ("-0", -0.0), ("7", 7), ("-12", -12), ("12.5e3", 12_500), ("1E-2", 0.01), ("-1.5", -1.5),
        ("2.5E+2", 250), ("123456789012345678901234567890", 1.2345678901234568e29),
        ("9007199254740993", 9_007_199_254_740_992),
        ("0.1", 0.1), ("1e308", 1e308), ("5e-324", .leastNonzeroMagnitude),
    ])
    func numbersFollowTheGrammar(text: String, value: Double) throws {
        let number = try #require(try reader.read(text).number)
        #expect(number == value)
        #expect(number.sign == value.sign)
    }

    @Test(arguments: [
        ("01", "1:1: invalid number '01': a number cannot start with 0"),
        ("1.", "1:1: invalid number '1.': expected a digit after '.'"),
        ("-", "1:1: invalid number '-': expected a digit after '-'"),
        ("-a", "1:1: invalid number '-a': expected a digit after '-'"),
        ("1e", "1:1: invalid number '1e': expected a digit in the exponent"),
        ("[1e+]", "1:2: invalid number '1e+': expected a digit in the exponent"),
        (".5", "1:1: unexpected '.', expected a value"),
        ("+1", "1:1: unexpected '+', expected a value"),
        ("NaN", "1:1: unexpected 'NaN', expected a value"),
        ("-Infinity", "1:1: invalid number '-Infinity': expected a digit after '-'"),
        (
            "0x10",
            "1:2: unexpected 'x10' after the JSON value, expected the end of the text (only one value is allowed)"
        ),
        ("1e400", "1:1: number '1e400' is too large"),
    ])
    func badNumbersAreLocated(text: String, expected: String) {
        #expect(error(reading: text)?.errorDescription == expected)
    }

    @Test(arguments: [
        ("", "1:1: unexpected end of input, expected a value"),
        ("  \n  ", "2:3: unexpected end of input, expected a value"),
        ("{\"a\": 1,}", "1:9: unexpected '}' after ',' (a trailing comma is not allowed in JSON)"),
        ("[1, 2,]", "1:7: unexpected ']' after ',' (a trailing comma is not allowed in JSON)"),
        ("{\"a\" 1}", "1:6: unexpected '1' after the key 'a', expected ':'"),
        ("{\"a\": 1 \"b\": 2}", "1:9: unexpected string after the value of 'a', expected ',' or '}'"),
        ("[\"a\" \"b\"]", "1:6: unexpected string after an array element, expected ',' or ']'"),
        ("[1 2]", "1:4: unexpected '2' after an array element, expected ',' or ']'"),
        ("{a: 1}", "1:2: unexpected 'a' after '{', expected a key in double quotes"),
        ("[tru]", "1:2: unexpected 'tru' after '[', expected a value"),
        ("[truex]", "1:2: unexpected 'truex' after '[', expected a value"),
        ("{\"a\": True}", "1:7: unexpected 'True' after ':', expected a value"),
        ("[1, 2", "1:6: unexpected end of input after an array element, expected ',' or ']'"),
        (
            "{\"a\": 1} {}",
            "1:10: unexpected '{' after the JSON value, expected the end of the text (only one value is allowed)"
        ),
        ("[\"é\", é]", "1:7: unexpected 'é' after ',', expected a value"),
        ("[\u{7}]", "1:2: unexpected character U+0007 after '[', expected a value"),
        ("// comment\n{}", "1:1: unexpected '/', expected a value"),
        ("[\"tab\there\"]", "1:6: control character U+0009 in a string must be escaped"),
        ("{\"title\": \"Broken\n}", "1:11: unterminated string (a string must end with '\"' on the same line)"),
        ("\"open", "1:1: unterminated string (a string must end with '\"' on the same line)"),
        ("\"end\\", "1:1: unterminated string (a string must end with '\"' on the same line)"),
        ("{\"id\": 1,\n \"id\": 2}", "2:2: duplicate key 'id' (first at line 1, column 2)"),
    ])
    func syntaxErrorsAreLocatedAndNamed(text: String, expected: String) {
        #expect(error(reading: text)?.errorDescription == expected)
    }

    @Test func invalidUTF8IsAnErrorNotATrap() {
        let cases: [([UInt8], String)] = [
            ([0x22, 0x61, 0xFF, 0x22], "1:3: invalid UTF-8 (byte 0xFF); save the file as UTF-8"),
            ([0x22, 0xC3, 0x22], "1:2: invalid UTF-8 (byte 0xC3); save the file as UTF-8"),  // truncated sequence
            ([0x22, 0xC0, 0xAF, 0x22], "1:2: invalid UTF-8 (byte 0xC0); save the file as UTF-8"),  // overlong '/'
            ([0x22, 0xED, 0xA0, 0x80, 0x22], "1:2: invalid UTF-8 (byte 0xED); save the file as UTF-8"),  // surrogate
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "1:2: invalid UTF-8 (byte 0xF4); save the file as UTF-8"),  // > U+10FFFF
            ([0x5B, 0x80, 0x5D], "1:2: invalid UTF-8 (byte 0x80); save the file as UTF-8"),
            ([0x22, 0xE2, 0x9C], "1:2: invalid UTF-8 (byte 0xE2); save the file as UTF-8"),  // cut at the end
        ]
        for (bytes, expected) in cases {
            #expect(throws: JSONReadError.self) { try reader.read(bytes) }
            do {
                _ = try reader.read(bytes)
            } catch {
                #expect(error.errorDescription == expected, "bytes \(bytes)")
            }
        }
    }

    @Test func positionsCountCharactersNotBytes() throws {
        let text = "{\"grüße ✓\": [1,\n\t\"😀\", {\"k\": null}],\r\n  \"n\": -2.5}"
        let root = try reader.read(text)
        let members = try #require(root.members)
        #expect(root.position == JSONPosition(line: 1, column: 1))
        #expect(members.map(\.key) == ["grüße ✓", "n"])
        #expect(members[0].keyPosition == JSONPosition(line: 1, column: 2))
        #expect(members[0].value.position == JSONPosition(line: 1, column: 13))
        let elements = try #require(members[0].value.elements)
        #expect(
            elements.map(\.position) == [
                JSONPosition(line: 1, column: 14), JSONPosition(line: 2, column: 2), JSONPosition(line: 2, column: 7),
            ])
        #expect(elements[2].members?.first?.keyPosition == JSONPosition(line: 2, column: 8))
        #expect(elements[2]["k"]?.position == JSONPosition(line: 2, column: 13))
        #expect(members[1].keyPosition == JSONPosition(line: 3, column: 3))
        #expect(members[1].value.position == JSONPosition(line: 3, column: 8))
        #expect(members[1].value.number == -2.5)
    }

    @Test func errorsAfterWideCharactersAreInTheRightColumn() {
        #expect(error(reading: "[\"😀😀\", \"ü\" 1]")?.position == JSONPosition(line: 1, column: 12))
    }

    @Test func firstLineOffsetsEveryLine() throws {
        let node = try reader.read("{\"a\":\n 1}", firstLine: 41)
        #expect(node.position == JSONPosition(line: 41, column: 1))
        #expect(node["a"]?.position == JSONPosition(line: 42, column: 2))
        #expect(error(reading: "{\"a\": }", reader: reader)?.position == JSONPosition(line: 1, column: 7))
        do {
            _ = try reader.read(Data("{\"a\": }".utf8), firstLine: 7)
            Issue.record("accepted a missing value")
        } catch {
            #expect(error.position == JSONPosition(line: 7, column: 7))
        }
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let node = try reader.read([0xEF, 0xBB, 0xBF] + Array("{\"a\": true}".utf8))
        #expect(node.position == JSONPosition(line: 1, column: 1))
        #expect(node["a"]?.bool == true)
    }

    @Test func nestingIsLimited() throws {
        let limit = JSONReader.defaultMaximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try reader.read(deepest).elements?.count == 1)
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(
            error(reading: tooDeep)?.errorDescription
                == "1:\(limit + 1): arrays and objects are nested more than \(limit) deep")
        // Far past the stack's capacity for a naive recursive parser.
        let hostile = String(repeating: "{\"a\":[", count: 200_000)
        #expect(
            error(reading: hostile) == .tooDeep(limit: limit, at: JSONPosition(line: 1, column: 6 * (limit / 2) + 1)))
        let shallow = JSONReader(maximumDepth: 2)
        #expect(error(reading: "[[[]]]", reader: shallow)?.message == "arrays and objects are nested more than 2 deep")
    }

    @Test func theValueWithoutPositionsIsTheSame() throws {
        let node = try reader.read(#"{"b": [1, 2.5, "x", null, true, {}], "a": false}"#)
        #expect(
            node.jsonValue
                == .object([
                    "a": .bool(false),
                    "b": .array([.number(1), .number(2.5), .string("x"), .null, .bool(true), .object([:])]),
                ]))
        #expect(try reader.readValue(Data("[]".utf8)) == .array([]))
    }

    @Test func scalarsAtTheTopLevelAreValues() throws {
        #expect(try reader.read(" true ").bool == true)
        #expect(try reader.read("null").value == .null)
        #expect(try reader.read("\"x\"\n").string == "x")
    }
}
