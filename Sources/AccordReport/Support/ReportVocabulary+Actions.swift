import AccordCore

extension ReportVocabulary {
    /// `#1 Globex, due by round 2: Hold a joint vision day` (or `for round 3` before then).
    static func actionTitle(_ review: ActionReview) -> String {
        let action = review.action
        let due = review.isDue ? "due by round \(action.dueRound)" : "for round \(action.dueRound)"
        return "#\(action.id) \(action.owner), \(due): \(action.text)"
    }

    /// One line per gap the action follows, then its dimension's alignment, then when it was
    /// agreed: *“we share one vision”, management vs execution, Globex: −2.3 in round 1, −0.7
    /// now (narrowed)*.
    static func actionDetails(_ review: ActionReview) -> [String] {
        var lines = review.gaps.map(\.summary)
        if let dimension = review.dimension {
            lines.append(
                "\(dimension.title) alignment: \(NumberText.index(dimension.then)) in round \(dimension.thenRound), "
                    + "\(NumberText.index(dimension.now)) now")
        }
        lines.append("Agreed on round \(review.action.agreedInRound)'s results.")
        return lines
    }
}
