import Foundation

/// Why a report could not be made or written. Each case names what to fix. Thrown by the
/// session façade in AccordStore (`SessionReport`) and by the renderers' output in AccordReport.
public enum ReportError: Error, LocalizedError, Equatable, Sendable {
    /// The round is still open and `--preview` was not given.
    case roundOpen(session: String, round: Int)
    /// The session has no such round.
    case noSuchRound(session: String, round: Int, last: Int)
    /// The round to compare with is not an earlier, closed round.
    case cannotCompare(session: String, round: Int, reason: String)
    /// The output file could not be written; nothing was changed at `path`.
    case cannotWrite(path: String, reason: String)

    /// A message that says what happened and what to do.
    public var errorDescription: String? {
        switch self {
        case .roundOpen(let session, let round):
            "round \(round) of session \(session) is still open: close it with 'accord round close --session \(session)', "
                + "or pass --preview to see a preview of the open round"
        case .noSuchRound(let session, let round, let last):
            "session \(session) has no round \(round) (its rounds are 1 to \(last))"
        case .cannotCompare(let session, let round, let reason):
            "cannot compare with round \(round) of session \(session): \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write the report to \(path): \(reason) (nothing was written there)"
        }
    }
}
