/// Made-up participants for demonstrations (`accord facilitate --demo`): valid answers to any
/// workshop that tell a story a facilitator can work with. Partner A is more optimistic than
/// partner B, partner B's execution team less so than its management; the partners prefer
/// different options; A overestimates B. In a later round, the questions named by the agreed
/// actions move: every group answers them the way A's management did.
///
/// Deterministic for a seed, so a demo and its tests repeat.
public struct SyntheticParticipants: Sendable {
    /// The workshop answered.
    public let workshop: Workshop
    /// Partner A and partner B.
    public let partners: [String]
    private var generator: SplitMix64

    /// Creates participants for a session of `workshop` between `partners` (A, B).
    public init(workshop: Workshop, partners: [String], seed: UInt64 = 2026) {
        precondition(partners.count == 2, "a session has two partners")
        self.workshop = workshop
        self.partners = partners
        self.generator = SplitMix64(seed: seed)
    }

    /// `count` submissions from one partner × level cell, for round `round`; the questions
    /// of `actions` agreed before that round have moved.
    public mutating func submissions(
        partner: String, level: Level, count: Int, round: Int, actions: [AgreedAction] = []
    ) -> [Submission] {
        let moved = Set(
            actions.filter { $0.agreedInRound < round }.flatMap { $0.questionIDs + $0.gaps.map(\.questionID) })
        return (0..<count).map { _ in submission(partner: partner, level: level, round: round, moved: moved) }
    }

    /// One participant's answers, question by question in asking order, skipping questions
    /// whose condition the answers so far do not meet.
    mutating func submission(partner: String, level: Level, round: Int, moved: Set<String>) -> Submission {
        var answers: [String: Answer] = [:]
        var predictions: [String: Answer] = [:]
        for question in workshop.questions where question.condition?.isSatisfied(by: answers) ?? true {
            // A group on a moved question answers like partner A's management.
            let isA = partner == partners[0] || moved.contains(question.id)
            let isExecution = level == .execution && !moved.contains(question.id)
            answers[question.id] = answer(question, isA: isA, isExecution: isExecution)
            if question.predict, case .scale(let scale) = question.kind {
                // A expects B to be where A is; B guesses A in the middle.
                let guess = partner == partners[0] ? scale.max - 1 : (scale.min + scale.max) / 2
                predictions[question.id] = .scale(guess)
            }
        }
        return Submission(partner: partner, level: level, round: round, answers: answers, predictions: predictions)
    }

    /// An answer leaning the way the group leans.
    mutating func answer(_ question: Question, isA: Bool, isExecution: Bool) -> Answer {
        switch question.kind {
        case .scale(let scale):
            let span = Double(scale.max - scale.min)
            var centre = isA ? Double(scale.max) - 0.25 * span : Double(scale.min) + 0.5 * span
            if isExecution { centre -= isA ? 0.1 * span : 0.3 * span }
            let value = Int((centre + noise(0.15 * span)).rounded())
            return .scale(min(scale.max, max(scale.min, value)))
        case .choice(let options):
            return .choice(options[favourite(options.count, isA: isA, isExecution: isExecution)].id)
        case .multi(let options, let low, let high):
            let count = max(low, min(high, min(2, options.count)))
            var picked = isA ? Array(options.prefix(count)) : Array(options.suffix(count))
            if chance(0.3), count > 0, let other = options.randomElement(using: &generator), !picked.contains(other) {
                picked[picked.count - 1] = other
            }
            return .multi(picked.map(\.id))
        case .rank(let options):
            var order = isA ? options : options.reversed()
            if order.count > 2, chance(0.5) { order.swapAt(1, 2) }
            return .rank(order.map(\.id))
        case .number(let range):
            let low = range.min ?? 0
            let high = range.max ?? low + 100
            var value = low + (high - low) * (isA ? 0.25 : 0.5) + noise(0.08 * (high - low))
            value = min(high, max(low, value))
            return .number(range.integer ? value.rounded() : (value * 10).rounded() / 10)
        case .text(let maxLength):
            let comments = [
                "We should meet more often across both teams.",
                "Decisions take too long to reach the people doing the work.",
                "The joint goals are clearer than a year ago.",
                "I would like to hear more from the other side's teams.",
            ]
            return .text(String(comments.randomElement(using: &generator)!.prefix(maxLength)))
        case .yesno:
            return .yesno(chance(isA ? 0.8 : 0.3))
        }
    }

    /// Mostly the group's favourite option (the first for A, the last for B, the one before
    /// for B's execution team), sometimes any.
    mutating func favourite(_ count: Int, isA: Bool, isExecution: Bool) -> Int {
        guard chance(0.75) else { return Int.random(in: 0..<count, using: &generator) }
        if isA { return 0 }
        return isExecution && count > 2 ? count - 2 : count - 1
    }

    mutating func noise(_ scale: Double) -> Double { Double.random(in: -1...1, using: &generator) * scale }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &generator) < probability }
}

/// SplitMix64: a small, fast, seedable generator for repeatable demos.
struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
