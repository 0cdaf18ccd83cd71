import Foundation
import Testing

/// The CSV export and the CSV report opened in a real spreadsheet (LibreOffice Calc, headless,
/// through `scripts/check-spreadsheet.py`): no formula evaluated, no record split, accents
/// intact. CI installs LibreOffice (`.ci/run`); without `soffice` the test is skipped and says why.
@Suite(.enabled(if: LibreOffice.isInstalled, "LibreOffice (soffice) is not installed; CI installs libreoffice-calc-nogui"))
struct SpreadsheetTests {
    static let checker = AccordProcess.repositoryRoot.appendingPathComponent("scripts/check-spreadsheet.py")

    @Test(arguments: [["export", "--format", "csv"], ["report", "--format", "csv"]])
    func aSpreadsheetOpensTheCSVWithoutRunningAnything(command: [String]) throws {
        let strings = try HostileStringsTests.corpus() + ["Zürich Logistik", "Müller & Söhne, Genève"]
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let workshop = fixture.folder.appendingPathComponent("hostile.json")
        try Data(try HostileStringsTests.workshop(strings).utf8).write(to: workshop)
        try #require(
            try fixture.accord(["session", "new", "--workshop", workshop.path, "--partners", "Acme,Globex", "--id", "h"])
                .status == 0)
        let lines = try HostileStringsTests.importLines(strings)
        try #require(try fixture.accord(["import", "--session", "h", try fixture.file("h.jsonl", lines)]).status == 0)
        try #require(try fixture.accord(["round", "close", "--session", "h"]).status == 0)
        let result = try fixture.accord(command + ["--session", "h"])
        try #require(result.status == 0, "\(result.stderr)")
        let csv = fixture.folder.appendingPathComponent("out.csv")
        try Data(result.stdout.utf8).write(to: csv)
        let check = HostileStringsTests.python([Self.checker.path, csv.path, HostileStringsTests.corpusPath.path])
        #expect(check.status == 0, "\(command.joined(separator: " ")):\n\(check.output)")
    }
}

/// Whether LibreOffice's `soffice` is on the `PATH`.
enum LibreOffice {
    static var isInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/soffice")
        }
    }
}
