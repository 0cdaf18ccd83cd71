import AccordCore
import Foundation

/// `accord facilitate --demo`: a real session in the store, answered by made-up participants
/// (`SyntheticParticipants`). Round 1 starts with Globex's execution team short of the
/// threshold, and one more of them submits each time the facilitator looks at the counts;
/// opening the next round has everyone answer it at once, with the questions of the agreed
/// actions moved.
public final class DemoFacilitationSession: FacilitationSession {
    /// The real session underneath.
    public let room: StoreFacilitationSession
    /// The SQLite store the made-up participants submit to.
    private let store: AnswerStore
    private var participants: SyntheticParticipants
    /// Globex's execution team members still to submit in round 1.
    private var latecomers = 3

    /// Creates the demo session in `store` of `workshop` (loaded from `snapshot`, the file's
    /// bytes the session keeps) and fills round 1.
    public init(store: AnswerStore, snapshot: Data, workshop: Workshop) throws {
        let session = try store.createSession(snapshot: snapshot, workshop: workshop, partners: ["Acme", "Globex"])
        self.store = store
        room = try StoreFacilitationSession(store: store, session: session.id)
        participants = SyntheticParticipants(workshop: workshop, partners: session.partners)
        let threshold = workshop.anonymity.minGroupSize
        for (partner, level, count) in [
            ("Acme", Level.management, threshold + 2), ("Acme", .execution, threshold + 3),
            ("Globex", .management, threshold + 1), ("Globex", .execution, threshold - 1),
        ] {
            try submit(partner: partner, level: level, count: count, round: 1)
        }
    }

    public var id: String { room.id }
    public var workshop: Workshop { room.workshop }
    public var partners: [String] { room.partners }

    public func currentRound() throws -> RoundStatus { try room.currentRound() }

    /// The counts as they are; then, while round 1 is open, one latecomer submits.
    public func cellCounts(round: Int) throws -> [GroupKey: Int] {
        let counts = try room.cellCounts(round: round)
        if round == 1, latecomers > 0, try room.currentRound().isOpen {
            latecomers -= 1
            try submit(partner: "Globex", level: .execution, count: 1, round: 1)
        }
        return counts
    }

    /// Opens the round and has everyone answer it.
    public func openRound() throws -> Int {
        let round = try room.openRound()
        let actions = try room.actions()
        let size = workshop.anonymity.minGroupSize + 2
        for partner in partners {
            for level in Level.allCases {
                try submit(partner: partner, level: level, count: size, round: round, actions: actions)
            }
        }
        return round
    }

    public func closeRound() throws -> Int { try room.closeRound() }
    public func report(round: Int, language: String?) throws -> GapReport {
        try room.report(round: round, language: language)
    }
    public func actions() throws -> [AgreedAction] { try room.actions() }
    public func addAction(_ action: AgreedAction) throws -> AgreedAction { try room.addAction(action) }

    private func submit(partner: String, level: Level, count: Int, round: Int, actions: [AgreedAction] = []) throws {
        for submission in participants.submissions(
            partner: partner, level: level, count: count, round: round, actions: actions)
        {
            try store.submit(submission, session: room.id)
        }
    }
}
