import Foundation
import Testing

/// The hostile-strings corpus (`Tests/Fixtures/hostile-strings.json`) goes in through a
/// workshop file (title, one question per string, option labels) and an import file (one
/// comment per string), and out through every report format and both export formats; each
/// output is read by a real parser for its syntax (`scripts/check-hostile-output.py`):
/// nothing executes, nothing is lost.
@Suite struct HostileStringsTests {
    static let corpusPath = AccordProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile-strings.json")
    static let checker = AccordProcess.repositoryRoot.appendingPathComponent("scripts/check-hostile-output.py")

    /// The corpus, each string whole (`repeat` applied).
    static func corpus() throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: corpusPath)) as! [String: Any]
        return (object["strings"] as! [[String: Any]]).map { item in
            String(repeating: item["text"] as! String, count: item["repeat"] as? Int ?? 1)
        }
    }

    /// A JSON string literal (through JSONSerialization, independent of Accord's own quoting).
    static func literal(_ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed]), as: UTF8.self)
            .dropFirst().dropLast().description
    }

    /// A workshop whose title, question prompts and option labels are the corpus strings.
    static func workshop(_ strings: [String]) throws -> String {
        var questions: [String] = []
        for (index, text) in strings.enumerated() {
            questions.append(#"{"id": "q\#(index)", "type": "yesno", "prompt": \#(try literal(text)), "required": false}"#)
        }
        let options = try strings.prefix(12).enumerated().map { index, text in
            #"{"id": "o\#(index)", "label": \#(try literal(text))}"#
        }
        questions.append(#"{"id": "pick", "type": "choice", "prompt": "Pick one", "options": [\#(options.joined(separator: ", "))]}"#)
        questions.append(#"{"id": "comment", "type": "text", "prompt": "Anything else?", "maxLength": 20000, "required": false}"#)
        return """
            {"formatVersion": 1, "id": "hostile", "version": "1.0.0", "title": \(try literal(strings[12] + " " + strings[19])),
             "language": "en", "anonymity": {"minGroupSize": 3, "minGroupSizeForText": 5},
             "sections": [{"id": "main", "title": \(try literal(strings[16])), "questions": [\(questions.joined(separator: ",\n"))]}]}
            """
    }

    /// One import line per corpus string: its comment, yes/no answers, a choice.
    static func importLines(_ strings: [String]) throws -> [String] {
        try strings.enumerated().map { index, text in
            let partner = index % 2 == 0 ? "Acme" : "Globex"
            let level = index % 4 < 2 ? "management" : "execution"
            var answers = strings.indices.map { #""q\#($0)": \#(($0 + index) % 3 == 0)"# }
            answers.append(#""pick": "o\#(index % 12)""#)
            answers.append(#""comment": \#(try literal(text))"#)
            return #"{"partner": "\#(partner)", "level": "\#(level)", "answers": {\#(answers.joined(separator: ", "))}}"#
        }
    }

    /// Every output and the command that makes it.
    static let outputs: [(String, [String])] = [
        ("text", ["report", "--format", "text"]), ("markdown", ["report", "--format", "markdown"]),
        ("html", ["report", "--format", "html"]), ("json", ["report", "--format", "json"]),
        ("csv", ["report", "--format", "csv"]), ("export-csv", ["export", "--format", "csv"]),
        ("export-jsonl", ["export", "--format", "jsonl"]),
    ]

    @Test(arguments: outputs.map(\.0))
    func everyOutputParsesRunsNothingAndLosesNothing(format: String) throws {
        let strings = try Self.corpus()
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let workshop = fixture.folder.appendingPathComponent("hostile.json")
        try Data(try Self.workshop(strings).utf8).write(to: workshop)
        let made = try fixture.accord(["session", "new", "--workshop", workshop.path, "--partners", "Acme,Globex", "--id", "h"])
        try #require(made.status == 0, "\(made.stderr)")
        let imported = try fixture.accord(["import", "--session", "h", try fixture.file("h.jsonl", try Self.importLines(strings))])
        try #require(imported.status == 0, "\(imported.stderr)")
        try #require(try fixture.accord(["round", "close", "--session", "h"]).status == 0)

        let command = Self.outputs.first { $0.0 == format }!.1
        let result = try fixture.accord(command + ["--session", "h"])
        try #require(result.status == 0, "\(result.stderr)")
        let output = fixture.folder.appendingPathComponent("output.\(format)")
        try Data(result.stdout.utf8).write(to: output)
        let check = Self.python([Self.checker.path, format, output.path, Self.corpusPath.path])
        #expect(check.status == 0, "\(format):\n\(check.output)")
    }

    /// Runs `python3` with `arguments`; status 127 when Python is missing.
    static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "could not start python3: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
