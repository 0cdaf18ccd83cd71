import AccordCore
import Foundation
import GRDB

/// What an import stored.
public struct ImportSummary: Sendable, Hashable {
    /// Submissions stored, by round.
    public var countsByRound: [Int: Int]
    /// All submissions stored.
    public var count: Int { countsByRound.values.reduce(0, +) }

    /// A summary of `countsByRound` submissions stored.
    package init(countsByRound: [Int: Int]) {
        self.countsByRound = countsByRound
    }
}

extension AnswerStore {
    /// The most problems an import reports before it stops looking.
    public static let maxImportProblems = 100

    /// Lines checked together, on all cores, before they are inserted in order.
    package static let importBatchSize = 2048

    /// Imports a JSON Lines file of submissions (`product.md`) into a session: the whole file
    /// or nothing, in one transaction. The file is streamed in chunks and checked in batches,
    /// so memory does not grow with its size; all of it is parsed and checked before the
    /// database's write lock is taken, which is held only to move the checked rows in.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - name: the file as the user named it, for messages (`name:LINE: message`).
    /// - Throws: `StoreError.importFailed` with every bad line (up to `maxImportProblems`);
    ///   nothing is stored then.
    @discardableResult
    public func importSubmissions(session: String, path: String, name: String? = nil) throws(StoreError)
        -> ImportSummary
    {
        var scan = try ImportScan(path: path, name: name ?? path)
        defer { scan.close() }
        let stored = try self.session(session)
        do {
            return try database.writeWithoutTransaction { db in
                // Rows are staged in line order in a temporary table, then inserted sorted by
                // their random keys: inserting random keys one by one rewrites pages all over the
                // table, in key order each page is written about once. The staging table lives in
                // a temporary file that is gone with the connection; its order is the file's own.
                try db.execute(
                    sql: """
                        CREATE TEMP TABLE IF NOT EXISTS importRow (
                            id BLOB NOT NULL, round INTEGER NOT NULL, partner TEXT NOT NULL, level TEXT NOT NULL,
                            answers TEXT NOT NULL, predictions TEXT NOT NULL);
                        DELETE FROM temp.importRow;
                        """)
                defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.importRow") }
                // Parsing and checking write only the temporary table: the database's write lock
                // is not taken, so participants keep saving drafts and submitting meanwhile.
                var counts: [Int: Int] = [:]
                try db.inTransaction(.deferred) {
                    counts = try stage(&scan, checker: LineChecker(session: stored), in: db)
                    return .commit
                }
                try db.inTransaction(.immediate) {
                    // A round may have closed while the file was checked.
                    let rounds = try self.rounds(of: session, in: db)
                    for round in counts.keys.sorted() where rounds.first(where: { $0.number == round })?.isOpen != true {
                        throw StoreError.roundClosed(session: session, round: round)
                    }
                    try db.execute(
                        sql: """
                            INSERT INTO submission (id, sessionID, round, partner, level, answers, predictions)
                            SELECT id, ?, round, partner, level, answers, predictions FROM temp.importRow ORDER BY id
                            """,
                        arguments: [session])
                    return .commit
                }
                return ImportSummary(countsByRound: counts)
            }
        } catch {
            throw failure(error, writing: true)
        }
    }

    /// Reads, decodes and checks every line into `temp.importRow`; returns the rows per round.
    /// - Throws: `StoreError.importFailed` with every bad line (up to `maxImportProblems`).
    private func stage(_ scan: inout ImportScan, checker: LineChecker, in db: Database) throws -> [Int: Int] {
        let statement = try db.makeStatement(
            sql: "INSERT INTO temp.importRow (id, round, partner, level, answers, predictions) VALUES (?, ?, ?, ?, ?, ?)"
        )
        while let rows = try scan.nextBatch(checker) {
            for row in rows {
                try statement.execute(arguments: [
                    Data(RandomCode.submissionKey()), row.round, row.partner, row.level.rawValue, row.answers,
                    row.predictions,
                ])
            }
        }
        return scan.counts
    }
}

