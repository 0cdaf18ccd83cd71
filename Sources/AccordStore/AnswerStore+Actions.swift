import AccordCore
import Foundation
import GRDB

extension AnswerStore {
    /// Stores an action agreed while discussing a closed round of `session`, numbered after
    /// the session's earlier actions (the `id` given is ignored). The action is checked
    /// against the session's partners and workshop first (`AgreedAction.validated`).
    @discardableResult
    public func addAction(_ action: AgreedAction, session: String) throws(StoreError) -> AgreedAction {
        try write { db in
            var valid = try Self.checked(action, in: try self.session(session, in: db))
            let last = try Int.fetchOne(
                db, sql: "SELECT MAX(number) FROM agreedAction WHERE sessionID = ?", arguments: [session])
            valid.id = (last ?? 0) + 1
            try db.execute(
                sql: """
                    INSERT INTO agreedAction
                        (sessionID, number, text, owner, agreedInRound, dueRound, questions, gaps, dimension)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session, valid.id, valid.text, valid.owner, valid.agreedInRound, valid.dueRound,
                    try StoredActionTopics.encode(valid.questionIDs),
                    try StoredActionTopics.encode(valid.gaps.map(StoredGap.init)),
                    valid.dimension,
                ])
            return valid
        }
    }

    /// `action` checked against `session` (its round exists and is closed; partners and
    /// workshop: `AgreedAction.validated`), whatever the backend.
    package static func checked(_ action: AgreedAction, in session: StoredSession) throws(StoreError) -> AgreedAction {
        guard let round = session.rounds.first(where: { $0.number == action.agreedInRound }) else {
            throw StoreError.unknownRound(session: session.id, round: action.agreedInRound)
        }
        if round.isOpen { throw StoreError.roundOpen(session: session.id, round: round.number) }
        do {
            return try action.validated(partners: session.partners, workshop: session.workshop)
        } catch {
            throw StoreError.invalidAction(session: session.id, reason: error.localizedDescription)
        }
    }

    /// The actions agreed in `session`, in the order agreed.
    public func actions(session: String) throws(StoreError) -> [AgreedAction] {
        try read { db in
            _ = try self.rounds(of: session, in: db)  // an unknown session is an error, not an empty list
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT number, text, owner, agreedInRound, dueRound, questions, gaps, dimension
                    FROM agreedAction WHERE sessionID = ? ORDER BY number
                    """, arguments: [session]
            ).map { row in
                AgreedAction(
                    id: row[0], text: row[1], owner: row[2], dueRound: row[4], agreedInRound: row[3],
                    questionIDs: try StoredActionTopics.decode([String].self, row[5]),
                    gaps: try StoredActionTopics.decode([StoredGap].self, row[6]).map(\.reference),
                    dimension: row[7])
            }
        }
    }
}

/// The JSON columns of `agreedAction`.
package enum StoredActionTopics {
    package static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    package static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.database("a stored action cannot be read: \(error.localizedDescription)")
        }
    }
}

/// A `GapReference` as stored: `{"question", "kind", "from": {"partner", "level"}, "to": {...}}`.
package struct StoredGap: Codable {
    struct Group: Codable {
        var partner: String?
        var level: Level?
    }

    var question: String
    var kind: String
    var from: Group
    var to: Group

    package init(_ reference: GapReference) {
        question = reference.questionID
        kind = reference.kind.rawValue
        from = Group(partner: reference.from.partner, level: reference.from.level)
        to = Group(partner: reference.to.partner, level: reference.to.level)
    }

    package var reference: GapReference {
        GapReference(
            questionID: question, kind: Gap.Kind(rawValue: kind) ?? .partners,
            from: GroupKey(partner: from.partner, level: from.level), to: GroupKey(partner: to.partner, level: to.level)
        )
    }
}
