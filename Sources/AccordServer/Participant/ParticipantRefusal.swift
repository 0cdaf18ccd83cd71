/// The refusals a participant can meet, worded so that none of them invites answering a second
/// time: each says whether the answers are in, and what to do next (in `PageStrings`, in the
/// participant's language).
enum ParticipantRefusal {
    /// A submit arriving when this browser holds no answers in progress and no submit of it
    /// is known (the cookie was cleared, the server restarted after the first submit).
    static var noDraftToSubmit: PageError { PageError(status: .conflict, \.nothingToSubmit) }

    /// A part of the workshop sent when this browser holds no answers in progress.
    static var noDraftForSection: PageError { PageError(status: .conflict, \.notSaved) }

    /// Too many drafts started from one address in a short time.
    static var tooManyStartsFromClient: PageError { PageError(status: .tooManyRequests, \.pleaseWait) }

    /// The open round holds as many answers in progress from browsers as the server allows.
    static var tooManyDraftsInRound: PageError { PageError(status: .serviceUnavailable, \.workshopFull) }
}
