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
package struct LineChecker: Sendable {
    /// A line checked: a row to insert, or what is wrong with it.
    enum Outcome: Sendable {
        case row(AnswerStore.CheckedSubmission)
        case problems([String])
    }

    let session: StoredSession
    /// The workshop's questions laid out once for every line.
    let plan: SubmissionPlan

    /// A checker of lines for `session`'s workshop, partners and open rounds.
    package init(session: StoredSession) {
        self.session = session
        self.plan = SubmissionPlan(workshop: session.workshop)
    }

    /// The outcome of each line, in order.
    func check(_ lines: [(line: Int, bytes: Data)]) -> [Outcome] {
        let outcomes = OutcomeBuffer(count: lines.count)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, lines.count / 64))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: lines.count, by: workers) {
                outcomes.set(index, check(lines[index].bytes))
            }
        }
        return outcomes.values
    }

    private func check(_ bytes: Data) -> Outcome {
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
