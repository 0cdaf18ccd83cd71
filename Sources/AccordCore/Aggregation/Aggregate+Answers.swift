extension Aggregate {
    /// A group's number of real answers (or, with `predictions`, real guesses) to the question
    /// with `questionID`: not "don't know", not "prefer not to say", not skipped by a
    /// condition. 0 for a question the workshop does not have. Per-question disclosure
    /// (`Disclosure.refined(answers:)`) counts these.
    public func answers(to questionID: String, in group: GroupKey, predictions: Bool = false) -> Int {
        tally(questionID, in: group, predictions: predictions)?.answered ?? 0
    }
}
