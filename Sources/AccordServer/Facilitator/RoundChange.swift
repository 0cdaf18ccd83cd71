import AccordStore

/// A change of a session's rounds that the facilitator confirms on a second page.
enum RoundChange: String, Sendable {
    /// Close the open round: it takes no more answers, and its report can be read.
    case close
    /// Open the next round, after the last one was closed.
    case open

    /// The round the change is about in `session`'s present state: the open round to close,
    /// or the number of the round to open; `nil` when the change does not apply.
    func round(of session: StoredSession) -> Int? {
        switch self {
        case .close: session.openRound
        case .open: session.openRound == nil ? session.currentRound + 1 : nil
        }
    }
}
