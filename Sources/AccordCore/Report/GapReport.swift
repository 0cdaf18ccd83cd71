/// The alignment gap report of one round: every number a renderer shows, already computed
/// and already filtered by the anonymity rules. Renderers compute nothing.
///
/// Made by `GapReportBuilder` from one streaming pass over a round's submissions; the JSON
/// form is the contract in `product.md`.
public struct GapReport: Sendable, Hashable {
    /// The version of the report's JSON form.
    public static let formatVersion = 1

    /// The workshop the answers were given under (the session's snapshot).
    public var workshop: WorkshopSummary
    /// The session and its two partners.
    public var session: SessionSummary
    /// The round reported on.
    public var round: Int
    /// Whether the round was still open (`--preview`): the report must say so.
    public var isPreview: Bool
    /// The thresholds applied and what they suppressed.
    public var anonymity: AnonymityReport
    /// Every group with its size (or `nil` when suppressed), everyone first.
    public var groups: [GroupSummary]
    /// Per question, in workshop order.
    public var questions: [QuestionReport]
    /// Per dimension, in workshop order.
    public var dimensions: [DimensionReport]
    /// The workshop's alignment index, 0–100, or `nil` when no dimension has one.
    public var alignment: Double?
    /// Free-text comments that may be shown, already shuffled and masked.
    public var comments: [CommentGroup]
    /// How the report moved since an earlier round (`--compare-round`), if asked.
    public var comparison: RoundComparison?
    /// The actions agreed up to this round, each beside the gaps it was meant to close
    /// (`ActionReview.reviews(of:in:agreedRoundReports:)`); empty when none.
    public var actions: [ActionReview]
    /// The number of comparisons in the false-discovery-rate family: shown gaps with a pValue.
    public var comparisons: Int = 0
    /// The id of the workshop's outcome question (driver analysis), if it has one.
    public var outcome: String? = nil

    /// Creates a report.
    public init(
        workshop: WorkshopSummary, session: SessionSummary, round: Int, isPreview: Bool,
        anonymity: AnonymityReport, groups: [GroupSummary], questions: [QuestionReport],
        dimensions: [DimensionReport], alignment: Double?, comments: [CommentGroup],
        comparison: RoundComparison? = nil, actions: [ActionReview] = []
    ) {
        self.workshop = workshop
        self.session = session
        self.round = round
        self.isPreview = isPreview
        self.anonymity = anonymity
        self.groups = groups
        self.questions = questions
        self.dimensions = dimensions
        self.alignment = alignment
        self.comments = comments
        self.comparison = comparison
        self.actions = actions
    }
}

/// Identifies the workshop snapshot a report is about.
public struct WorkshopSummary: Sendable, Hashable {
    /// The workshop id.
    public var id: String
    /// The author's version.
    public var version: String
    /// The title in the workshop's language.
    public var title: String
    /// SHA-256 of the snapshot's bytes, lowercase hex.
    public var sha256: String
    /// The language of the workshop's texts (such as `he`), for their writing direction.
    public var language: String

    /// Creates a summary.
    public init(id: String, version: String, title: String, sha256: String, language: String = "en") {
        self.id = id
        self.version = version
        self.title = title
        self.sha256 = sha256
        self.language = language
    }
}

/// Identifies the session a report is about.
public struct SessionSummary: Sendable, Hashable {
    /// The session id.
    public var id: String
    /// The two partners, in the session's order: partner A, partner B.
    public var partners: [String]

    /// Creates a summary.
    public init(id: String, partners: [String]) {
        self.id = id
        self.partners = partners
    }
}

/// The thresholds applied to a report and the groups it hides.
public struct AnonymityReport: Sendable, Hashable {
    /// Groups with fewer submissions show no statistics and no counts.
    public var minGroupSize: Int
    /// Groups with fewer submissions show no free text.
    public var minGroupSizeForText: Int
    /// Warnings for the reader, such as a threshold below 5, as data each output words in
    /// its language.
    public var warnings: [DisclosureWarning]
    /// Each suppressed group, without a reason of its own (`Disclosure`).
    public var suppressions: [Suppression]

    /// Creates an anonymity summary.
    public init(minGroupSize: Int, minGroupSizeForText: Int, warnings: [DisclosureWarning], suppressions: [Suppression]) {
        self.minGroupSize = minGroupSize
        self.minGroupSizeForText = minGroupSizeForText
        self.warnings = warnings
        self.suppressions = suppressions
    }
}

extension AnonymityReport {
    /// Why groups are hidden, said once for all of them, with the per-question rule. Per group
    /// it would be a bound on the group's count (`anonymity.md` rules 2 and 3), so no output
    /// gives a hidden group a reason of its own.
    public var rule: String {
        "Groups with fewer than \(minGroupSize) submissions, and groups that would let one work them out, are hidden. "
            + "The same rule holds for each question, counting its real answers: a group hidden for a question shows "
            + "nothing for it (not even 'don't know' or 'prefer not to say'), no gap that needs it, and its dimension "
            + "scores leave that question out."
    }
}

/// A group the report hides. It carries no reason: whether it is below `minGroupSize` or
/// hidden to protect another group would bound its count.
public struct Suppression: Sendable, Hashable {
    /// The hidden group.
    public var group: GroupKey

    /// Creates a suppression note.
    public init(group: GroupKey) {
        self.group = group
    }
}

/// A group's size in the round.
public struct GroupSummary: Sendable, Hashable {
    /// The group.
    public var group: GroupKey
    /// Submissions in the group, or `nil` when suppressed.
    public var n: Int?
    /// Whether the group is hidden.
    public var suppressed: Bool

    /// Creates a group summary.
    public init(group: GroupKey, n: Int?, suppressed: Bool) {
        self.group = group
        self.n = n
        self.suppressed = suppressed
    }
}
