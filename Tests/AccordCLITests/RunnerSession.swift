import Foundation
import Testing

/// A database with one session of a small workshop, made through the `accord` command line,
/// for the runner's end-to-end tests.
struct RunnerSession {
    let directory: URL
    let database: String
    let id: String

    /// The workshop: a predicted scale, a choice that shows a follow-up text question, and
    /// optional number, multi and rank and a yes/no question in a second section.
    static let workshop = #"""
        {
          "formatVersion": 1, "id": "runner-sample", "version": "1.0.0", "language": "en",
          "title": "Sample workshop", "description": "A short workshop to try the runner.",
          "scales": [{"id": "agree5", "points": [
            {"value": 1, "label": "Strongly disagree"}, {"value": 2, "label": "Disagree"},
            {"value": 3, "label": "Neither"}, {"value": 4, "label": "Agree"},
            {"value": 5, "label": "Strongly agree"}]}],
          "sections": [
            {"id": "vision", "title": "Common vision", "introduction": "First, where are we going together?",
             "questions": [
              {"id": "vision-shared", "type": "scale", "scale": "agree5", "predict": true, "allowDontKnow": true,
               "prompt": "We share one vision for this partnership.", "help": "Think of the last quarter."},
              {"id": "top-goal", "type": "choice", "prompt": "What is the partnership's top goal?",
               "options": [{"id": "new-markets", "label": "New markets"}, {"id": "cost", "label": "Lower cost"},
                           {"id": "customers", "label": "Happier customers"}]},
              {"id": "why-markets", "type": "text", "maxLength": 200, "prompt": "Which markets?",
               "showIf": {"question": "top-goal", "equals": "new-markets"}}]},
            {"id": "results", "title": "Results",
             "questions": [
              {"id": "months", "type": "number", "min": 0, "max": 60, "integer": true, "unit": "months",
               "required": false, "prompt": "Months to results?"},
              {"id": "kpis", "type": "multi", "required": false, "minSelections": 1, "maxSelections": 2, "prompt": "KPIs?",
               "options": [{"id": "cost", "label": "Cost"}, {"id": "customers", "label": "Customers"},
                           {"id": "revenue", "label": "Revenue"}]},
              {"id": "priorities", "type": "rank", "prompt": "Rank these.",
               "options": [{"id": "markets", "label": "Markets"}, {"id": "cost", "label": "Cost"},
                           {"id": "people", "label": "People"}]},
              {"id": "trust", "type": "yesno", "prompt": "Do you trust them?"}]}
          ]
        }
        """#

    /// Writes the workshop and opens a session for Acme and Globex in `database` (default: a
    /// fresh SQLite file; a `postgres://` URL for a PostgreSQL database).
    init(database: String? = nil) throws {
        directory = try AccordProcess.temporaryDirectory()
        self.database = database ?? directory.appendingPathComponent("accord.sqlite").path
        let file = directory.appendingPathComponent("runner-sample.json")
        try Data(Self.workshop.utf8).write(to: file)
        let made = try AccordProcess.run([
            "session", "new", "--workshop", file.path, "--partners", "Acme,Globex", "--db", self.database,
        ])
        guard made.status == 0, let id = made.stdout.split(whereSeparator: \.isWhitespace).first else {
            throw PseudoTerminal.Failure(description: "accord session new failed (\(made.status)): \(made.stderr)")
        }
        self.id = String(id)
    }

    /// Starts `accord run` for this session on a pseudo-terminal.
    func terminal(_ extra: [String] = [], environment: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(["run", "--session", id, "--db", database] + extra, environment: environment)
    }

    /// Runs `accord` with `arguments` and this database, through pipes.
    func run(_ arguments: [String], stdin: String = "") throws -> AccordProcess.Result {
        try AccordProcess.run(arguments + ["--db", database], stdin: stdin)
    }

    /// The exported codes of `question`'s answers (or predictions), sorted; through
    /// `accord export --format jsonl --preview`, which shows them once three are stored.
    func exported(question: String, kind: String = "answer") throws -> [String] {
        let export = try run(["export", "--session", id, "--format", "jsonl", "--preview"])
        guard export.status == 0 else {
            throw PseudoTerminal.Failure(description: "accord export failed (\(export.status)): \(export.stderr)")
        }
        return try export.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                row["question"] as? String == question, row["kind"] as? String == kind
            else { return nil }
            if let code = row["code"] as? String { return code }
            return (row["code"] as? NSNumber)?.stringValue
        }.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
