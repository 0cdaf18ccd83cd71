import Foundation

/// How one synthetic participant leans: a stance from −1 (sceptical) to 1 (optimistic) per
/// question, and favourite options per partner.
struct DemoProfile {
    var partner: Int
    var level: Level
    /// Added to every stance (used for guesses about the other partner, which run rosy).
    var optimism = 0.0

    /// Words in a dimension or question id that partner B's execution team is sceptical about.
    static let sorePoints = ["trust", "time", "result", "deliver", "pace", "commit", "resourc", "speed"]

    func stance(_ question: Question) -> Double {
        let topic = (question.dimension ?? "") + " " + question.id
        let sore = Self.sorePoints.contains { topic.contains($0) }
        var stance: Double
        switch (partner, level) {
        case (_, .management): stance = 0.65
        case (0, .execution): stance = 0.2
        default: stance = sore ? -0.75 : -0.15
        }
        return min(max(stance + optimism, -1), 1)
    }

    /// Scale noise: partner B's execution team does not agree with itself.
    var spread: Double { partner == 1 && level == .execution ? 0.95 : 0.6 }

    func answer(_ question: Question, random: inout SeededGenerator) -> Answer? {
        let stance = question.reverse ? -self.stance(question) : self.stance(question)
        switch question.kind {
        case .scale(let scale):
            let middle = Double(scale.min + scale.max) / 2, half = Double(scale.max - scale.min) / 2
            let value = random.normal(mean: middle + stance * half * 0.85, sd: spread * half / 2)
            return .scale(Int(min(max(value.rounded(), Double(scale.min)), Double(scale.max))))
        case .choice(let options):
            return .choice(options[pick(options.count, random: &random)].id)
        case .multi(let options, let minimum, let maximum):
            var chosen = options.indices.filter { index in
                Double.random(in: 0..<1, using: &random) < (index == favourite(options.count) ? 0.8 : 0.3)
            }
            while chosen.count < max(minimum, 1) {
                let extra = Int.random(in: 0..<options.count, using: &random)
                if !chosen.contains(extra) { chosen.append(extra) }
            }
            while chosen.count > maximum { chosen.remove(at: Int.random(in: 0..<chosen.count, using: &random)) }
            return .multi(chosen.sorted().map { options[$0].id })
        case .rank(let options):
            var order = Array(options.indices)
            if partner == 1 { order.reverse() }
            for _ in 0..<2 where order.count > 1 {
                let index = Int.random(in: 0..<(order.count - 1), using: &random)
                order.swapAt(index, index + 1)
            }
            return .rank(order.map { options[$0].id })
        case .number(let range):
            let low = range.min ?? 0, high = range.max ?? max(low + 24, 24)
            var fraction = partner == 0 ? 0.22 : 0.4
            if level == .execution { fraction += partner == 0 ? 0.1 : 0.25 }
            var value = low + random.normal(mean: fraction - optimism * 0.1, sd: 0.07) * (high - low)
            value = min(max(value, low), high)
            return .number(range.integer ? value.rounded() : (value * 10).rounded() / 10)
        case .text(let maxLength):
            guard question.required || Double.random(in: 0..<1, using: &random) < 0.7 else { return nil }
            let comments = DemoComments.pool(partner: partner, level: level)
            return .text(String(comments[Int.random(in: 0..<comments.count, using: &random)].prefix(maxLength)))
        case .yesno:
            return .yesno(Double.random(in: 0..<1, using: &random) < 0.5 + 0.4 * stance)
        }
    }

    /// The option this participant's side prefers: A the first, B the second, execution the last.
    private func favourite(_ count: Int) -> Int {
        guard count > 1 else { return 0 }
        if level == .execution && partner == 1 { return count - 1 }
        return partner == 0 ? 0 : 1
    }

    private func pick(_ count: Int, random: inout SeededGenerator) -> Int {
        let weights = (0..<count).map { $0 == favourite(count) ? 4.0 : 1.0 }
        var draw = Double.random(in: 0..<weights.reduce(0, +), using: &random)
        for (index, weight) in weights.enumerated() {
            draw -= weight
            if draw < 0 { return index }
        }
        return count - 1
    }
}

/// Free-text answers the demo participants give.
enum DemoComments {
    static func pool(partner: Int, level: Level) -> [String] {
        switch (partner, level) {
        case (_, .management):
            ["The strategic fit is excellent; we should announce more joint wins.",
             "Governance works well, the steering committee meets on time.",
             "We are ahead of plan on the commercial side."]
        case (0, .execution):
            ["We need one shared roadmap, not two.",
             "Hand-offs between the teams still take too long.",
             "Good people on the other side, but priorities change every month."]
        default:
            ["The timelines were set without asking the people who deliver.",
             "We hear about decisions after they are made.",
             "Promises at the top do not match the resources we get.",
             "I am not sure both sides mean the same thing by 'success'."]
        }
    }
}
