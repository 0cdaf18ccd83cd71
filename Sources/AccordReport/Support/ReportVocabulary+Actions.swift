import AccordCore

extension ReportVocabulary {
    /// `#1 Globex, due by round 2: Hold a joint vision day` (or `for round 3` before then).
    static func actionTitle(_ review: ActionReview) -> String {
        let action = review.action
        return "#\(action.id) \(action.owner), \(words.due(action.dueRound, review.isDue)): \(action.text)"
    }

    /// One line per gap the action follows, then its dimension's alignment, then when it was
    /// agreed: *“we share one vision”, management vs execution, Globex: −2.3 in round 1, −0.7
    /// now (narrowed)*.
    static func actionDetails(_ review: ActionReview) -> [String] {
        var lines = review.gaps.map { $0.summary(words.movement) }
        if let dimension = review.dimension {
            lines.append(
                words.actionDimension(
                    dimension.title, NumberText.index(dimension.then), dimension.thenRound, NumberText.index(dimension.now)))
        }
        lines.append(words.agreedOn(review.action.agreedInRound))
        return lines
    }
}
