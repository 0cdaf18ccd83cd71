/// Builds a round's `GapReport` from an `Aggregate`: every statistic of `statistics.md`,
/// filtered by the anonymity rules of `anonymity.md` (through `Disclosure`).
///
/// ```swift
/// var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
/// for submission in submissions { try aggregator.add(submission) }
/// let report = GapReportBuilder(workshop: workshop, workshopSHA256: sha, session: session, round: 1)
///     .build(aggregator.finish())
/// ```
public struct GapReportBuilder: Sendable {
    /// The session's snapshot of the workshop.
    public var workshop: Workshop
    /// SHA-256 of the snapshot's bytes, lowercase hex.
    public var workshopSHA256: String
    /// The session and its partners (A, B), in the session's order.
    public var session: SessionSummary
    /// The round reported on.
    public var round: Int
    /// Whether the round is still open (`--preview`); the thresholds apply all the same.
    public var isPreview: Bool
    /// The language the workshop's own texts (title, prompts, labels, dimensions) are taken
    /// in, each falling back to the workshop's language where it has no translation; `nil`
    /// for the workshop's language. Answers are stored by id, so this changes no number.
    public var textLanguage: String?

    /// Creates a builder.
    public init(
        workshop: Workshop, workshopSHA256: String, session: SessionSummary, round: Int, isPreview: Bool = false,
        textLanguage: String? = nil
    ) {
        precondition(session.partners.count == 2, "a session has two partners")
        self.workshop = workshop
        self.workshopSHA256 = workshopSHA256
        self.session = session
        self.round = round
        self.isPreview = isPreview
        self.textLanguage = textLanguage
    }

    /// Builds the report, shuffling comments with the system's random generator.
    public func build(_ aggregate: Aggregate, comparingTo earlier: GapReport? = nil) -> GapReport {
        var generator = SystemRandomNumberGenerator()
        return build(aggregate, comparingTo: earlier, shuffling: &generator)
    }

    /// Builds the report, shuffling comments with `generator` (seeded in tests).
    public func build<Generator: RandomNumberGenerator>(
        _ aggregate: Aggregate, comparingTo earlier: GapReport? = nil, shuffling generator: inout Generator
    ) -> GapReport {
        let disclosure = Disclosure(thresholds: workshop.anonymity, aggregate: aggregate)
        let groups = Disclosure.groups(partners: session.partners)
        let byQuestion = disclosure.byQuestion(in: workshop) { aggregate.answers(to: $0, in: $1) }
        var questions = workshop.questions.map { question in
            questionReport(
                question, aggregate: aggregate, disclosure: byQuestion[question.id] ?? disclosure, groups: groups)
        }
        let comparisons = Self.assignQValues(&questions)
        var dimensions = dimensionReports(questions: questions, groups: groups)
        addConsistencyAndDrivers(to: &dimensions, aggregate: aggregate, disclosure: disclosure)
        let alignments = dimensions.compactMap(\.alignment)
        var report = GapReport(
            workshop: WorkshopSummary(
                id: workshop.id, version: workshop.version, title: workshop.title.text(in: textLanguage),
                sha256: workshopSHA256, language: textLanguage.flatMap { workshop.title.translations[$0] == nil ? nil : $0 }
                    ?? workshop.language),
            session: session,
            round: round,
            isPreview: isPreview,
            anonymity: AnonymityReport(
                minGroupSize: workshop.anonymity.minGroupSize,
                minGroupSizeForText: workshop.anonymity.minGroupSizeForText,
                warnings: disclosure.warnings, suppressions: disclosure.suppressions),
            groups: groups.map { group in
                let shown = disclosure.isShown(group)
                return GroupSummary(group: group, n: shown ? aggregate.submissions(in: group) : nil, suppressed: !shown)
            },
            questions: questions,
            dimensions: dimensions,
            alignment: alignments.isEmpty ? nil : alignments.reduce(0, +) / Double(alignments.count),
            comments: comments(aggregate: aggregate, disclosure: disclosure, generator: &generator),
            comparison: earlier.map(RoundComparison.init(base:))
        )
        report.comparisons = comparisons
        report.outcome = workshop.outcomeQuestion?.id
        let current = report
        report.comparison?.addChanges(of: current)
        return report
    }

    /// The comments of each text question that may be shown, per group `Disclosure` allows
    /// (the full counts decide, never the sample): all of them, or for a large round the
    /// seeded sample `Aggregate.comments(_:in:)` kept, with the group's total. Masked, sorted
    /// by their UTF-8 bytes (so neither storage order nor the sample's keys can leak through;
    /// stored texts are NFC, for which this is the order of `String`'s own comparison, at a
    /// fraction of its cost), then shuffled.
    func comments<Generator: RandomNumberGenerator>(
        aggregate: Aggregate, disclosure: Disclosure, generator: inout Generator
    ) -> [CommentGroup] {
        var result: [CommentGroup] = []
        for question in workshop.questions where question.type == .text {
            let byPartner = Dictionary(
                uniqueKeysWithValues: session.partners.map {
                    ($0, aggregate.comments(question.id, in: GroupKey(partner: $0)).total)
                })
            let everyone = byPartner.values.reduce(0, +)
            for group in disclosure.commentGroups(byPartner: byPartner, everyone: everyone) {
                let sample = aggregate.comments(question.id, in: group)
                let sorted = sample.texts.map(CommentMasking.mask).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                result.append(
                    CommentGroup(
                        questionID: question.id, group: group, comments: sorted.shuffled(using: &generator),
                        total: sample.total))
            }
        }
        return result
    }
}

extension RoundComparison {
    /// The comparison of a report with an earlier round's report of the same session.
    public init(base: GapReport) {
        self.init(
            baseRound: base.round,
            baseAlignment: base.alignment,
            baseDimensionAlignment: Dictionary(
                base.dimensions.map { ($0.id, $0.alignment) }, uniquingKeysWith: { first, _ in first }),
            baseGaps: Dictionary(base.questions.map { ($0.id, $0.gaps) }, uniquingKeysWith: { first, _ in first }))
    }
}
