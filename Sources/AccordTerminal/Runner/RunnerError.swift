import AccordCore
import Foundation

/// Why a run ended without a submission. Each case says what happened to the answers.
public enum RunnerError: Error, Sendable, Hashable, LocalizedError {
    /// The participant stopped (Ctrl-C, Ctrl-D or `:quit`); the draft, if one was started,
    /// holds every answer given. Exit status 130.
    case stopped(resumeCommand: String?)
    /// Piped input ended while a question waited for its answer.
    case inputEnded(waitingFor: String, resumeCommand: String?)
    /// The answer recorder (the store) failed; the draft holds every answer saved before.
    case recorder(action: String, reason: String, resumeCommand: String?)
    /// The draft to resume was not found (submitted, discarded or mistyped).
    case unknownDraft(code: String)
    /// A line of piped input is not an answer to the question waiting for it; piped input
    /// is never asked again, so that later lines cannot land on the wrong question.
    case rejectedInput(line: Int, waitingFor: String, reason: String, resumeCommand: String?)
    /// A kiosk participant left without submitting (Ctrl-C, Ctrl-D or `:quit`, confirmed):
    /// their draft is deleted and the kiosk returns to its start screen.
    case turnEnded
    /// The facilitator asked the kiosk to close (SIGTERM or SIGUSR1) during a participant's
    /// turn; that participant's draft is deleted.
    case closeRequested
    /// The facilitator closed the kiosk (its exit phrase, or SIGTERM/SIGUSR1). Exit status 0.
    case kioskClosed(submitted: Int)

    /// One line for standard error.
    public var errorDescription: String? {
        switch self {
        case .stopped(let resume?):
            "Stopped. Your answers so far are saved; to continue: \(resume)"
        case .stopped(nil):
            "Stopped before any answer was given; nothing was kept."
        case .inputEnded(let waiting, let resume):
            "input ended while \(waiting) was waiting for an answer; nothing was submitted"
                + (resume.map { ". The answers so far are saved; to continue: \($0)" } ?? "")
        case .recorder(let action, let reason, let resume):
            "could not \(action): \(reason)"
                + (resume.map { ". The answers saved before are kept; to continue: \($0)" } ?? "")
        case .unknownDraft(let code):
            "no draft with the code '\(input: code)': it was submitted, discarded, or the code is mistyped"
        case .rejectedInput(let line, let waiting, let reason, let resume):
            "input line \(line), for \(waiting): \(reason); nothing was submitted"
                + (resume.map { ". The answers before it are saved; to continue: \($0)" } ?? "")
        case .turnEnded:
            "Left without submitting; the answers given were deleted."
        case .closeRequested:
            "The kiosk was closed by the facilitator; the answers of the participant at it were deleted."
        case .kioskClosed(let submitted):
            "Kiosk closed after \(submitted) submission\(submitted == 1 ? "" : "s")."
        }
    }

    /// The line for standard error in the participant's language: what happened to their
    /// answers. Errors for the facilitator (input, store) stay in English, like every other
    /// command's errors.
    public func message(_ strings: RunnerStrings) -> String {
        switch self {
        case .stopped(let resume?): strings.stoppedResume(resume)
        case .stopped(nil): strings.stoppedNothingKept
        case .turnEnded: strings.turnEnded
        default: errorDescription ?? ""
        }
    }

    /// The exit status for this ending: 0 for a kiosk closed by the facilitator, 130 for a
    /// stop by the participant, 1 otherwise.
    public var exitStatus: Int32 {
        switch self {
        case .kioskClosed, .closeRequested: 0
        case .stopped, .turnEnded: 130
        default: 1
        }
    }
}
