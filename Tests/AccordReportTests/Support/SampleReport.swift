import AccordCore

/// Hand-made two-partner reports for golden and behaviour tests: suppressed groups,
/// dispersed gaps, understanding gaps, comments with markup and masked emails, and a
/// comparison with an earlier round.
enum SampleReport {
    typealias F = FixtureStatistics
    static let acme = "Acme", globex = "Globex"
    static let cells = [
        GroupKey(partner: acme, level: .management), GroupKey(partner: acme, level: .execution),
        GroupKey(partner: globex, level: .management), GroupKey(partner: globex, level: .execution),
    ]
    static let groups: [GroupKey] =
        [.everyone, GroupKey(partner: acme), GroupKey(partner: globex), GroupKey(level: .management), GroupKey(level: .execution)]
        + cells
    static let cellSizes = [5, 9, 4, 7]

    /// The cells a group is made of.
    static func members(_ group: GroupKey) -> [Int] {
        cells.indices.filter { index in
            (group.partner == nil || group.partner == cells[index].partner)
                && (group.level == nil || group.level == cells[index].level)
        }
    }

    /// The six gaps of a question: partners overall and within each level, levels overall
    /// and within each partner.
    static let gapPairs: [(Gap.Kind, String?, GroupKey, GroupKey)] = [
        (.partners, nil, GroupKey(partner: acme), GroupKey(partner: globex)),
        (.partners, nil, cells[0], cells[2]),
        (.partners, nil, cells[1], cells[3]),
        (.levels, nil, GroupKey(level: .management), GroupKey(level: .execution)),
        (.levels, acme, cells[0], cells[1]),
        (.levels, globex, cells[2], cells[3]),
    ]

    static let agree5 = [
        AnswerCategory(key: "1", label: "Strongly disagree"), AnswerCategory(key: "2", label: "Disagree"),
        AnswerCategory(key: "3", label: "Neither"), AnswerCategory(key: "4", label: "Agree"),
        AnswerCategory(key: "5", label: "Strongly agree"),
    ]

    /// The main fixture: every cell shown, one question with hidden cells.
    static var twoPartners: GapReport { make(hiddenCells: false) }

    /// Globex execution has two participants: all four cells are hidden (no subtraction).
    static var smallCell: GapReport { make(hiddenCells: true) }

    static func make(hiddenCells: Bool) -> GapReport {
        let hidden: Set<GroupKey> = hiddenCells ? Set(cells) : []
        let questions = [
            scale("vision-shared", "We share one vision for this partnership.", "vision",
                  [[0, 0, 1, 2, 2], [0, 1, 3, 4, 1], [0, 0, 1, 2, 1], [1, 3, 2, 1, 0]], hidden: hidden),
            choice(hidden: hidden),
            scale("trust-rely", "We can rely on the other partner to keep its word.", "trust",
                  [[0, 0, 1, 3, 1], [0, 2, 3, 3, 1], [0, 0, 1, 2, 1], [2, 3, 1, 1, 0]], hidden: hidden,
                  understanding: true),
            scale("trust-friction", "There is friction between our teams.", "trust",
                  [[1, 2, 1, 1, 0], [0, 2, 3, 3, 1], [0, 2, 1, 1, 0], [0, 1, 1, 2, 3]], reverse: true, hidden: hidden),
            scale("timeline-realistic", "The agreed timelines are realistic.", "timelines",
                  [[0, 0, 1, 2, 2], [0, 1, 3, 4, 1], [0, 1, 1, 1, 1], [3, 0, 1, 0, 3]], hidden: hidden),
            number(),
            multi(hidden: hidden),
            rank(hidden: hidden),
            QuestionReport(
                id: "open-comment", type: .text, dimension: nil, section: "feedback",
                prompt: "Anything else the other side should hear?", reverse: false, categories: [],
                groups: groups.map { hidden.contains($0) ? .suppressed($0) : QuestionGroupStatistics(group: $0, suppressed: false) },
                gaps: [], understandingGaps: []),
        ]
        let dimensions = [("vision", "Common vision"), ("trust", "Trust"), ("timelines", "Timelines & results")].map {
            dimension($0.0, $0.1, questions: questions, hidden: hidden)
        }
        let alignments = dimensions.compactMap(\.alignment)
        var sizes = cellSizes
        if hiddenCells { sizes[3] = 2 }
        let summaries = groups.map { group in
            hidden.contains(group)
                ? GroupSummary(group: group, n: nil, suppressed: true)
                : GroupSummary(group: group, n: members(group).map { cellSizes[$0] }.reduce(0, +), suppressed: false)
        }
        let suppressions =
            hiddenCells
            ? cells.map { Suppression(group: $0) }
            : []
        var report = GapReport(
            workshop: WorkshopSummary(
                id: "partnership-health-check", version: "1.0.0", title: "Partnership Health Check",
                sha256: "9f2c4e1a7b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8"),
            session: SessionSummary(id: "s-7Q2KX9", partners: [acme, globex]),
            round: 2, isPreview: false,
            anonymity: AnonymityReport(
                minGroupSize: 3, minGroupSizeForText: 5,
                warnings: [.thresholdBelowRecommended(.minGroupSize, value: 3, recommended: 5)],
                suppressions: suppressions),
            groups: summaries, questions: questions, dimensions: dimensions,
            alignment: alignments.isEmpty ? nil : alignments.reduce(0, +) / Double(alignments.count),
            comments: [
                CommentGroup(questionID: "open-comment", group: .everyone, comments: [
                    "<script>alert(1)</script> is how their portal feels to us.",
                    "Ask [email removed] about the pilot; nobody else knows the plan.",
                    "=SUM(A1:A9) of our promises is zero",
                    "Management says yes, execution hears \"no\" & waits.",
                    "We need one shared roadmap, not two.",
                ])
            ],
            comparison: RoundComparison(
                baseRound: 1, baseAlignment: 58.5,
                baseDimensionAlignment: ["vision": 71.0, "trust": 52.25, "timelines": nil],
                baseGaps: ["vision-shared": [
                    Gap(kind: .partners, from: GroupKey(partner: acme), to: GroupKey(partner: globex), suppressed: false,
                        meanDifference: -0.9, cliffsDelta: -0.41, magnitude: .medium)
                ]]))
        addReliability(&report, hidden: hidden)
        return report
    }
}
