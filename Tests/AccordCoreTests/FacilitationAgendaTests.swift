import Testing

@testable import AccordCore

/// The agenda, the countdown and the submission counts the facilitator's console shows.
@Suite struct FacilitationAgendaTests {
    @Test func theAgendaIsTheWorkshopsSectionsWithTheirNotesAndTimeboxes() throws {
        let agenda = Agenda(workshop: FacilitationFixture.workshop)
        #expect(agenda.title == "Common vision" && agenda.description == "Where do we stand?")
        #expect(agenda.phases.map(\.id) == ["vision", "delivery"])
        #expect(agenda.phases[0].number == 1 && agenda.phases[0].questionCount == 2)
        #expect(agenda.phases[0].introduction == "First, where we are heading.")
        #expect(agenda.phases[0].facilitatorNotes == "Let management speak last.")
        #expect(agenda.totalMinutes == 35)
        #expect(try agenda.phase("2").id == "delivery")
        #expect(try agenda.phase("VISION").number == 1)
        #expect(throws: FacilitationError.unknownSection("3")) { try agenda.phase("3") }
    }

    @Test(arguments: [
        (15, 0, "15:00 left of 15:00"),
        (15, 150, "12:30 left of 15:00"),
        (15, 900, "time is up (15:00)"),
        (15, 1030, "2:10 over 15:00"),
        (90, 5, "1:29:55 left of 1:30:00"),
    ])
    func theCountdownSaysWhatIsLeftOrHowFarOver(minutes: Int, elapsed: Int, text: String) {
        #expect(Countdown(timeboxMinutes: minutes, elapsedSeconds: elapsed).text == text)
    }

    @Test func countsShowEveryGroupOnceEveryCellHasReachedTheThreshold() {
        let progress = SubmissionProgress(
            round: 1, isOpen: true, thresholds: AnonymityThresholds(), partners: ["Acme", "Globex"],
            cellCounts: [
                GroupKey(partner: "Acme", level: .management): 3, GroupKey(partner: "Acme", level: .execution): 4,
                GroupKey(partner: "Globex", level: .management): 5, GroupKey(partner: "Globex", level: .execution): 3,
            ])
        #expect(progress.everyGroupShown)
        #expect(
            progress.rows.map { SubmissionProgress.text($0.count) } == ["15", "7", "8", "8", "7", "3", "4", "5", "3"])
    }

    @Test func aSmallGroupAndTheGroupsThatWouldGiveItAwayAreAllJustHidden() {
        let progress = SubmissionProgress(
            round: 1, isOpen: true, thresholds: AnonymityThresholds(), partners: ["Acme", "Globex"],
            cellCounts: [
                GroupKey(partner: "Acme", level: .management): 4, GroupKey(partner: "Acme", level: .execution): 2,
                GroupKey(partner: "Globex", level: .management): 5, GroupKey(partner: "Globex", level: .execution): 3,
            ])
        #expect(!progress.everyGroupShown)
        let byGroup = Dictionary(uniqueKeysWithValues: progress.rows.map { ($0.group, $0.count) })
        #expect(byGroup[.everyone] == .shown(14))
        #expect(byGroup[GroupKey(partner: "Acme")] == .shown(6) && byGroup[GroupKey(partner: "Globex")] == .shown(8))
        // The small cell and every group that would give it away (otherwise 2 = 6 − 4), alike.
        for group in [
            GroupKey(partner: "Acme", level: .execution),
            GroupKey(level: .management), GroupKey(level: .execution), GroupKey(partner: "Acme", level: .management),
            GroupKey(partner: "Globex", level: .management), GroupKey(partner: "Globex", level: .execution),
        ] {
            #expect(byGroup[group] == .hidden, "\(group)")
        }
        #expect(!progress.rows.contains { $0.count == .shown(2) || $0.count == .shown(4) })
    }

    @Test func anEmptyRoundShowsNoNumberAtAll() {
        let progress = SubmissionProgress(
            round: 2, isOpen: true, thresholds: AnonymityThresholds(minGroupSize: 5), partners: ["Acme", "Globex"],
            cellCounts: [GroupKey(partner: "Acme", level: .management): 1])
        #expect(progress.rows.allSatisfy { $0.count == .hidden })
        #expect(SubmissionProgress.text(progress.rows[0].count) == "hidden")
    }
}
