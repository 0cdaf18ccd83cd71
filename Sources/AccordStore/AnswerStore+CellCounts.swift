import AccordCore
import GRDB

extension AnswerStore {
    /// Submissions per partner × level cell of a round, counted by SQLite in one
    /// `GROUP BY partner, level` over the index: no answer is read or decoded. Cells without
    /// a submission are absent. Only the counts leave this function; whoever shows them
    /// applies the anonymity thresholds first (`Disclosure`).
    public func cellCounts(session: String, round: Int) throws(StoreError) -> [GroupKey: Int] {
        try read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT partner, level, count(*) FROM submission
                    WHERE sessionID = ? AND round = ? GROUP BY partner, level
                    """,
                arguments: [session, round])
            var counts: [GroupKey: Int] = [:]
            while let row = try rows.next() {
                guard let level = Level(rawValue: row[1]) else {
                    throw StoreError.database("a stored submission has an unknown level")
                }
                counts[GroupKey(partner: row[0] as String, level: level)] = row[2]
            }
            return counts
        }
    }
}
