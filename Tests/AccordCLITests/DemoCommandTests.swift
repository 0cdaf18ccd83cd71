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

    /// The shipped workshops travel with the binary: the demos run from any folder.
    @Test func theDemosRunFromAnyFolder() throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try AccordProcess.run(["demo"], currentDirectory: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.hasPrefix("ACCORD ALIGNMENT REPORT\nPartnership health check"))
        let database = folder.appendingPathComponent("accord.sqlite").path
        let facilitate = try AccordProcess.run(
            ["facilitate", "--demo", "--db", database], stdin: "agenda\nquit\n", currentDirectory: folder)
        #expect(facilitate.status == 0, "\(facilitate.stderr)")
        #expect(facilitate.stdout.contains("Agenda: "))
        let session = try AccordProcess.run(
            ["session", "new", "--workshop", "discovery-phase", "--partners", "Acme,Globex", "--db", database],
            currentDirectory: folder)
        #expect(session.status == 0, "\(session.stderr)")
    }

    @Test func anUnknownWorkshopNameListsTheBuiltInOnes() throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try AccordProcess.run(["demo", "--workshop", "common-visoin"], currentDirectory: folder)
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "no workshop file at common-visoin, and no built-in workshop of that name (built in: candid-feedback, "
                    + "common-vision, discovery-phase, partnership-health-check; see 'accord workshops')"))
        #expect(result.stdout.isEmpty)
    }

    @Test func workshopsListsTheBuiltInWorkshopsAndAPathStillWins() throws {
        let list = try AccordProcess.run(["workshops"])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true)
        #expect(lines.contains { $0.hasPrefix("common-vision") && $0.contains("en,de") && $0.hasSuffix("Common vision: where we are going together") })
        #expect(lines.count == 5)
        // A file that exists is read, even where a built-in workshop has its name.
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{}".utf8).write(to: folder.appendingPathComponent("common-vision"))
        let result = try AccordProcess.run(["demo", "--workshop", "common-vision"], currentDirectory: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("common-vision:1:"))
    }
}
