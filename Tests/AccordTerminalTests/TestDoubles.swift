import AccordCore
import AccordTerminal
import Foundation
import Synchronization

/// An in-memory `AnswerRecorder`: the store cannot run in AccordTerminal's unit tests (the
/// layers never depend on each other); end-to-end runs through the store are in AccordCLITests.
final class MemoryRecorder: AnswerRecorder {
    struct State {
        var drafts: [String: Draft] = [:]
        var submitted: [Submission] = []
        var saves = 0
        var nextCode = 1
    }

    let state = Mutex(State())
    let workshop: Workshop

    init(workshop: Workshop) { self.workshop = workshop }

    func startDraft(session: String, partner: String, level: Level) throws -> Draft {
        state.withLock { state in
            let draft = Draft(code: "C\(state.nextCode)", sessionID: session, round: 1, partner: partner, level: level)
            state.nextCode += 1
            state.drafts[draft.code] = draft
            return draft
        }
    }

    func saveDraft(_ draft: Draft) throws {
        state.withLock {
            $0.drafts[draft.code] = draft
            $0.saves += 1
        }
    }

    func loadDraft(code: String) throws -> Draft? { state.withLock { $0.drafts[code] } }

    func submitDraft(_ draft: Draft) throws {
        let problems = draft.submission.problems(in: workshop)
        if let problem = problems.first { throw problem }
        state.withLock {
            $0.submitted.append(draft.submission)
            $0.drafts[draft.code] = nil
        }
    }

    func discardDraft(code: String) throws { state.withLock { $0.drafts[code] = nil } }
}

/// A line reader fed from a script: the real readline needs a terminal, which the
/// AccordCLITests drive through a pseudo-terminal.
final class ScriptedLineReader: LineReader {
    enum Entry {
        case line(String)
        case interrupt, end, closeRequest
    }

    let isInteractive: Bool
    private var script: [Entry]
    private(set) var requests: [LineRequest] = []
    /// Lines a participant could recall with the Up arrow.
    private(set) var history: [String] = []
    /// The history as it was when each line was read.
    private(set) var historyAtEachRead: [[String]] = []

    init(_ script: [Entry], interactive: Bool = true) {
        self.script = script
        self.isInteractive = interactive
    }

    convenience init(lines: [String], interactive: Bool = true) {
        self.init(lines.map(Entry.line), interactive: interactive)
    }

    func readLine(_ request: LineRequest) throws(LineReadError) -> String {
        requests.append(request)
        historyAtEachRead.append(history)
        guard !script.isEmpty else { throw .endOfInput }
        switch script.removeFirst() {
        case .line(let line):
            if !line.isEmpty { history.append(line) }
            return line
        case .interrupt: throw .interrupted
        case .end: throw .endOfInput
        case .closeRequest: throw .closeRequested
        }
    }

    func forgetHistory() { history = [] }

    /// The number of lines read when keys typed ahead were dropped, one entry per drop.
    private(set) var discardedAt: [Int] = []

    func discardPendingInput() { discardedAt.append(requests.count) }
}

/// A screen writing to a temporary file, read back by tests.
final class CapturedScreen {
    private let file: UnsafeMutablePointer<FILE>
    let screen: Screen

    init(accessible: Bool = false) {
        file = tmpfile()
        screen = Screen(stream: file, style: Style(colour: false), accessible: accessible)
    }

    deinit { fclose(file) }

    var text: String {
        fflush(file)
        let length = ftell(file)
        rewind(file)
        var bytes = [UInt8](repeating: 0, count: length)
        _ = fread(&bytes, 1, length, file)
        fseek(file, 0, SEEK_END)
        return String(decoding: bytes, as: UTF8.self)
    }
}

enum TerminalSample {
    static let agree4 = Scale(
        id: "agree4",
        points: ["Disagree", "Rather disagree", "Rather agree", "Agree"].enumerated().map {
            Scale.Point(value: $0.offset + 1, label: LocalizedText($0.element))
        })

    static let workshop = Workshop(
        id: "sample", version: "1.0.0", title: LocalizedText("Sample"), scales: [agree4],
        sections: [
            Section(
                id: "vision", title: LocalizedText("Common vision"), introduction: LocalizedText("Where are we going?"),
                questions: [
                    Question(
                        id: "vision-shared", kind: .scale(agree4), prompt: LocalizedText("We share one vision."),
                        help: LocalizedText("Think of the last quarter."), predict: true),
                    Question(
                        id: "top-goal",
                        kind: .choice([
                            Option(id: "new-markets", label: LocalizedText("New markets")),
                            Option(id: "cost", label: LocalizedText("Lower cost")),
                        ]),
                        prompt: LocalizedText("Top goal?")),
                    Question(
                        id: "which-markets", kind: .text(maxLength: 100), prompt: LocalizedText("Which markets?"),
                        condition: .equals(question: "top-goal", .option("new-markets"))),
                    Question(
                        id: "comment", kind: .text(maxLength: 100), prompt: LocalizedText("Anything else?"),
                        required: false),
                ])
        ])

    static func runner(
        reader: ScriptedLineReader, recorder: MemoryRecorder, screen: Screen
    ) -> InterviewRunner {
        InterviewRunner(
            workshop: workshop, sessionID: "s1", partners: ["Acme", "Globex"], recorder: recorder, reader: reader,
            screen: screen, resumeCommand: { "accord run --resume \($0)" })
    }
}
