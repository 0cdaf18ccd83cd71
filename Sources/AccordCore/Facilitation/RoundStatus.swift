/// A session's current round.
public struct RoundStatus: Sendable, Hashable {
    /// The round's number, from 1.
    public var number: Int
    /// Whether it takes submissions.
    public var isOpen: Bool

    /// Creates a round state.
    public init(number: Int, isOpen: Bool) {
        self.number = number
        self.isOpen = isOpen
    }

    /// The most recent closed round, if any.
    public var lastClosed: Int? {
        let round = isOpen ? number - 1 : number
        return round >= 1 ? round : nil
    }
}
