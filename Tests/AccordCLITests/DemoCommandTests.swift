import Foundation
import Testing

/// `accord demo`: the whole flow on synthetic participants, run as the built executable.
@Suite struct DemoCommandTests {
    @Test func theDemoPrintsTheReportOfItsSecondRound() throws {
        let result = try AccordProcess.run(["demo"], currentDirectory: AccordProcess.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ACCORD ALIGNMENT REPORT\nPartnership health check"))
        #expect(result.stdout.contains("· round 2\n"))
        #expect(result.stdout.contains("since round 1"))
        #expect(result.stdout.contains("Largest gaps between Acme and Globex\n  1. "))
        #expect(result.stdout.contains("Largest gaps between management and execution\n  1. "))
        #expect(result.stdout.contains("round 1: hidden"), "the small first round shows as hidden in the trend")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is a pipe")
        #expect(result.stderr.contains("in a temporary database"))
    }

    @Test func theSameSeedGivesTheSameReportAndJSONIsMachineReadable() throws {
        let first = try AccordProcess.run(["demo", "--format", "json", "--seed", "4"], currentDirectory: AccordProcess.repositoryRoot)
        let second = try AccordProcess.run(["demo", "--format", "json", "--seed", "4"], currentDirectory: AccordProcess.repositoryRoot)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
        let strip = { (json: String) in json.replacing(/"id": "[a-z0-9]{8}"/, with: "ID").replacing(/"comments": \[[^\]]*\]/, with: "C") }
        #expect(strip(first.stdout) == strip(second.stdout), "only the random session id and comment order may differ")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(root["formatVersion"] as? Int == 1)
        #expect((root["comparison"] as? [String: Any])?["round"] as? Int == 1)
    }

    @Test func aMissingWorkshopIsAClearError() throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AccordProcess.run(["demo"], currentDirectory: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no workshop at questionnaires/partnership-health-check.json"))
        #expect(result.stdout.isEmpty)
    }
}
