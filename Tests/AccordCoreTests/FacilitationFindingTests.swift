import Testing

@testable import AccordCore

/// The findings a facilitator reveals: which, in what order, and the words read out.
@Suite struct FacilitationFindingTests {
    let ranker = FindingRanker(workshop: FacilitationFixture.workshop)

    func section(_ id: String, in report: GapReport, limit: Int = 3) throws -> SectionFindings {
        let ranker = FindingRanker(workshop: FacilitationFixture.workshop, limit: limit)
        return try #require(ranker.findings(in: report).first { $0.sectionID == id })
    }

    @Test func theLargestGapsComeFirstAndTheLimitKeepsItShort() throws {
        let vision = try section("vision", in: try FacilitationFixture.report(FacilitationFixture.round1()))
        // Three gaps where the groups do not overlap at all (effect 1), ordered by the size of
        // the gap: the top goal (TVD 1), Globex's levels on the vision (2.3 of 4 points), the
        // execution teams of both partners on the vision (1.7 points).
        #expect(vision.findings.map(\.kind) == [.partnerGap, .levelGap, .partnerGap])
        #expect(vision.findings.map(\.questionID) == ["top-goal", "vision-shared", "vision-shared"])
        #expect(vision.findings.map(\.magnitude) == [.large, .large, .large])
        // Acme's guess about Globex (medium). Globex as a whole is spread from 2 to 5, but only
        // because its management and its execution team each agree and differ: not a finding.
        #expect(vision.moreCount == 1)
        #expect(
            vision.findings[2].prompt.text
                == "Globex's execution team rates “we share one vision” 1.7 points lower than Acme's execution team "
                + "(2.3 against 4.0 on the 1–5 scale). What does each side see?")
    }

    @Test func aLevelGapWithinOnePartnerReadsLikeTheFacilitatorWouldSayIt() throws {
        let vision = try section("vision", in: try FacilitationFixture.report(FacilitationFixture.round1()))
        let finding = vision.findings[1]
        #expect(finding.gap?.partner == "Globex")
        #expect(
            finding.prompt.text
                == "Globex's execution team rates “we share one vision” 2.3 points lower than Globex's management "
                + "(2.3 against 4.7 on the 1–5 scale). What does each side see from where it stands?")
        #expect(finding.detail.hasPrefix("large · Cliff's δ −1.00 · agreement rwg .83 / .83"))
        // Three against three cannot reach p < .05 (the smallest p is 0.10): said, never ranked on.
        #expect(finding.detail.hasSuffix("p < .05 cannot be reached with these group sizes"))
    }

    @Test func choiceAndUnderstandingPromptsUseTheWorkshopsWords() throws {
        let vision = try section("vision", in: try FacilitationFixture.report(FacilitationFixture.round1()), limit: 10)
        #expect(
            vision.findings[0].prompt.text
                == "On “What is the partnership's top goal?”, Acme most often picks “New markets”, Globex “Lower cost”. "
                + "What is behind each choice?")
        let understanding = try #require(vision.findings.first { $0.kind == .understandingGap })
        #expect(
            understanding.prompt.observation
                == "Acme thinks Globex would rate “we share one vision” at 5.0 on average; Globex actually rates it 3.5."
        )
        #expect(understanding.prompt.question.hasPrefix("What gave Acme that picture"))
        #expect(understanding.magnitude == .medium && understanding.detail.hasPrefix("medium · overestimates by 1.5"))
    }

    @Test func numberMultiRankAndYesNoGapsEachGetTheirOwnWording() throws {
        let delivery = try section(
            "delivery", in: try FacilitationFixture.report(FacilitationFixture.round1()), limit: 10)
        let texts = delivery.findings.map(\.prompt.observation)
        #expect(
            texts.contains(
                "Globex answers “How many months until results?” 12 months higher on average than Acme "
                    + "(medians 24 and 12 months)."))
        #expect(texts.contains("On “Which KPIs matter?”, Globex picks “Cost” less often than Acme (0% against 100%)."))
        #expect(texts.contains("On “rank the priorities”, Acme puts “Markets” first, Globex “Cost”."))
        #expect(texts.contains("On “Can we speak openly?”, 100% of Acme says yes, against 0% of Globex."))
        // Both guessed the other's months right: no understanding gap to discuss. No text question.
        #expect(!delivery.findings.contains { $0.kind == .understandingGap || $0.questionID == "comment" })
    }

    @Test func noGapMeansNoFinding() throws {
        let same =
            FacilitationFixture.cell("Acme", .management, vision: [4, 4, 4])
            + FacilitationFixture.cell("Acme", .execution, vision: [4, 4, 4])
            + FacilitationFixture.cell("Acme", .management, vision: [4, 4, 4]).map {
                var s = $0
                s.partner = "Globex"
                return s
            }
            + FacilitationFixture.cell("Acme", .execution, vision: [4, 4, 4]).map {
                var s = $0
                s.partner = "Globex"
                return s
            }
        let findings = ranker.findings(in: try FacilitationFixture.report(same))
        // Everyone answers alike; only Globex's guesses are off (it guesses Acme's guesses):
        // 5 about a vision at 4 (a quarter of the range) and 24 about 12 months (a fifth): small.
        #expect(findings.flatMap(\.findings).map(\.kind) == [.understandingGap, .understandingGap])
        #expect(findings.flatMap(\.findings).allSatisfy { $0.magnitude == .small })
    }

    @Test func aDispersedGroupIsNamedAndRanksBelowACleanGapOfTheSameBand() throws {
        var submissions = FacilitationFixture.round1()
        // Acme's execution team splits 1, 5, 1 on the vision; Acme's management agrees at 3.
        submissions.removeAll { $0.partner == "Acme" }
        submissions +=
            FacilitationFixture.cell("Acme", .management, vision: [3, 3, 3])
            + FacilitationFixture.cell("Acme", .execution, vision: [1, 5, 1])
        let vision = try section("vision", in: try FacilitationFixture.report(submissions), limit: 10)
        let dispersed = try #require(vision.findings.first { $0.dispersed })
        // Acme as a whole (3, 3, 3, 1, 5, 1) agrees no more than its execution team: rwg 0 both.
        #expect(dispersed.kind == .dispersedGroup && dispersed.group == GroupKey(partner: "Acme"))
        #expect(
            dispersed.prompt.text
                == "Answers within Acme to “we share one vision” are spread widely, from 1 to 5. "
                + "What different experiences sit behind the spread?")
        for (index, finding) in vision.findings.enumerated() where finding.dispersed {
            #expect(!vision.findings[(index + 1)...].contains { !$0.dispersed && $0.magnitude == finding.magnitude })
        }
    }

    @Test func aHiddenGroupNeverAppearsInAFinding() throws {
        // Globex's execution team has two submissions: every cell and both levels are hidden.
        var submissions = FacilitationFixture.round1()
        submissions.removeLast()
        let ranker = FindingRanker(workshop: FacilitationFixture.workshop, limit: 50)
        let report = try FacilitationFixture.report(submissions)
        let findings = ranker.findings(in: report).flatMap(\.findings)
        #expect(!findings.isEmpty)
        for finding in findings {
            for group in [finding.gap?.from, finding.gap?.to, finding.group].compactMap({ $0 }) {
                #expect(group.level == nil, "\(finding.prompt.text)")
            }
            #expect(!finding.prompt.text.contains("management") && !finding.prompt.text.contains("execution"))
        }
    }

    @Test func theEarlierRoundIsShownBesideTheGap() throws {
        let first = try FacilitationFixture.report(FacilitationFixture.round1())
        let second = try FacilitationFixture.report(FacilitationFixture.round2(), round: 2, comparingTo: first)
        let vision = try section("vision", in: second, limit: 10)
        let level = try #require(vision.findings.first { $0.gap?.partner == "Globex" })
        #expect(level.earlierGap?.meanDifference.map { abs($0 + 7.0 / 3) < 1e-12 } == true)
        #expect(level.detail.hasSuffix("round 1: −2.3, now −0.7"))
    }

    @Test(arguments: [
        ("We share one vision.", "“we share one vision”"),
        ("KPIs are clear.", "“KPIs are clear”"),
        ("Acme delivers on time.", "“Acme delivers on time”"),
        ("I trust them.", "“I trust them”"),
        ("How soon do you expect results?", "“How soon do you expect results?”"),
        ("Who should benefit most? Put them in order.", "“Who should benefit most? Put them in order.”"),
    ])
    func promptsAreQuotedAsPartOfASentence(prompt: String, quoted: String) {
        #expect(QuotedPrompt.quote(prompt, names: ["Acme", "Globex"]) == quoted)
    }

    @Test func aScaleQuestionAskedAsAQuestionIsAnsweredNotRated() throws {
        var workshop = FacilitationFixture.workshop
        workshop.sections[0].questions[0].prompt = LocalizedText("How much do we share one vision?")
        let report = try FacilitationFixture.report(FacilitationFixture.round1(), workshop: workshop)
        let finding = try #require(
            FindingRanker(workshop: workshop).findings(in: report)[0].findings.first { $0.kind == .levelGap })
        #expect(
            finding.prompt.observation.hasPrefix(
                "Globex's execution team answers “How much do we share one vision?” 2.3 points lower"))
    }

    @Test func groupNamesAgreeWithTheirVerbs() {
        #expect(GroupPhrase.subject(GroupKey(level: .execution)) == ("The execution teams on both sides", true))
        #expect(GroupPhrase.verb("rates", plural: true) == "rate")
        #expect(GroupPhrase.verb("does", plural: true) == "do")
        #expect(GroupPhrase.object(GroupKey(partner: "Acme", level: .management)) == "Acme's management")
    }
}
