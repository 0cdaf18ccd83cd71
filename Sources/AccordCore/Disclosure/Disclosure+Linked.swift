extension Disclosure {
    /// What may be shown about each question of `workshop` (`anonymity.md` rules 2 and 3 per
    /// question, for condition-linked questions jointly; see `docs/anonymity.md`).
    ///
    /// `answers(questionID, group)` is the group's number of real answers to the question (not
    /// "don't know", not "prefer not to say", not skipped by a condition). A group is hidden
    /// for a question when this round's `Disclosure` hides it or when it has fewer than
    /// `minGroupSize` real answers to **any** question linked to it (`LinkedQuestions`), and
    /// rule 3 is applied to that union. So every question of a linked group shows the same
    /// groups, and a follow-up's shown numbers cannot bound a group its condition question
    /// hides, nor the other way round. Text questions show no per-group numbers (their
    /// comments follow rule 5), so their comment counts do not hide groups for the others.
    ///
    /// Every output asks here: the report (`GapReportBuilder`), and with it the facilitator's
    /// findings, and the export.
    public func byQuestion(
        in workshop: Workshop, answers: (_ questionID: String, _ group: GroupKey) -> Int
    ) -> [String: Disclosure] {
        let links = LinkedQuestions(workshop)
        var result: [String: Disclosure] = [:]
        for component in links.components {
            let counted = component.filter { workshop.question($0)?.type != .text }
            let joint = counted.reduce(self) { decided, id in decided.refined { answers(id, $0) } }
            for id in component {
                result[id] = workshop.question(id)?.type == .text ? refined { answers(id, $0) } : joint
            }
        }
        return result
    }
}
