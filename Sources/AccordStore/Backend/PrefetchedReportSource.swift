import AccordCore

/// A `ReportSource` holding what one report reads, fetched beforehand from an async store, so
/// that the synchronous report builder (`SessionReport`) runs on it without waiting on a
/// database: the session, the actions, and the counts of the rounds the report reads.
struct PrefetchedReportSource: ReportSource {
    struct Key: Hashable {
        var round: Int
        var keepingTexts: Bool
    }

    let stored: StoredSession
    let agreed: [AgreedAction]
    let aggregates: [Key: Aggregate]

    /// What `SessionReport.forDiscussion` reads for `round`: the round with its comments, the
    /// round before and the rounds actions were agreed in without (closed rounds only: the
    /// builder refuses the rest before it counts anything).
    static func forDiscussion(
        _ store: any FacilitationStore, _ session: StoredSession, round: Int
    ) async throws -> PrefetchedReportSource {
        let actions = try await store.actions(session: session.id)
        let closed = Set(session.rounds.filter { !$0.isOpen }.map(\.number))
        var keys: Set<Key> = []
        if closed.contains(round) {
            keys.insert(Key(round: round, keepingTexts: true))
            if closed.contains(round - 1) { keys.insert(Key(round: round - 1, keepingTexts: false)) }
            for action in actions where action.agreedInRound < round && closed.contains(action.agreedInRound) {
                keys.insert(Key(round: action.agreedInRound, keepingTexts: false))
            }
        }
        var aggregates: [Key: Aggregate] = [:]
        for key in keys {
            aggregates[key] = try await store.aggregate(
                session: session.id, round: key.round, keepingTexts: key.keepingTexts)
        }
        return PrefetchedReportSource(stored: session, agreed: actions, aggregates: aggregates)
    }

    func session(_ id: String) throws -> StoredSession {
        guard id == stored.id else { throw StoreError.unknownSession(id) }
        return stored
    }

    func aggregate(session: String, round: Int, keepingTexts: Bool) throws -> Aggregate {
        guard session == stored.id, let aggregate = aggregates[Key(round: round, keepingTexts: keepingTexts)] else {
            throw StoreError.database("round \(round) of session \(session) was not read for this report")
        }
        return aggregate
    }

    func actions(session: String) throws -> [AgreedAction] {
        guard session == stored.id else { throw StoreError.unknownSession(session) }
        return agreed
    }
}

extension SessionReport {
    /// `forDiscussion(_:_:round:language:)` over an async store (`accord serve` on either
    /// backend): the counts it reads are fetched first, then the same builder makes the same report.
    public static func forDiscussion(
        _ store: any FacilitationStore, _ session: StoredSession, round: Int, language: String? = nil
    ) async throws -> GapReport {
        let source = try await PrefetchedReportSource.forDiscussion(store, session, round: round)
        return try forDiscussion(source, session, round: round, language: language)
    }
}
