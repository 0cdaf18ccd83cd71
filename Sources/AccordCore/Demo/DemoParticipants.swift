import Foundation

/// Synthetic participants for `accord demo`: both partners, both levels, deliberately
/// misaligned so the report has something to show. Management on both sides is optimistic;
/// partner B's execution team is sceptical, most of all about trust and timelines, and
/// disagrees among itself. Each side also guesses the other too rosily (understanding gaps).
/// The same seed always gives the same participants.
public struct DemoParticipants: Sendable {
    /// How many participants one partner × level cell has.
    public struct Cell: Sendable, Hashable {
        /// Index into the partners: 0 for partner A, 1 for partner B.
        public var partner: Int
        /// The level.
        public var level: Level
        /// Participants in the cell.
        public var count: Int

        /// Creates a cell size.
        public init(partner: Int, level: Level, count: Int) {
            self.partner = partner
            self.level = level
            self.count = count
        }
    }

    /// The partners of the demos' sessions (`accord demo`, `accord facilitate --demo`).
    public static let partners = ["Acme", "Globex"]

    /// The default sizes: every cell large enough to show.
    public static let defaultCells = [
        Cell(partner: 0, level: .management, count: 6), Cell(partner: 0, level: .execution, count: 9),
        Cell(partner: 1, level: .management, count: 4), Cell(partner: 1, level: .execution, count: 8),
    ]

    /// A smaller first round: partner B sent only two managers, so that round's report hides
    /// the cells and the levels (no subtraction) and the demo shows suppression.
    public static let firstRoundCells = [
        Cell(partner: 0, level: .management, count: 4), Cell(partner: 0, level: .execution, count: 6),
        Cell(partner: 1, level: .management, count: 2), Cell(partner: 1, level: .execution, count: 5),
    ]

    /// The workshop answered.
    public var workshop: Workshop
    /// Partner A and partner B.
    public var partners: [String]
    /// The cell sizes.
    public var cells: [Cell]
    /// The seed.
    public var seed: UInt64

    /// Creates a generator of demo participants.
    public init(workshop: Workshop, partners: [String], cells: [Cell] = DemoParticipants.defaultCells, seed: UInt64 = 1) {
        self.workshop = workshop
        self.partners = partners
        self.cells = cells
        self.seed = seed
    }

    /// The participants' submissions, every one valid for the workshop, in a shuffled order.
    public func submissions() -> [Submission] {
        var random = SeededGenerator(seed: seed)
        var submissions: [Submission] = []
        for cell in cells where partners.indices.contains(cell.partner) {
            for _ in 0..<cell.count {
                submissions.append(participant(partner: cell.partner, level: cell.level, random: &random))
            }
        }
        submissions.shuffle(using: &random)
        return submissions
    }

    private func participant(partner: Int, level: Level, random: inout SeededGenerator) -> Submission {
        var answers: [String: Answer] = [:]
        var predictions: [String: Answer] = [:]
        let profile = DemoProfile(partner: partner, level: level)
        for question in workshop.questions where question.condition?.isSatisfied(by: answers) ?? true {
            if !question.required, question.type != .text, Double.random(in: 0..<1, using: &random) < 0.04 { continue }
            if question.allowDontKnow, Double.random(in: 0..<1, using: &random) < 0.04 {
                answers[question.id] = .dontKnow
                continue
            }
            guard let answer = profile.answer(question, random: &random) else { continue }
            answers[question.id] = answer
            if question.predict, partners.count == 2 {
                let other = DemoProfile(partner: 1 - partner, level: level, optimism: 0.6)
                if let guess = other.answer(question, random: &random), question.type != .text { predictions[question.id] = guess }
            }
        }
        return Submission(partner: partners[partner], level: level, answers: answers, predictions: predictions)
    }
}
