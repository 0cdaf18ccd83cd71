import AccordCore

extension ParticipantStore {
    /// Stores a made-up participant's `submission` (the demos') as a participant of `accord run`
    /// answers: a terminal draft in the session's open round, filled in, then submitted. So the
    /// demos keep the rules of whichever backend holds them.
    /// - Throws: `StoreError.noOpenRound`, `.unknownPartner`, `.invalidSubmission`.
    public func submitThroughDraft(_ submission: Submission, session: String) async throws {
        var draft = try await startDraft(session: session, partner: submission.partner, level: submission.level)
        draft.answers = submission.answers
        draft.predictions = submission.predictions
        try await submitDraft(draft)
    }
}
