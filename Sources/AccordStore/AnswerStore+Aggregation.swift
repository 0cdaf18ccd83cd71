import AccordCore
import Foundation
import GRDB

extension AnswerStore {
    /// Rows read from SQLite before they are decoded and counted together, on every core.
    package static let aggregationBatchSize = 4096

    /// Counts a round's submissions in one streaming pass, ready for `GapReportBuilder`.
    ///
    /// Rows are read from SQLite a batch at a time; each batch is split between the cores,
    /// each core reads its rows' stored answers straight into an `AnswerSheet` and counts
    /// them into an `Aggregator` of its own, and the aggregators are merged at the end
    /// (counts are sums, so the result is exact). Memory holds one batch, whatever the size of
    /// the round; comment texts are kept only when `keepingTexts` (a report format that prints
    /// no comments passes false, and memory then holds counts alone), and then at most a seeded
    /// sample of `CommentReservoir.defaultLimit` per question and cell. A stored submission that
    /// does not fit the session's workshop is an error: the aggregate would be incomplete.
    public func aggregate(session: String, round: Int, keepingTexts: Bool = true) throws(StoreError) -> Aggregate {
        try read { db in
            let stored = try self.session(session, in: db)
            let counting = RoundCounting(session: stored, round: round, keepingTexts: keepingTexts)
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT partner, level, answers, predictions FROM submission WHERE sessionID = ? AND round = ?",
                arguments: [session, round])
            var batch = StoredRowBatch()
            repeat {
                batch.removeAll()
                while batch.count < Self.aggregationBatchSize, let row = try rows.next() { try batch.append(row) }
                try counting.count(batch)
            } while batch.count == Self.aggregationBatchSize
            return counting.finish()
        }
    }
}

/// Submissions read from a database and not yet counted, copied out of its buffers so that
/// every core can read them. Shared by the SQLite and PostgreSQL backends.
package struct StoredRowBatch: Sendable {
    private(set) var partners: [String] = []
    private(set) var levels: [Level] = []
    /// The stored answers and predictions of every row, one after the other.
    private(set) var bytes: [UInt8] = []
    private(set) var answers: [Range<Int>] = []
    private(set) var predictions: [Range<Int>] = []

    /// The rows in the batch.
    package var count: Int { partners.count }

    /// An empty batch.
    package init() {}

    /// Empties the batch, keeping its memory.
    package mutating func removeAll() {
        partners.removeAll(keepingCapacity: true)
        levels.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        answers.removeAll(keepingCapacity: true)
        predictions.removeAll(keepingCapacity: true)
    }

    /// Appends a row of `SELECT partner, level, answers, predictions`.
    mutating func append(_ row: Row) throws {
        guard let level = Level(rawValue: row[1]) else {
            throw StoreError.database("a stored submission has an unknown level")
        }
        partners.append(row[0])
        levels.append(level)
        answers.append(try appendText(of: row, at: 2))
        predictions.append(try appendText(of: row, at: 3))
    }

    /// Appends a row read by another backend: the stored level's raw value and the stored
    /// answers' and predictions' UTF-8 bytes.
    package mutating func append(
        partner: String, level: String, answers: UnsafeRawBufferPointer, predictions: UnsafeRawBufferPointer
    ) throws(StoreError) {
        guard let level = Level(rawValue: level) else {
            throw .database("a stored submission has an unknown level")
        }
        partners.append(partner)
        levels.append(level)
        var start = bytes.count
        bytes.append(contentsOf: answers)
        self.answers.append(start..<bytes.count)
        start = bytes.count
        bytes.append(contentsOf: predictions)
        self.predictions.append(start..<bytes.count)
    }

    private mutating func appendText(of row: Row, at column: Int) throws -> Range<Int> {
        let start = bytes.count
        try row.withUnsafeData(atIndex: column) { data in
            guard let data else { throw StoreError.database("a stored submission has no answers") }
            bytes.append(contentsOf: data)
        }
        return start..<bytes.count
    }
}

/// A round being counted on every core: one `Aggregator` and one `AnswerSheet` per worker,
/// each touched by that worker alone. Every backend counts through it, so the same rows give
/// the same `Aggregate` whichever database they come from.
package final class RoundCounting: @unchecked Sendable {
    private let reader: StoredAnswerReader
    private let workers: Int
    private let aggregators: UnsafeMutableBufferPointer<Aggregator>
    private let sheets: UnsafeMutableBufferPointer<AnswerSheet>
    private let failures: UnsafeMutableBufferPointer<(any Error)?>
    /// Rows counted before the next batch: its first row's position in the pass.
    private var rowsBefore = 0

    /// Counting `round` for `session`'s workshop and partners; without `keepingTexts` comments
    /// are counted but their texts are not kept, with it a sample seeded by the session and
    /// round (`CommentReservoir.seed(session:round:)`) is.
    package init(session: StoredSession, round: Int, keepingTexts: Bool = true) {
        reader = StoredAnswerReader(workshop: session.workshop)
        workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        aggregators = .allocate(capacity: workers)
        aggregators.initialize(
            repeating: Aggregator(
                workshop: session.workshop, partners: session.partners, keepsTexts: keepingTexts,
                commentSeed: CommentReservoir.seed(session: session.id, round: round)))
        sheets = .allocate(capacity: workers)
        sheets.initialize(repeating: AnswerSheet(questionCount: reader.questionCount))
        failures = .allocate(capacity: workers)
        failures.initialize(repeating: nil)
    }

    deinit {
        for buffer in [aggregators.deinitialize(), sheets.deinitialize(), failures.deinitialize()] {
            buffer.deallocate()
        }
    }

    /// Counts a batch, its rows split between the workers (one worker for a small batch).
    /// Throws `StoreError` (a row that does not fit the workshop: `.database`).
    package func count(_ batch: StoredRowBatch) throws {
        let parts = min(workers, max(1, batch.count / 256))
        let first = rowsBefore
        rowsBefore += batch.count
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let rows = (batch.count * part / parts)..<(batch.count * (part + 1) / parts)
            do {
                try batch.bytes.withUnsafeBufferPointer { bytes in
                    for row in rows {
                        sheets[part].removeAll()
                        try reader.read(UnsafeBufferPointer(rebasing: bytes[batch.answers[row]]), into: &sheets[part].answers)
                        try reader.read(
                            UnsafeBufferPointer(rebasing: bytes[batch.predictions[row]]), into: &sheets[part].predictions)
                        try aggregators[part].add(
                            sheets[part], partner: batch.partners[row], level: batch.levels[row], row: first + row)
                    }
                }
            } catch {
                failures[part] = error
            }
        }
        // A stored row that does not read is the store's failure on every backend (as SQLite's
        // `StoreError.from` words any error), not the database server's.
        if let failure = failures.lazy.compactMap({ $0 }).first {
            throw failure as? StoreError ?? StoreError.database(failure.localizedDescription)
        }
    }

    /// The merged counts.
    package func finish() -> Aggregate {
        var total = aggregators[0]
        for worker in 1..<workers { total.merge(aggregators[worker]) }
        return total.finish()
    }
}
