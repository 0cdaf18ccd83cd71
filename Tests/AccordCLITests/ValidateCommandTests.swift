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

    /// German for the title only.
    static let partlyGerman = """
        {"formatVersion": 1, "id": "mixed", "version": "1", "language": "en",
         "title": {"en": "Mixed", "de": "Gemischt"},
         "sections": [{"id": "s", "title": "S", "questions": [{"id": "a", "type": "yesno", "prompt": "A?"}]}]}
        """

    @Test func aPartialTranslationIsAWarningThatDoesNotFail() throws {
        try withFiles(["mixed.json": Self.partlyGerman]) { directory in
            let result = try AccordProcess.run(["validate", "mixed.json"], currentDirectory: directory)
            #expect(result.status == 0)
            #expect(result.stdout == "mixed.json: ok, 2 warnings\n")
            #expect(
                result.stderr.split(separator: "\n") == [
                    "mixed.json:3:36: warning: section 's': 'title' has no 'de' translation; the workshop translates 1 of its 3 texts into 'de', so participants reading it would see this in 'en'",
                    "mixed.json:3:94: warning: question 'a': 'prompt' has no 'de' translation; the workshop translates 1 of its 3 texts into 'de', so participants reading it would see this in 'en'",
                ])
        }
    }

    @Test func requiredLanguagesFailOnEveryMissingTranslation() throws {
        try withFiles(["mixed.json": Self.partlyGerman, "ok.json": Self.validWorkshop]) { directory in
            let result = try AccordProcess.run(
                ["validate", "--languages", "de,fr", "mixed.json", "ok.json"], currentDirectory: directory)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.first == "mixed.json:2:11: error: 'title' has no 'fr' translation, which --languages requires")
            #expect(lines.contains("mixed.json:3:94: error: question 'a': 'prompt' has no 'de' translation, which --languages requires"))
            #expect(lines.contains("mixed.json: 5 errors"))
            #expect(lines.contains("ok.json: 6 errors"))
        }
    }

    @Test(arguments: ["de,x_y", "", "deutsch"])
    func aMalformedLanguageCodeIsAUsageError(_ list: String) throws {
        try withFiles(["ok.json": Self.validWorkshop]) { directory in
            let result = try AccordProcess.run(["validate", "--languages", list, "ok.json"], currentDirectory: directory)
            #expect(result.status == 64)
            #expect(result.stderr.contains("--languages: '"))
            #expect(result.stderr.contains("is not a language code; give codes such as 'de' or 'de-CH', separated by commas"))
        }
    }

    @Test func everyShippedWorkshopIsTranslatedIntoGermanAndFrench() throws {
        let root = AccordProcess.repositoryRoot
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("questionnaires").path)
            .filter { $0.hasSuffix(".json") }.sorted().map { "questionnaires/" + $0 }
        #expect(files.count == 4)
        let result = try AccordProcess.run(["validate", "--languages", "de,fr"] + files, currentDirectory: root)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == files.map { "\($0): ok\n" }.joined())
    }

    @Test func noFileIsAUsageError() throws {
        let result = try AccordProcess.run(["validate"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Give at least one workshop file to check."))
    }
}
