import AccordCore
import Foundation
import GRDB

/// The rows of one export, staged in a private temporary SQLite database on this machine
/// (never in the store, whichever backend that is), grouped as the thresholds allow and read
/// back shuffled: each row is keyed by random bytes, so reading in key order shuffles them.
///
/// `SessionStore.exportAnswers` is its only user: the grouping rules live here once for every
/// backend (`docs/anonymity.md`, "Exports").
final class ExportStaging {
    private let queue: DatabaseQueue
    let session: StoredSession

    /// An empty staging database for an export of `session`.
    init(session: StoredSession) throws {
        self.session = session
        do {
            // An empty path: SQLite's private temporary database, deleted when closed.
            queue = try DatabaseQueue(path: "")
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE exportRow (
                            k BLOB PRIMARY KEY, partner TEXT, level TEXT, round INTEGER, question TEXT,
                            type TEXT, kind TEXT, code TEXT, label TEXT) WITHOUT ROWID
                        """)
            }
        } catch {
            throw StoreError.from(error, database: "the export's temporary database", writing: true, waited: 0)
        }
    }

    /// Starts staging round `number`.
    func round(_ number: Int) -> Round { Round(staging: self, number: number) }

    /// Runs `body` in a transaction of the staging database.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, database: "the export's temporary database", writing: true, waited: 0)
        }
    }

    /// Writes every staged row in key order (shuffled) as `format`, in pieces; returns how many.
    func write(_ format: ExportFormat, to write: (String) throws -> Void) throws -> Int {
        try queue.read { db in
            var buffer = format == .csv ? ExportRow.csvHeader : ""
            var count = 0
            let rows = try Row.fetchCursor(
                db, sql: "SELECT partner, level, round, question, type, kind, code, label FROM exportRow ORDER BY k")
            while let row = try rows.next() {
                let code = try JSONText.parse(Data((row[6] as String).utf8))
                let exported = ExportRow(
                    partner: row[0], level: (row[1] as String?).flatMap(Level.init(rawValue:)), round: row[2],
                    question: row[3], type: QuestionType(rawValue: row[4]) ?? .text, kind: row[5], code: code,
                    label: row[7])
                buffer += format == .csv ? exported.csvLine : exported.jsonLine
                count += 1
                if buffer.utf8.count > 1 << 16 {
                    try write(buffer)
                    buffer = ""
                }
            }
            if !buffer.isEmpty { try write(buffer) }
            return count
        }
    }

    /// A question and a row kind (`answer`, `prediction`).
    struct QuestionKind: Hashable {
        var question: String
        var kind: String
    }

    /// A group's total in per-cell counts (a missing cell counts as 0).
    static func count(in group: GroupKey, of cells: [String: [Level: Int]], partners: [String]) -> Int {
        let partnerList = group.partner.map { [$0] } ?? partners
        let levels = group.level.map { [$0] } ?? Level.allCases
        return partnerList.reduce(0) { total, partner in
            levels.reduce(total) { $0 + (cells[partner]?[$1] ?? 0) }
        }
    }
}
