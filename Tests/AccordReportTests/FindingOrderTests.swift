import AccordCore
import Testing

@testable import AccordReport

/// Issue 15: the report's "largest gaps" headline and the facilitator's reveal rank gaps by
/// one rule (`FindingRank`). They used to rank twice and had drifted: on a tie of effect
/// (groups that do not overlap at all) the reveal put the larger gap first, the headline the
/// earlier question.
@Suite struct FindingOrderTests {
    /// One section: the months until results (Acme 12, Globex 24: they never overlap, Cliff's
    /// δ 1, but only 12 of 60 months apart) before whether people can speak openly (Acme yes,
    /// Globex no: TVD 1, as far apart as answers go).
    static let workshop = Workshop(
        id: "order", version: "1.0.0", title: LocalizedText("Order"), description: LocalizedText("Which gap first?"),
        sections: [
            Section(
                id: "delivery", title: LocalizedText("Delivery"),
                questions: [
                    Question(
                        id: "months",
                        kind: .number(NumberRange(min: 0, max: 60, unit: LocalizedText("months"), integer: true)),
                        prompt: LocalizedText("How many months until results?")),
                    Question(id: "open", kind: .yesno, prompt: LocalizedText("Can we speak openly?")),
                ])
        ])

    static func report() throws -> GapReport {
        var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
        for partner in ["Acme", "Globex"] {
            for level in Level.allCases {
                for _ in 0..<3 {
                    try aggregator.add(
                        Submission(
                            partner: partner, level: level,
                            answers: [
                                "months": .number(partner == "Acme" ? 12 : 24), "open": .yesno(partner == "Acme"),
                            ]))
                }
            }
        }
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: "abc", session: SessionSummary(id: "s1", partners: ["Acme", "Globex"]),
            round: 1
        ).build(aggregator.finish())
    }

    @Test func theHeadlineAndTheRevealOrderPartnerGapsAlike() throws {
        let report = try Self.report()
        let headline = Finding.largest(.partners, in: report).map(\.question.id)
        let section = FindingRanker(workshop: Self.workshop).findings(in: report, section: Self.workshop.sections[0])
        let reveal = (section.findings + section.more).filter { $0.kind == .partnerGap }.map(\.questionID)
        #expect(headline == ["open", "months"])
        #expect(reveal == headline)
        // The headline as every format prints it.
        let text = TextReportRenderer(width: 100, colour: false).render(report)
        let open = try #require(text.range(of: "'Can we speak openly?'"))
        let months = try #require(text.range(of: "'How many months until results?'"))
        #expect(open.lowerBound < months.lowerBound)
    }
}
