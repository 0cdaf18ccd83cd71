extension Submission {
    /// Every way this submission does not fit `workshop`: unknown questions, answers that are
    /// not allowed, answers and predictions to hidden questions, required questions left out, predictions
    /// where none is asked. Empty when the submission may be stored.
    ///
    /// Partner, level and round are checked by the store, which knows the session. A caller
    /// checking many submissions of one workshop makes one `SubmissionPlan` and asks it.
    public func problems(in workshop: Workshop) -> [AnswerError] {
        SubmissionPlan(workshop: workshop).problems(of: self)
    }
}
