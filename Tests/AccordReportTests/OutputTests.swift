import AccordCore
import AccordReport
import Foundation
import Testing

/// Writing a report to a file, and deciding on colour and width.
@Suite struct OutputTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-output-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test func writesAndReplacesWholeFilesLeavingNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.html").path
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second, longer", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }

    @Test func aMissingFolderIsAClearErrorAndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("no/such/folder/report.html").path
        #expect(throws: ReportError.self) { try AtomicFile.write("x", to: path) }
        do {
            try AtomicFile.write("x", to: path)
        } catch {
            #expect(error.errorDescription?.contains("does not exist") == true)
            #expect(error.errorDescription?.contains(path) == true)
        }
    }

    @Test func aFailedRenameLeavesTheTargetAndNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // The target is a folder with something in it: the rename must fail, even as root.
        let target = folder.appendingPathComponent("report.txt")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: target.appendingPathComponent("inside"))
        #expect(throws: ReportError.self) { try AtomicFile.write("new", to: target.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
        #expect(try String(contentsOf: target.appendingPathComponent("inside"), encoding: .utf8) == "keep")
    }

    @Test func colourOnlyOnATerminalWithoutNoColour() {
        #expect(ColourPolicy.allowsColour(stdoutIsTerminal: true, writingToFile: false, environment: ["TERM": "xterm"]))
        #expect(!ColourPolicy.allowsColour(stdoutIsTerminal: false, writingToFile: false, environment: [:]))
        #expect(!ColourPolicy.allowsColour(stdoutIsTerminal: true, writingToFile: true, environment: [:]))
        #expect(!ColourPolicy.allowsColour(stdoutIsTerminal: true, writingToFile: false, environment: ["NO_COLOR": "1"]))
        #expect(ColourPolicy.allowsColour(stdoutIsTerminal: true, writingToFile: false, environment: ["NO_COLOR": ""]))
        #expect(!ColourPolicy.allowsColour(stdoutIsTerminal: true, writingToFile: false, environment: ["TERM": "dumb"]))
    }

    @Test func widthFromTheTerminalThenColumnsThen80() {
        #expect(ColourPolicy.width(terminalColumns: 132, environment: ["COLUMNS": "100"]) == 132)
        #expect(ColourPolicy.width(terminalColumns: nil, environment: ["COLUMNS": "100"]) == 100)
        #expect(ColourPolicy.width(terminalColumns: 0, environment: [:]) == 80)
    }

    @Test func anOpenRoundErrorNamesTheRoundAndTheFlag() {
        let message = ReportError.roundOpen(session: "s-1", round: 2).errorDescription ?? ""
        #expect(message.contains("round 2 of session s-1 is still open"))
        #expect(message.contains("--preview"))
    }
}
