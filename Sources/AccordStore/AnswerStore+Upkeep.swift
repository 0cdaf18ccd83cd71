import Foundation
import GRDB

extension AnswerStore {
    /// When the store pays what writes leave behind: the file rebuilt after a live submission
    /// (so that a row's place in its page says nothing of when it came, anonymity.md rule 1)
    /// and the write-ahead log truncated after a draft is deleted (so that its answers are
    /// gone from the files, rule 7).
    public enum Upkeep: Sendable, Hashable {
        /// Before each such write returns: commands and the terminal runner, one participant
        /// at a time.
        case immediate
        /// For a server under load: at once while no other write waits and upkeep took at
        /// most a quarter of the time since it last ran; otherwise once, for every write
        /// that owed it, at most `maxDelay` after the first, and when the store closes.
        case coalesced(maxDelay: Duration)

        /// What `accord serve` uses: deleted drafts and row order are settled within a second.
        public static let serving = Upkeep.coalesced(maxDelay: .seconds(1))
    }

    /// The largest database the store rebuilds after live submissions (8 MiB, a few
    /// thousand submissions; about 40 ms for 300 on a slow laptop). Above it, rows are
    /// scattered when the round closes only (docs/storage.md, invariant 1).
    public static let liveRebuildLimit = 8 << 20

    /// Records that a write left `debt` behind, and pays it now or schedules it (`Upkeep`).
    func owe(_ debt: StoreUpkeep.Debt) {
        switch upkeep.owe(debt) {
        case .payNow: payOwedUpkeep()
        case .wait: break
        case .schedule(let delay):
            let nanoseconds = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) { [weak self] in
                self?.payOwedUpkeep(fromTimer: true)
            }
        }
    }

    /// Pays whatever writes left owed, now: a rebuild (`VACUUM`, then a log truncation) while
    /// the file is at most `liveRebuildLimit`, else a log truncation. Best effort and brief:
    /// when another process holds the file, the next upkeep (or the round's close) does it.
    public func payOwedUpkeep() {
        payOwedUpkeep(fromTimer: false)
    }

    private func payOwedUpkeep(fromTimer: Bool) {
        let debt = upkeep.take(fromTimer: fromTimer)
        guard debt != .none else { return }
        let start = ContinuousClock.now
        defer { upkeep.paid(from: start) }
        if debt == .rebuild {
            let size =
                (try? database.read { db in
                    try Int.fetchOne(db, sql: "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")
                }) ?? nil
            if (size ?? Int.max) <= Self.liveRebuildLimit, (try? compact(waiting: 0.25)) != nil { return }
        }
        try? checkpoint()
    }
}
