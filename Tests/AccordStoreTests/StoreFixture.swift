import AccordCore
import AccordStore
import Foundation
import GRDB

/// A workshop built in code (the loader is another module's concern) and a store in a
/// temporary folder that reads every snapshot as that workshop.
struct StoreFixture {
    static let agree5 = Scale(
        id: "agree5", points: (1...5).map { Scale.Point(value: $0, label: LocalizedText("point \($0)")) })

    static func workshop(minGroupSize: Int = 3, minGroupSizeForText: Int = 5) -> Workshop {
        Workshop(
            id: "store-test", version: "1.0.0", title: LocalizedText("Store test"),
            anonymity: AnonymityThresholds(minGroupSize: minGroupSize, minGroupSizeForText: minGroupSizeForText),
            scales: [agree5],
            sections: [
                Section(
                    id: "main", title: LocalizedText("Main"),
                    questions: [
                        Question(
                            id: "vision", kind: .scale(agree5), prompt: LocalizedText("We share one vision."),
                            predict: true, allowDontKnow: true),
                        Question(
                            id: "goal",
                            kind: .choice([
                                Option(id: "markets", label: LocalizedText("New markets")),
                                Option(id: "cost", label: LocalizedText("Lower cost")),
                            ]), prompt: LocalizedText("Top goal?")),
                        Question(
                            id: "months", kind: .number(NumberRange(min: 0, max: 1000, integer: true)),
                            prompt: LocalizedText("Months?"), required: false),
                        Question(id: "trust", kind: .yesno, prompt: LocalizedText("Trust?"), required: false),
                        Question(
                            id: "comment", kind: .text(maxLength: 200), prompt: LocalizedText("Comment?"),
                            required: false),
                    ])
            ])
    }

    let folder: URL
    let path: String
    let store: AnswerStore
    let workshop: Workshop

    init(workshop: Workshop = StoreFixture.workshop()) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("nested/accord.sqlite").path
        self.workshop = workshop
        store = try AnswerStore(path: path, busyTimeout: 10, snapshotLoader: { _, _ in workshop })
    }

    /// Makes a session `s` for Acme and Globex.
    @discardableResult
    func session(_ id: String = "s") throws -> StoredSession {
        try store.createSession(
            id: id, snapshot: Data(#"{"id":"store-test"}"#.utf8), workshop: workshop, partners: ["Acme", "Globex"])
    }

    /// A valid submission.
    static func submission(
        partner: String = "Acme", level: Level = .management, vision: Int = 4, months: Int? = nil,
        comment: String? = nil,
        round: Int? = nil
    ) -> Submission {
        var answers: [String: Answer] = ["vision": .scale(vision), "goal": .choice("markets")]
        if let months { answers["months"] = .number(Double(months)) }
        if let comment { answers["comment"] = .text(comment) }
        return Submission(
            partner: partner, level: level, round: round, answers: answers, predictions: ["vision": .scale(3)])
    }

    /// A second, raw connection to the same file, as someone holding the file would use it.
    func raw() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The bytes of the database file and its write-ahead log, if any.
    func fileBytes() throws -> Data {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
        return data
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension Data {
    /// Whether `text`'s UTF-8 bytes occur in the data.
    func contains(_ text: String) -> Bool { range(of: Data(text.utf8)) != nil }
}
