import Foundation
import Testing

@Suite struct ValidateCommandTests {
    static let validWorkshop = """
        {"formatVersion": 1, "id": "ok", "version": "1", "title": "OK", "language": "en",
         "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "type": "yesno", "prompt": "A?"}]}]}
        """

    static let brokenWorkshop = """
        {
          "formatVersion": 1,
          "id": "broken",
          "version": "1",
          "title": "Broken",
          "language": "en",
          "sections": [
            {"id": "s", "title": "S", "questions": [
              {"id": "a", "type": "yesno", "prompt": "A?", "requird": false},
              {"id": "b", "type": "yesno", "prompt": "B?", "showIf": {"question": "c", "equals": true}},
              {"id": "c", "type": "choice", "prompt": "C?", "options": []}
            ]}
          ]
        }
        """

    private func withFiles(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let directory = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, contents) in files {
            try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
        }
        try body(directory)
    }

    @Test func aValidWorkshopIsOk() throws {
        try withFiles(["ok.json": Self.validWorkshop]) { directory in
            let result = try AccordProcess.run(["validate", "ok.json"], currentDirectory: directory)
            #expect(result.status == 0)
            #expect(result.stdout == "ok.json: ok\n")
            #expect(result.stderr == "")
        }
    }

    @Test func everyProblemIsPrintedWhereItIs() throws {
        try withFiles(["ok.json": Self.validWorkshop, "broken.json": Self.brokenWorkshop]) { directory in
            let result = try AccordProcess.run(["validate", "broken.json", "ok.json"], currentDirectory: directory)
            #expect(result.status == 1)
            #expect(result.stdout == "ok.json: ok\n")
            #expect(
                result.stderr.split(separator: "\n") == [
                    "broken.json:9:52: error: question 'a': unknown key 'requird' (did you mean 'required'?)",
                    "broken.json:10:75: error: question 'b': showIf: question 'c' is asked later; a condition may only refer to an earlier question",
                    "broken.json:11:64: error: question 'c': 'options' is empty; a choice question needs at least one option",
                    "broken.json: 3 errors",
                ])
        }
    }

    @Test func aMissingFileIsReportedAndTheOthersAreStillChecked() throws {
        try withFiles(["ok.json": Self.validWorkshop, "bad.json": "{\"formatVersion\": 1,}"]) { directory in
            let result = try AccordProcess.run(
                ["validate", "missing.json", "bad.json", "ok.json"], currentDirectory: directory)
            #expect(result.status == 1)
            #expect(result.stdout == "ok.json: ok\n")
            #expect(
                result.stderr.split(separator: "\n") == [
                    "missing.json: error: no such file",
                    "bad.json:1:21: error: unexpected '}' after ',' (a trailing comma is not allowed in JSON)",
                    "bad.json: 1 error",
                ])
        }
    }

    @Test func noFileIsAUsageError() throws {
        let result = try AccordProcess.run(["validate"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Give at least one workshop file to check."))
    }
}
