/// One result worth discussing in the room: a gap between partners or between management and
/// execution, a group that does not agree with itself, or a partner misreading the other,
/// with a prompt the facilitator can read out.
///
/// Made by `FindingRanker` from a `GapReport`, so it only ever involves groups the report
/// shows.
public struct DiscussionFinding: Sendable, Hashable {
    /// What kind of result this is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Partner A vs partner B (everyone, or within one level).
        case partnerGap
        /// Management vs execution (everyone, or within one partner).
        case levelGap
        /// One group whose answers are spread widely (rwg below .50).
        case dispersedGroup
        /// One partner's guess of the other's answers, beside the truth.
        case understandingGap
    }

    /// What kind of result this is.
    public var kind: Kind
    /// The section (phase) the question is in.
    public var sectionID: String
    /// The question.
    public var questionID: String
    /// The effect size used for ranking, 0–1: |Cliff's δ| on scale and number gaps, the
    /// normalised gap on other types, |guess − truth| / scale range for understanding gaps,
    /// 1 − rwg for a dispersed group.
    public var effect: Double
    /// The size of the gap itself, 0–1, to order findings whose effects tie (Cliff's δ stops
    /// at ±1 once the groups do not overlap): the normalised gap of `statistics.md` for gaps,
    /// the effect otherwise.
    public var size: Double
    /// The effect's band (Romano 2006 cut-offs; for a dispersed group, rwg below .30 is
    /// `large`, below .50 `medium`).
    public var magnitude: EffectMagnitude
    /// Whether a group involved does not agree with itself (rwg below .50).
    public var dispersed: Bool
    /// The gap, for partner and level gaps.
    public var gap: Gap?
    /// The same gap in the round compared with, when the report has a comparison.
    public var earlierGap: Gap?
    /// The understanding gap, for understanding findings.
    public var understanding: UnderstandingGap?
    /// The group, for a dispersed group.
    public var group: GroupKey?
    /// What the facilitator reads out.
    public var prompt: DiscussionPrompt
    /// The statistics behind the finding, for the facilitator's eyes: band, effect, agreement,
    /// p (or that p < .05 cannot be reached), the earlier round.
    public var detail: String

    /// Creates a finding.
    public init(
        kind: Kind, sectionID: String, questionID: String, effect: Double, size: Double? = nil,
        magnitude: EffectMagnitude,
        dispersed: Bool, gap: Gap? = nil, earlierGap: Gap? = nil, understanding: UnderstandingGap? = nil,
        group: GroupKey? = nil, prompt: DiscussionPrompt, detail: String
    ) {
        self.kind = kind
        self.sectionID = sectionID
        self.questionID = questionID
        self.effect = effect
        self.size = size ?? effect
        self.magnitude = magnitude
        self.dispersed = dispersed
        self.gap = gap
        self.earlierGap = earlierGap
        self.understanding = understanding
        self.group = group
        self.prompt = prompt
        self.detail = detail
    }

    /// Where the finding ranks: by its band, whether it is dispersed, its effect and size.
    public var rank: FindingRank {
        FindingRank(magnitude: magnitude, dispersed: dispersed, effect: effect, size: size)
    }

    /// Whether `self` should be discussed before `other`, by the one rule the report's
    /// headline uses too (`FindingRank`). Never by p.
    public func ranksAbove(_ other: DiscussionFinding) -> Bool { rank.ranksAbove(other.rank) }
}

/// The findings of one section, best first.
public struct SectionFindings: Sendable, Hashable {
    /// The section id.
    public var sectionID: String
    /// The section title.
    public var title: String
    /// The findings to discuss, best first (at most the ranker's limit).
    public var findings: [DiscussionFinding]
    /// The smaller findings left out by the limit, best first.
    public var more: [DiscussionFinding]

    /// Creates a section's findings.
    public init(sectionID: String, title: String, findings: [DiscussionFinding], more: [DiscussionFinding] = []) {
        self.sectionID = sectionID
        self.title = title
        self.findings = findings
        self.more = more
    }

    /// How many findings were left out by the limit.
    public var moreCount: Int { more.count }
}

extension DiscussionFinding {
    /// What the finding asks the room, for `ConsoleStrings.roomQuestion`; `type` is its
    /// question's type.
    public func roomQuestion(type: QuestionType) -> ConsoleStrings.RoomQuestion {
        switch kind {
        case .partnerGap, .levelGap: .gap(type, partners: kind == .partnerGap, dispersed: dispersed)
        case .dispersedGroup: .spread
        case .understandingGap:
            .understanding(
                guesser: understanding?.predictingPartner ?? "", other: understanding?.aboutPartner ?? "")
        }
    }
}
