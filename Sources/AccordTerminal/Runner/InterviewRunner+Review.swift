import AccordCore
import Foundation

/// The reviews: `:review` during the interview, and the final review before submitting.
extension InterviewRunner {
    /// `:review`: the answers so far; a number jumps to that question.
    func reviewSoFar(_ interview: inout Interview, draft: Draft) throws(RunnerError) {
        showReview(interview, title: strings.answersSoFar)
        while true {
            let line = try read(
                LineRequest(prompt: reviewPrompt(strings.numberToChange)),
                waitingFor: "the review", draft: draft)
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return }
            if RunnerCommand(line: text) == .quit {
                try leave(draft)
                continue
            }
            if let number = Int(text), interview.review.indices.contains(number - 1) {
                interview.jump(to: interview.review[number - 1].question.id)
                return
            }
            try reject(
                strings.typeQuestionNumber(interview.review.count),
                waitingFor: "the review", draft: draft)
        }
    }

    /// The review before submitting; returns `true` once the answers are submitted.
    func finalReview(_ interview: inout Interview, draft: inout Draft) throws(RunnerError) -> Bool {
        showReview(interview, title: strings.checkBeforeSubmit)
        screen.paragraph(strings.finalReviewHelp)
        while true {
            // Lines typed or pasted ahead must not answer `Submit?` unseen (issue 10, case 8).
            discardsTypeAhead = true
            let line = try read(
                LineRequest(
                    prompt: reviewPrompt(strings.submitPrompt),
                    completions: [answerWords.yes.lowercased()] + RunnerCommand.completions),
                waitingFor: "the final review (type yes to submit)", draft: draft)
            let text = line.trimmingCharacters(in: .whitespaces).lowercased()
            switch RunnerCommand(line: text) {
            case .quit?:
                try leave(draft)
                continue
            case .back?:
                interview.back()
                return false
            case .review?:
                return false
            case .help?, .questionHelp?, .skip?:
                showCommands()
                continue
            case nil: break
            }
            if isSubmit(text) {
                if let problem = interview.problems.first {
                    showError(
                        "\(problem.reason(in: catalogue.language)): "
                            + (workshop.question(problem.questionID)?.prompt.text(in: language) ?? problem.questionID)
                    )
                    interview.jump(to: problem.questionID)
                    return false
                }
                draft.answers = interview.answers
                draft.predictions = interview.predictions
                do {
                    try recorder.submitDraft(draft)
                } catch {
                    throw .recorder(
                        action: "submit your answers", reason: Self.describe(error), resumeCommand: resumeHint(draft))
                }
                // The kiosk clears the screen first and thanks the participant on a blank one.
                if !kiosk {
                    screen.line()
                    screen.line(screen.style.success(strings.submitted))
                }
                return true
            }
            if let number = Int(text), interview.review.indices.contains(number - 1) {
                interview.jump(to: interview.review[number - 1].question.id)
                return false
            }
            try reject(
                strings.typeYesToSubmit(interview.review.count),
                waitingFor: "the final review", draft: draft)
        }
    }

    /// Whether `text` submits: yes or submit, in the participant's language or in English.
    func isSubmit(_ text: String) -> Bool {
        let folded = AnswerParser.fold(text)
        return (strings.submitWords + RunnerStrings.english.submitWords).contains { AnswerParser.fold($0) == folded }
    }
}
