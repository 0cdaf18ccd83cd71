import AccordCore
import Synchronization

/// A served workshop's questions laid out once for every participant request: the
/// `SubmissionPlan` (questions in asking order, positions, which answers conditions read) and
/// where each section's questions start in it. Which questions a page shows is then one
/// visibility pass by position, without copying the workshop's questions on every request.
struct WorkshopLayout: Sendable {
    /// The workshop's plan: visibility and submission checks, one rule for every channel.
    let plan: SubmissionPlan
    /// By section index: the position of its first question in `plan.questions`, and one
    /// more entry for the end.
    let sectionStarts: [Int]

    /// Lays out `workshop`.
    init(workshop: Workshop) {
        plan = SubmissionPlan(workshop: workshop)
        var starts = [0]
        for section in workshop.sections { starts.append(starts[starts.count - 1] + section.questions.count) }
        sectionStarts = starts
    }

    /// By position, whether each question is shown for `answers` (`Workshop.visibleQuestions`).
    func visibility(given answers: [String: Answer]) -> [Bool] { plan.visibility(given: answers) }

    /// The questions of the section with 1-based `number` that `visibility` shows, in order.
    func visibleQuestions(inSection number: Int, visibility: [Bool]) -> [Question] {
        positions(ofSection: number).compactMap { visibility[$0] ? plan.questions[$0] : nil }
    }

    /// Whether `visibility` shows some question of the section with 1-based `number`.
    func showsQuestion(inSection number: Int, visibility: [Bool]) -> Bool {
        positions(ofSection: number).contains { visibility[$0] }
    }

    /// `answers` (or predictions) without those of questions `visibility` hides: the rule
    /// `Interview` applies after every change, here by position.
    func keepingShown(_ answers: [String: Answer], visibility: [Bool]) -> [String: Answer] {
        answers.filter { id, _ in plan.position(of: id).map { visibility[$0] } ?? false }
    }

    private func positions(ofSection number: Int) -> Range<Int> {
        sectionStarts[number - 1]..<sectionStarts[number]
    }
}

/// The layouts of the workshops a server has served, by the snapshot's SHA-256 (a session's
/// workshop never changes), so each is laid out once per server rather than once per request.
final class WorkshopLayouts: Sendable {
    private let layouts = Mutex<[String: WorkshopLayout]>([:])

    /// The layout of `workshop`, whose snapshot's SHA-256 is `sha256`.
    func layout(of workshop: Workshop, sha256: String) -> WorkshopLayout {
        if let known = layouts.withLock({ $0[sha256] }) { return known }
        let layout = WorkshopLayout(workshop: workshop)
        layouts.withLock { $0[sha256] = layout }
        return layout
    }
}