/// Decodes and checks import lines against a session, a batch at a time on every core.
///
/// Each line goes first through the fast path (`DirectImportLine`), which reads it by question
/// position and only ever accepts; a line it hands back is read by the general path
/// (`ImportLine`, `AnswerStore.problems`), which words every refusal.
package struct LineChecker: Sendable {
    /// A line checked: a row to insert, or what is wrong with it.
    enum Outcome: Sendable {
        case row(AnswerStore.CheckedSubmission)
        case problems([String])
    }

    let session: StoredSession
    /// The workshop's questions laid out once for every line.
    let plan: SubmissionPlan
    /// The fast path, `nil` when switched off (to compare the two paths).
    private let direct: DirectImportLine?

    /// A checker of lines for `session`'s workshop, partners and open rounds. `fastPath: false`
    /// reads every line by the general path alone (for tests that compare the paths).
    package init(session: StoredSession, fastPath: Bool = true) {
        self.session = session
        self.plan = SubmissionPlan(workshop: session.workshop)
        direct = fastPath ? DirectImportLine(session: session, plan: plan) : nil
    }

    /// The outcome of each line, in order.
    func check(_ lines: [(line: Int, bytes: Data)]) -> [Outcome] {
        let outcomes = OutcomeBuffer(count: lines.count)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, lines.count / 64))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var scratch = DirectImportLine.Scratch(questionCount: plan.questions.count)
            for index in stride(from: worker, to: lines.count, by: workers) {
                outcomes.set(index, check(lines[index].bytes, scratch: &scratch))
            }
        }
        return outcomes.values
    }

    /// The row for one line, or its problems as messages, by the fast path where it can.
    package func check(line bytes: Data) -> Result<AnswerStore.CheckedSubmission, LineRefusal> {
        var scratch = DirectImportLine.Scratch(questionCount: plan.questions.count)
        switch check(bytes, scratch: &scratch) {
        case .row(let row): return .success(row)
        case .problems(let messages): return .failure(LineRefusal(messages: messages))
        }
    }

    /// The row the fast path makes of a line, or `nil` when it leaves the line to the general path.
    package func directRow(line bytes: Data) -> AnswerStore.CheckedSubmission? {
        var scratch = DirectImportLine.Scratch(questionCount: plan.questions.count)
        return direct.flatMap { direct in read(bytes, by: direct, scratch: &scratch) }
    }

    private func check(_ bytes: Data, scratch: inout DirectImportLine.Scratch) -> Outcome {
        if let direct, let row = read(bytes, by: direct, scratch: &scratch) { return .row(row) }
        let decoded = ImportLine.decode(bytes, plan: plan)
        var messages = decoded.problems
        if let submission = decoded.submission {
            switch AnswerStore.problems(of: submission, in: session, plan: plan) {
            case .failure(.invalidSubmission(_, let answerProblems)): messages += answerProblems
            case .failure(let error): messages.append(error.errorDescription ?? "\(error)")
            case .success(let row): if messages.isEmpty { return .row(row) }
            }
        }
        return .problems(messages)
    }

    private func read(
        _ bytes: Data, by direct: DirectImportLine, scratch: inout DirectImportLine.Scratch
    ) -> AnswerStore.CheckedSubmission? {
        bytes.withUnsafeBytes { raw in direct.read(raw.bindMemory(to: UInt8.self), scratch: &scratch) }
    }
}

/// Why a line is refused: its problems as the user reads them.
package struct LineRefusal: Error, Equatable {
    /// The messages, in the order they are reported.
    package var messages: [String]
}

/// Slots that concurrent workers fill, each slot by exactly one worker.
private final class OutcomeBuffer: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<LineChecker.Outcome?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ outcome: LineChecker.Outcome) { slots[index] = outcome }

    var values: [LineChecker.Outcome] { slots.map { $0! } }
}
