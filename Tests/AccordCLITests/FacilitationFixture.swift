import Foundation

/// A session of a two-section workshop with sections' introductions, notes and timeboxes, in
/// a temporary database, and import files of answers, for whole runs of `accord facilitate`.
struct FacilitationFixture {
    static let workshopJSON = #"""
        {
          "formatVersion": 1, "id": "facilitation", "version": "1.0.0", "language": "en",
          "title": "Common vision", "description": "Where do we stand, together?",
          "anonymity": {"minGroupSize": 3, "minGroupSizeForText": 5},
          "scales": [{"id": "agree5", "points": [
            {"value": 1, "label": "Strongly disagree"}, {"value": 2, "label": "Disagree"},
            {"value": 3, "label": "Neither"}, {"value": 4, "label": "Agree"}, {"value": 5, "label": "Strongly agree"}]}],
          "dimensions": [{"id": "vision", "title": "Vision"}],
          "sections": [
            {"id": "vision", "title": "Shared vision", "timeboxMinutes": 15,
             "introduction": "First, where are we going together?",
             "facilitatorNotes": "Let management speak last.",
             "questions": [
              {"id": "vision-shared", "type": "scale", "scale": "agree5", "dimension": "vision", "predict": true,
               "prompt": "We share one vision."},
              {"id": "top-goal", "type": "choice", "prompt": "What is the partnership's top goal?",
               "options": [{"id": "new-markets", "label": "New markets"}, {"id": "cost", "label": "Lower cost"}]}]},
            {"id": "trust", "title": "Trust", "timeboxMinutes": 10,
             "questions": [{"id": "speak-openly", "type": "yesno", "prompt": "Can we speak openly?"}]}
          ]
        }
        """#

    let folder: URL
    let database: String
    let id: String

    /// The session `id` open on round 1 in `database` (default: a fresh SQLite file; a
    /// `postgres://` URL for a PostgreSQL database).
    init(database: String? = nil, id: String = "demo") throws {
        folder = try AccordProcess.temporaryDirectory()
        self.database = database ?? folder.appendingPathComponent("accord.sqlite").path
        self.id = id
        let file = folder.appendingPathComponent("workshop.json")
        try Data(Self.workshopJSON.utf8).write(to: file)
        let made = try run(["session", "new", "--workshop", file.path, "--partners", "Acme,Globex", "--id", id])
        guard made.status == 0 else { throw FixtureFailure(message: "session new: \(made.stderr)") }
    }

    /// Runs `accord` with this database, through pipes.
    func run(_ arguments: [String], stdin: String = "") throws -> AccordProcess.Result {
        try AccordProcess.run(arguments + ["--db", database], stdin: stdin)
    }

    /// Imports answers into the open round: per cell, the vision answers given. Acme picks new
    /// markets and speaks openly, Globex picks lower cost and does not.
    func submit(_ cells: [(partner: String, level: String, vision: [Int])]) throws {
        var lines: [String] = []
        for cell in cells {
            for vision in cell.vision {
                let acme = cell.partner == "Acme"
                lines.append(
                    #"{"partner": "\#(cell.partner)", "level": "\#(cell.level)", "answers": {"vision-shared": \#(vision), "#
                        + #""top-goal": "\#(acme ? "new-markets" : "cost")", "speak-openly": \#(acme)}, "#
                        + #""predictions": {"vision-shared": \#(acme ? 5 : 4)}}"#)
            }
        }
        let file = folder.appendingPathComponent("answers-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let imported = try run(["import", "--session", id, file.path])
        guard imported.status == 0 else { throw FixtureFailure(message: "import: \(imported.stderr)") }
    }

    /// Round 1 without the last of Globex's execution team: 11 of 12.
    func roundOneButOne() throws {
        try submit([
            ("Acme", "management", [4, 4, 5]), ("Acme", "execution", [4, 4, 4]),
            ("Globex", "management", [5, 5, 4]), ("Globex", "execution", [2, 3]),
        ])
    }

    /// Round 2: Globex's execution team now at 4, 4, 4.
    func roundTwo() throws {
        try submit([
            ("Acme", "management", [4, 4, 5]), ("Acme", "execution", [4, 4, 4]),
            ("Globex", "management", [5, 5, 4]), ("Globex", "execution", [4, 4, 4]),
        ])
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// A fixture step that failed, with what the command said.
struct FixtureFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
