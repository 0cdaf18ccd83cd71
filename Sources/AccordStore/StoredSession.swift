import AccordCore

/// A session as stored: the workshop snapshot it was opened with, its partners and its rounds.
public struct StoredSession: Sendable {
    /// The session id.
    public var id: String
    /// The workshop, loaded from the stored snapshot bytes (never from the original file).
    public var workshop: Workshop
    /// The SHA-256 of the snapshot bytes, 64 lowercase hex digits.
    public var workshopSHA256: String
    /// The two partners, in the order given when the session was made.
    public var partners: [String]
    /// Every round, in order of number (round 1 first).
    public var rounds: [RoundState]

    /// The highest-numbered round: the open one, or the last one closed.
    public var currentRound: Int { rounds.last?.number ?? 1 }
    /// The open round, if any (at most one is open).
    public var openRound: Int? { rounds.first(where: \.isOpen)?.number }

    /// A session as a backend read it.
    package init(id: String, workshop: Workshop, workshopSHA256: String, partners: [String], rounds: [RoundState]) {
        self.id = id
        self.workshop = workshop
        self.workshopSHA256 = workshopSHA256
        self.partners = partners
        self.rounds = rounds
    }
}

/// A round of a session and whether it still takes submissions.
public struct RoundState: Sendable, Hashable {
    /// The round number, from 1.
    public var number: Int
    /// Whether the round is open (takes submissions) or closed (may be reported).
    public var isOpen: Bool

    /// Creates a round state.
    public init(number: Int, isOpen: Bool) {
        self.number = number
        self.isOpen = isOpen
    }
}

/// A line of `accord session list`: what is known about a session without loading its workshop.
public struct SessionSummary: Sendable, Hashable {
    /// The session id.
    public var id: String
    /// The workshop's id, as recorded when the session was made.
    public var workshopID: String
    /// The workshop's version, as recorded when the session was made.
    public var workshopVersion: String
    /// The SHA-256 of the snapshot bytes.
    public var workshopSHA256: String
    /// The two partners.
    public var partners: [String]
    /// The highest-numbered round.
    public var currentRound: Int
    /// Whether that round is open.
    public var currentRoundIsOpen: Bool

    /// A summary as a backend read it.
    package init(
        id: String, workshopID: String, workshopVersion: String, workshopSHA256: String, partners: [String],
        currentRound: Int, currentRoundIsOpen: Bool
    ) {
        self.id = id
        self.workshopID = workshopID
        self.workshopVersion = workshopVersion
        self.workshopSHA256 = workshopSHA256
        self.partners = partners
        self.currentRound = currentRound
        self.currentRoundIsOpen = currentRoundIsOpen
    }
}
