import Foundation
import GRDB

extension AnswerStore {
    /// The largest database the store rebuilds after each live submission (8 MiB, a few
    /// thousand submissions; about 40 ms for 300 on a slow laptop). Above it, rows are
    /// scattered when the round closes only (docs/storage.md, invariant 1).
    public static let liveRebuildLimit = 8 << 20

    /// After a submission while its round is open: rebuilds the file (`VACUUM`, then a WAL
    /// truncation) so that the new row does not sit below the rows before it in its page,
    /// which would hint at when it came (anonymity.md rule 1; SQLite allocates each new cell
    /// below the last one). Best effort and brief: when another process holds the file, or
    /// the file is larger than `liveRebuildLimit`, only the WAL is truncated, and the next
    /// rebuild (the next submission's, or the round's close) puts every row in key order.
    func scatterAfterSubmission() {
        let size = (try? database.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0) * (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }) ?? Int.max
        if size <= Self.liveRebuildLimit, (try? compact(waiting: 0.25)) != nil { return }
        try? checkpoint()
    }
}
