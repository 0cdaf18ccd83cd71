import Foundation
import Testing

/// `accord report` on a session the demo leaves in a database.
@Suite struct ReportCommandTests {
    /// A database holding the demo session (two closed rounds) and the session id.
    static func demoDatabase() throws -> (folder: URL, db: String, session: String) {
        let folder = try AccordProcess.temporaryDirectory()
        let db = folder.appendingPathComponent("accord.sqlite").path
        let demo = try AccordProcess.run(["demo", "--db", db, "--format", "csv"], currentDirectory: AccordProcess.repositoryRoot)
        #expect(demo.status == 0, "\(demo.stderr)")
        let session = try #require(demo.stderr.firstMatch(of: /session ([a-z0-9]+),/)?.output.1)
        return (folder, db, String(session))
    }

    @Test func reportsEachRoundInEveryFormat() throws {
        let (folder, db, session) = try Self.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AccordProcess.run(["report", "--db", db, "--session", session, "--round", "1"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Globex · Management hidden") && !first.stdout.contains("hidden (fewer"))
        #expect(first.stdout.contains("Largest gaps between management and execution\n  Hidden: "))
        for format in ["markdown", "html", "json", "csv"] {
            let result = try AccordProcess.run(["report", "--db", db, "--session", session, "--format", format])
            #expect(result.status == 0 && !result.stdout.isEmpty, "\(format): \(result.stderr)")
        }
    }

    @Test func writesAFileAtomicallyAndNothingOnStdout() throws {
        let (folder, db, session) = try Self.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html").path
        let result = try AccordProcess.run(
            ["report", "--db", db, "--session", session, "--format", "html", "--compare-round", "1", "--output", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Trend since round 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)

        let missing = folder.appendingPathComponent("no/such/report.html").path
        let failed = try AccordProcess.run(["report", "--db", db, "--session", session, "--output", missing])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("cannot write the report to \(missing)"))
    }

    @Test func anOpenRoundNeedsPreview() throws {
        let (folder, db, session) = try Self.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try AccordProcess.run(["round", "open", "--db", db, "--session", session]).status == 0)
        let refused = try AccordProcess.run(["report", "--db", db, "--session", session])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("round 3 of session \(session) is still open"))
        #expect(refused.stderr.contains("--preview"))
        #expect(refused.stdout.isEmpty)
        let preview = try AccordProcess.run(["report", "--db", db, "--session", session, "--preview"])
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("PREVIEW: round 3 is still open."))
        #expect(preview.stdout.contains("Everyone hidden") && !preview.stdout.contains("hidden (fewer"), "an empty round shows nothing")
    }

    @Test func reportsInFrenchWithDecimalCommasAndRefusesAnUnknownLanguage() throws {
        let (folder, db, session) = try Self.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = try AccordProcess.run(["report", "--db", db, "--session", session, "--language", "fr"])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.hasPrefix("RAPPORT D'ALIGNEMENT ACCORD\n"))
        #expect(french.stdout.contains("Plus grands écarts entre direction et exécution"))
        #expect(french.stdout.contains("δ de Cliff −0,") || french.stdout.contains("δ de Cliff 0,"), "decimal commas")
        #expect(!french.stdout.contains("Largest gaps") && !french.stdout.contains("Cliff's δ"))
        let english = try AccordProcess.run(["report", "--db", db, "--session", session])
        #expect(english.stdout.hasPrefix("ACCORD ALIGNMENT REPORT\n"), "the demo workshop is English: English by default")
        let html = try AccordProcess.run(["report", "--db", db, "--session", session, "--language", "de", "--format", "html"])
        #expect(html.status == 0 && html.stdout.contains("<html lang=\"de\" dir=\"ltr\">"), "\(html.stderr)")

        let unknown = try AccordProcess.run(["report", "--db", db, "--session", session, "--language", "xx"])
        #expect(unknown.status != 0 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("'xx'") && unknown.stderr.contains("en, de, fr"), "\(unknown.stderr)")
    }

    @Test func badRoundsAndSessionsAreClearErrors() throws {
        let (folder, db, session) = try Self.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let noRound = try AccordProcess.run(["report", "--db", db, "--session", session, "--round", "9"])
        #expect(noRound.status != 0 && noRound.stderr.contains("has no round 9 (its rounds are 1 to 2)"))
        let later = try AccordProcess.run(["report", "--db", db, "--session", session, "--round", "1", "--compare-round", "2"])
        #expect(later.status != 0 && later.stderr.contains("pick a round before round 1"))
        let noSession = try AccordProcess.run(["report", "--db", db, "--session", "nosuchid"])
        #expect(noSession.status != 0 && noSession.stderr.contains("nosuchid"))
        let badFormat = try AccordProcess.run(["report", "--db", db, "--session", session, "--format", "pdf"])
        #expect(badFormat.status != 0 && badFormat.stderr.contains("pdf"))
    }
}
