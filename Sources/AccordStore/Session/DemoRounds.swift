import AccordCore

/// `accord demo`'s whole flow in a new session of Acme and Globex (`DemoParticipants.partners`):
/// two rounds of synthetic participants (in the first, Globex's groups are short, so it hides
/// small groups), both closed, and the report of round 2 with the trend since round 1. It runs
/// through `ServeStore`, the participants answering as `accord run`'s do, on either backend.
public enum DemoRounds {
    /// What a demo run made.
    public struct Outcome: Sendable {
        /// The session answered.
        public var session: String
        /// How many rounds were answered and closed.
        public var rounds: Int
        /// How many synthetic participants submitted, over all rounds.
        public var participants: Int
        /// The last round's report, compared with the first (`SessionReport.forDiscussion`).
        public var report: GapReport
    }

    /// Answers and closes the rounds of `session` (new, its round 1 open) in `store`, seeding
    /// the synthetic participants of round N with `seed + N - 1`.
    /// - Throws: `StoreError` from the store.
    public static func run(store: any ServeStore, session id: String, seed: UInt64) async throws -> Outcome {
        let session = try await store.session(id)
        let rounds = [DemoParticipants.firstRoundCells, DemoParticipants.defaultCells]
        var participants = 0
        for (index, cells) in rounds.enumerated() {
            if index > 0 { _ = try await store.openRound(session: id) }
            let demo = DemoParticipants(
                workshop: session.workshop, partners: session.partners, cells: cells, seed: seed &+ UInt64(index))
            for submission in demo.submissions() {
                try await store.submitThroughDraft(submission, session: id)
                participants += 1
            }
            _ = try await store.closeRound(session: id)
        }
        let report = try await SessionReport.forDiscussion(store, try await store.session(id), round: rounds.count)
        return Outcome(session: id, rounds: rounds.count, participants: participants, report: report)
    }
}
