import AccordCore
import Foundation

/// `accord demo`'s whole flow: a session of a workshop for Acme and Globex, two rounds of
/// synthetic participants (in the first, Globex's groups are short, so it hides small
/// groups), both closed, and the report of round 2 with the trend since round 1.
public enum DemoRounds {
    /// What a demo run made.
    public struct Outcome: Sendable {
        /// The session created.
        public var session: String
        /// How many rounds were answered and closed.
        public var rounds: Int
        /// How many synthetic participants submitted, over all rounds.
        public var participants: Int
        /// The last round's report, compared with the first (through `SessionReport`).
        public var report: GapReport
    }

    /// Runs the demo in `store` on `workshop` (loaded from `snapshot`), seeding the synthetic
    /// participants of round N with `seed + N - 1`.
    public static func run(store: AnswerStore, snapshot: Data, workshop: Workshop, seed: UInt64) throws -> Outcome {
        let partners = ["Acme", "Globex"]
        let session = try store.createSession(snapshot: snapshot, workshop: workshop, partners: partners)
        let rounds = [DemoParticipants.firstRoundCells, DemoParticipants.defaultCells]
        var participants = 0
        for (index, cells) in rounds.enumerated() {
            if index > 0 { _ = try store.openRound(session: session.id) }
            let demo = DemoParticipants(workshop: workshop, partners: partners, cells: cells, seed: seed &+ UInt64(index))
            for submission in demo.submissions() {
                try store.submit(submission, session: session.id)
                participants += 1
            }
            _ = try store.closeRound(session: session.id)
        }
        let report = try SessionReport.published(
            store, try store.session(session.id), round: rounds.count, comparingTo: 1)
        return Outcome(session: session.id, rounds: rounds.count, participants: participants, report: report)
    }
}
