/// The refusals a participant can meet, worded so that none of them invites answering a second
/// time: each says whether the answers are in, and what to do next.
enum ParticipantRefusal {
    /// A submit arriving when this browser holds no answers in progress and no submit of it
    /// is known (the cookie was cleared, the server restarted after the first submit).
    static var noDraftToSubmit: PageError {
        PageError(
            status: .conflict, title: "Nothing left to submit",
            message: "If you pressed Submit before, your answers are already in and nothing more is needed: "
                + "you can close this page. If you had not, tell the facilitator.")
    }

    /// A part of the workshop sent when this browser holds no answers in progress.
    static var noDraftForSection: PageError {
        PageError(
            status: .conflict, title: "These answers were not saved",
            message: "This browser has no answers in progress for this round: they were submitted, or set aside "
                + "after many hours without use. If you submitted, your answers are in and nothing more is needed. "
                + "If not, tell the facilitator. What you typed on this page is below.")
    }

    /// Too many drafts started from one address in a short time.
    static var tooManyStartsFromClient: PageError {
        PageError(
            status: .tooManyRequests, title: "Please wait a moment",
            message: "Many answers were just started from this network connection. Wait a minute, then press Start "
                + "again; nothing you chose is stored yet.")
    }

    /// The open round holds as many answers in progress from browsers as the server allows.
    static var tooManyDraftsInRound: PageError {
        PageError(
            status: .serviceUnavailable, title: "The workshop is full for now",
            message: "This round holds as many answers in progress as it can. Tell the facilitator; nothing you "
                + "chose is stored yet.")
    }
}
