import AccordCore
import Foundation
import Testing

@testable import AccordTerminal

/// Issue 14 in the kiosk: each participant chooses a language at the start; the next one
/// starts again from the choice, and the answers are stored the same in every language.
@Suite struct KioskLanguageTests {
    static let workshop: Workshop = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/trilingual-workshop.json")
        return try! WorkshopLoader().load(try! Data(contentsOf: url), file: "trilingual-workshop.json")
    }()

    @Test func eachParticipantChoosesTheirLanguage() throws {
        let recorder = MemoryRecorder(workshop: Self.workshop)
        let output = CapturedScreen()
        let german = ["", "Deutsch", "1", "Umsetzung", "Stimme zu", "Ein gemeinsamer Plan", "2,5", "ja", "ja"]
        let english = ["", "en", "1", "execution", "Agree", "A joint plan", "2.5", "yes", "yes"]
        let reader = ScriptedLineReader(lines: german + english + ["the end"])
        let runner = InterviewRunner(
            workshop: Self.workshop, sessionID: "s1", partners: ["Acme", "Globex"], recorder: recorder,
            reader: reader, screen: output.screen, resumeCommand: { "accord run --resume \($0)" }, kiosk: true)
        let kiosk = KioskRunner(
            runner: runner, reader: reader, screen: output.screen,
            settings: KioskSettings(exitPhrase: "the end", resetSeconds: 0), pause: { _ in })
        #expect(throws: RunnerError.kioskClosed(submitted: 2)) { try kiosk.run() }
        let text = output.text
        // The start screen speaks every offered language; each participant is asked.
        #expect(text.components(separatedBy: "Français").count == 3, "the languages offered to each participant")
        #expect(text.contains("Which language would you like to answer in?"))
        #expect(text.contains("Vielen Dank. Ihre Antworten sind eingegangen."))
        #expect(text.contains("Thank you. Your answers are in."))
        let submitted = recorder.state.withLock { $0.submitted }
        #expect(submitted.count == 2)
        #expect(submitted.first?.answers == submitted.last?.answers)
        #expect(submitted.first?.answers["meetings"] == .number(2.5))
    }
}
