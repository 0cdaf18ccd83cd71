import AccordCore
import Foundation

/// What an export wrote, for the message on stderr.
public struct ExportSummary: Sendable, Hashable {
    /// How one round was exported.
    public struct RoundExport: Sendable, Hashable {
        /// The round number.
        public var round: Int
        /// The grouping of its answers and predictions.
        public var answers: ExportGrouping
        /// The grouping of its free text: `.everyone` (pooled, or per partner for the questions in
        /// `textByPartnerQuestions`), or `.nothing` when everyone is not shown.
        public var text: ExportGrouping
        /// Text questions whose comments went out per partner: each partner wrote at least
        /// `minGroupSizeForText` of them (`Disclosure.commentGroups(byPartner:everyone:)`).
        public var textByPartnerQuestions: [String] = []
        /// Text questions of the round left out because fewer than `minGroupSizeForText`
        /// participants answered them.
        public var withheldTextQuestions: [String]
        /// Questions whose answers (kind `answer`) or predictions (kind `prediction`) were
        /// exported more coarsely than `answers`, or not at all (`.nothing`), because too few
        /// gave a real answer to them in some group (`docs/anonymity.md`, "Exports").
        public var coarserQuestions: [QuestionGrouping] = []
    }

    /// One question of a round exported more coarsely than the round.
    public struct QuestionGrouping: Sendable, Hashable {
        /// The question's id.
        public var question: String
        /// `answer` or `prediction`.
        public var kind: String
        /// The grouping its rows of that kind were exported at.
        public var grouping: ExportGrouping
    }

    /// The rounds exported, in order.
    public var rounds: [RoundExport]
    /// Rows written.
    public var rows: Int
}
