import Foundation
import Testing

@Suite struct ImportCommandTests {
    @Test func aGoodFileIsImportedAndABadOneIsRefusedWhole() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let good = try fixture.file("good.jsonl", (0..<5).map { StoreCLIFixture.line(index: $0) })
        let imported = try fixture.accord(["import", "--session", id, good])
        #expect(imported.status == 0 && imported.stdout.contains("Imported 5 submissions"))

        let bad = try fixture.file(
            "bad.jsonl",
            [
                StoreCLIFixture.line(),
                #"{"partner": "Acme", "level": "management", "answers": {"vision": 7, "goal": "cost"}}"#,
                StoreCLIFixture.line(),
                #"{"partner": "Acme", "level": "management", "answers": {"goal": "cost"}, "when": "today"}"#,
                "not json",
            ])
        let refused = try fixture.accord(["import", "--session", id, bad])
        #expect(refused.status != 0)
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(bad):2: question 'vision'") })
        #expect(lines.contains { $0.hasPrefix("\(bad):4: unknown key 'when'") })
        #expect(lines.contains { $0.hasPrefix("\(bad):4: question 'vision': this question is required") })
        #expect(lines.contains { $0.hasPrefix("\(bad):5: not valid JSON") })
        #expect(!lines.contains { $0.hasPrefix("\(bad):1:") || $0.hasPrefix("\(bad):3:") })
        #expect(try fixture.submissionCount() == 5)
    }

    /// The import line of product.md ("Contracts that outside tools read"), into a session of
    /// the shipped discovery-phase workshop.
    @Test func theDocumentedImportLineImports() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let workshop = AccordProcess.repositoryRoot.appendingPathComponent("questionnaires/discovery-phase.json").path
        let created = try fixture.accord(["session", "new", "--workshop", workshop, "--partners", "Acme,Globex"])
        let id = created.stdout.trimmingCharacters(in: .newlines)
        let line = """
            {"partner": "Acme", "level": "management", "round": 1, \
            "answers": {"vision-shared": 4, "top-goal": "new-markets", "kpis": ["cost", "customers"], \
            "priorities": ["markets", "cost", "customers"], "months-to-results": 12, \
            "open-comment": "free text", "trust-open": true}, "predictions": {"vision-shared": 3}}
            """
        let result = try fixture.accord(["import", "--session", id, try fixture.file("product.jsonl", [line])])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fixture.submissionCount() == 1)
    }

    @Test func aKilledImportLeavesAllOrNothingAndAValidDatabase() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let count = 100_000
        let file = try fixture.largeFile("large.jsonl", count: count)
        var stored = 0
        // Kill at several moments: while lines are checked, while rows are moved into place,
        // around the commit. Each time the import is all there or not there at all.
        let killedMidway = try fixture.killRepeatedly(["import", "--session", id, file]) { delay in
            #expect(try fixture.integrity() == "ok")
            let now = try fixture.submissionCount()
            #expect(now == stored || now == stored + count, "after a kill at \(delay) s: \(now) submissions")
            stored = now
        }
        #expect(killedMidway >= 2, "the imports finished before they could be killed; make the file larger")
        // And the database still works: the same import now runs to the end.
        let again = try fixture.accord(["import", "--session", id, file])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try fixture.submissionCount() == stored + count)
        #expect(try fixture.integrity() == "ok")
    }

    @Test func ctrlCStopsAnImportWithAMessageAndStoresNothing() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let file = try fixture.largeFile("large.jsonl", count: 100_000)
        let process = Process()
        process.executableURL = AccordProcess.executable
        process.arguments = ["import", "--session", id, file]
        process.environment = ProcessInfo.processInfo.environment.merging(fixture.environment) { $1 }
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        usleep(700_000)
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(message.contains("Interrupted: the import did not finish and nothing of it was stored."))
        #expect(try fixture.submissionCount() == 0)
        #expect(try fixture.integrity() == "ok")
    }

    @Test func twoWritersAtOnceLoseNothing() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let first = try fixture.largeFile("first.jsonl", count: 20_000)
        let second = try fixture.largeFile("second.jsonl", count: 20_000)
        let results = LockedResults()
        let group = DispatchGroup()
        for file in [first, second] {
            group.enter()
            Thread {
                results.append(try? fixture.accord(["import", "--session", id, file]))
                group.leave()
            }.start()
        }
        group.wait()
        #expect(results.statuses == [0, 0])
        #expect(try fixture.submissionCount() == 40_000)
        #expect(try fixture.integrity() == "ok")
    }
}

/// Results collected from threads.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [AccordProcess.Result?] = []
    func append(_ result: AccordProcess.Result?) { lock.withLock { results.append(result) } }
    var statuses: [Int32?] { lock.withLock { results.map { $0?.status } } }
}
