import AccordCore

/// `accord facilitate --demo`: a real session in the store, answered by made-up participants
/// (`SyntheticParticipants`). Round 1 starts with the second partner's execution team short of
/// the threshold, and one more of them submits each time the facilitator looks at the counts;
/// opening the next round has everyone answer it at once, with the questions of the agreed
/// actions moved. The made-up participants answer as a participant of `accord run` does (a
/// draft, then its submission), so the demo keeps the rules of either backend.
public final class DemoFacilitationSession: FacilitationSession {
    /// The real session underneath.
    public let room: StoreFacilitationSession
    /// The store the made-up participants submit to.
    private let store: any ServeStore
    private var participants: SyntheticParticipants
    /// The second partner's execution team members still to submit in round 1.
    private var latecomers = 3

    /// Fills round 1 of `session`, a new session of `store` (of `DemoParticipants.partners`)
    /// whose round 1 is open.
    /// - Throws: `StoreError` from the store (an unknown session, a closed round).
    public init(store: any ServeStore, session: String) throws {
        self.store = store
        room = try StoreFacilitationSession(store: store, session: session)
        participants = SyntheticParticipants(workshop: room.workshop, partners: room.partners)
        let threshold = room.workshop.anonymity.minGroupSize
        let (first, second) = (room.partners[0], room.partners[1])
        for (partner, level, count) in [
            (first, Level.management, threshold + 2), (first, .execution, threshold + 3),
            (second, .management, threshold + 1), (second, .execution, threshold - 1),
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
            try submit(partner: partners[1], level: .execution, count: 1, round: 1)
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

    /// Has `count` made-up participants of `partner` at `level` answer `round`, each through a
    /// draft of their own (`submitThroughDraft`).
    private func submit(partner: String, level: Level, count: Int, round: Int, actions: [AgreedAction] = []) throws {
        let submissions = participants.submissions(
            partner: partner, level: level, count: count, round: round, actions: actions)
        let (store, session) = (self.store, room.id)
        try AsyncBridge.run {
            for submission in submissions { try await store.submitThroughDraft(submission, session: session) }
        }
    }
}
