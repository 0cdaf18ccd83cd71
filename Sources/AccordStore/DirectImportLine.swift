import AccordCore

/// The fast path of an import line: its bytes read straight into answer slots by question
/// position (the way `StoredAnswerReader` reads stored rows), checked by position
/// (`SubmissionPlan.accepts`) and written as stored JSON in a fixed key order, with no
/// `JSONValue` tree, no dictionary by question id and no sorting per row.
///
/// It only ever accepts: a line it would refuse, or does not understand (an unknown key, a
/// duplicate, escapes in a key or an option id, a number it cannot read exactly, any problem
/// at all), it hands back as `nil`, and the general path (`ImportLine` and
/// `AnswerStore.problems`) reads it, so every refusal is worded there, line for line as before.
/// What it accepts is stored byte for byte as the general path would store it.
struct DirectImportLine: Sendable {
    private let session: StoredSession
    private let plan: SubmissionPlan
    private let reader: StoredAnswerReader
    private let layout: StoredJSON.Layout
    /// Each question's id as UTF-8, by position.
    private let ids: [[UInt8]]
    /// Positions of text questions, whose answers are normalised, trimmed and masked.
    private let isText: [Bool]
    /// Each partner's UTF-8, and the session's spelling the general path would store for it
    /// (the first partner equal to it).
    private let partnerBytes: [[UInt8]]
    private let partnerSpellings: [String]

    private static let partnerKey = Array("partner".utf8)
    private static let levelKey = Array("level".utf8)
    private static let roundKey = Array("round".utf8)
    private static let answersKey = Array("answers".utf8)
    private static let predictionsKey = Array("predictions".utf8)

    /// Slots one worker reuses from line to line.
    struct Scratch {
        var answers: [Answer?]
        var predictions: [Answer?]
        var seen: [Bool]

        init(questionCount: Int) {
            answers = Array(repeating: nil, count: questionCount)
            predictions = answers
            seen = Array(repeating: false, count: questionCount)
        }
    }

    /// The fast path for lines of `session`, whose workshop `plan` lays out.
    init(session: StoredSession, plan: SubmissionPlan) {
        self.session = session
        self.plan = plan
        reader = StoredAnswerReader(workshop: session.workshop)
        precondition(reader.questionCount == plan.questions.count)
        layout = StoredJSON.Layout(questions: plan.questions)
        ids = plan.questions.map { Array($0.id.utf8) }
        isText = plan.questions.map { $0.type == .text }
        partnerBytes = session.partners.map { Array($0.utf8) }
        partnerSpellings = session.partners.map { partner in session.partners.first(where: { $0 == partner })! }
    }

    /// The row for the line `bytes`, or `nil` when the general path must read it.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> AnswerStore.CheckedSubmission? {
        for position in scratch.seen.indices {
            scratch.answers[position] = nil
            scratch.predictions[position] = nil
        }
        var cursor = StoredAnswerReader.Cursor(bytes: bytes)
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var partner: String?
        var level: Level?
        var round: Int?
        var sawRound = false
        var sawAnswers = false
        var sawPredictions = false
        repeat {
            guard let key = cursor.plainString(), cursor.take(UInt8(ascii: ":")) else { return nil }
            if Self.equal(key, Self.partnerKey) {
                guard partner == nil, let name = cursor.string(), let spelling = self.partner(name) else { return nil }
                partner = spelling
            } else if Self.equal(key, Self.levelKey) {
                guard level == nil, let name = cursor.plainString(),
                    let known = Level(rawValue: String(decoding: name, as: UTF8.self))
                else { return nil }
                level = known
            } else if Self.equal(key, Self.roundKey) {
                guard !sawRound else { return nil }
                sawRound = true
                if !cursor.take(literal: "null") {
                    guard let (_, number) = cursor.number(), let number, number >= 1, number < 1_000_000_000 else {
                        return nil
                    }
                    round = number
                }
            } else if Self.equal(key, Self.answersKey) {
                guard !sawAnswers, readAnswers(at: &cursor, into: &scratch.answers, seen: &scratch.seen) else {
                    return nil
                }
                sawAnswers = true
            } else if Self.equal(key, Self.predictionsKey) {
                guard !sawPredictions, readAnswers(at: &cursor, into: &scratch.predictions, seen: &scratch.seen)
                else { return nil }
                sawPredictions = true
            } else {
                return nil
            }
        } while cursor.take(UInt8(ascii: ","))
        guard cursor.take(UInt8(ascii: "}")), cursor.isAtEnd(), let partner, let level, sawAnswers,
            let round = self.round(round),
            plan.accepts(answers: scratch.answers, predictions: scratch.predictions)
        else { return nil }
        for position in isText.indices where isText[position] {
            if let answer = scratch.answers[position] { scratch.answers[position] = TextMasking.masked(answer) }
        }
        return AnswerStore.CheckedSubmission(
            round: round, partner: partner, level: level,
            answers: StoredJSON.encode(scratch.answers, layout: layout),
            predictions: StoredJSON.encode(scratch.predictions, layout: layout))
    }

    /// Reads an object of answers keyed by question id into `slots`, as the general path reads
    /// it (text normalised and trimmed, a blank one left out); false for anything else.
    /// `seen` marks the ids read, so that a duplicate is caught even when its answer was blank.
    private func readAnswers(
        at cursor: inout StoredAnswerReader.Cursor, into slots: inout [Answer?], seen: inout [Bool]
    ) -> Bool {
        for position in seen.indices { seen[position] = false }
        guard cursor.take(UInt8(ascii: "{")) else { return false }
        if cursor.take(UInt8(ascii: "}")) { return true }
        var expected = 0
        repeat {
            guard let key = cursor.plainString(), let position = position(of: key, expected: expected),
                !seen[position], cursor.take(UInt8(ascii: ":")),
                let answer = reader.answer(to: position, at: &cursor)
            else { return false }
            seen[position] = true
            expected = position + 1
            if case .text(let text) = answer {
                // The general path's text: JSONReader's normalisation, then the typed-text trim.
                slots[position] = TextNormalization.entered(.text(TextNormalization.normalized(text)))
            } else {
                slots[position] = answer
            }
        } while cursor.take(UInt8(ascii: ","))
        return cursor.take(UInt8(ascii: "}"))
    }

    /// The position of the question whose id is `key`; keys mostly come in asking order, so the
    /// one after the last is tried first.
    private func position(of key: UnsafeBufferPointer<UInt8>, expected: Int) -> Int? {
        if expected < ids.count, Self.equal(key, ids[expected]) { return expected }
        return plan.position(of: String(decoding: key, as: UTF8.self))
    }

    /// The session's spelling of the partner whose name is spelt exactly `name`; `nil` for any
    /// other name (the general path decides whether it is a partner after normalising it).
    private func partner(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes in
            for index in partnerBytes.indices where Self.equal(bytes, partnerBytes[index]) {
                return partnerSpellings[index]
            }
            return nil
        }
    }

    /// The round a line goes to, as `AnswerStore.problems` decides it; `nil` for a refusal.
    private func round(_ requested: Int?) -> Int? {
        guard let requested else { return session.openRound }
        return session.rounds.first(where: { $0.number == requested })?.isOpen == true ? requested : nil
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        guard bytes.count == other.count else { return false }
        for index in 0..<bytes.count where bytes[index] != other[index] { return false }
        return true
    }
}
