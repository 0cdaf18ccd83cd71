import AccordCore

/// What a report reads from a store, whichever database holds it: the session, a round's
/// counts and the agreed actions. `AnswerStore` (SQLite) and the PostgreSQL backend both
/// provide it, so `accord report` builds the same report from either.
public protocol ReportSource: Sendable {
    /// The session with `id`, its workshop loaded from the stored snapshot.
    func session(_ id: String) throws -> StoredSession
    /// A round's submissions counted in one streaming pass, ready for `GapReportBuilder`;
    /// without `keepingTexts` comments are counted but their texts are not kept.
    func aggregate(session: String, round: Int, keepingTexts: Bool) throws -> Aggregate
    /// The actions agreed in a session, in the order they were agreed.
    func actions(session: String) throws -> [AgreedAction]
}

extension AnswerStore: ReportSource {}
