import Foundation
import Testing

/// anonymity.md rule 4: a report on an open round is refused without `--preview`, in every
/// format; with it, every format marks it as a preview and the thresholds apply all the same.
@Suite struct PreviewCommandTests {
    @Test func everyFormatRefusesAnOpenRoundWithoutPreviewAndMarksItWith() throws {
        let (folder, db, session) = try ReportCommandTests.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try AccordProcess.run(["round", "open", "--db", db, "--session", session]).status == 0)
        for format in ["text", "markdown", "html", "json", "csv"] {
            let base = ["report", "--db", db, "--session", session, "--format", format]
            let refused = try AccordProcess.run(base)
            #expect(refused.status != 0 && refused.stdout.isEmpty, "\(format)")
            #expect(refused.stderr.contains("--preview"), "\(format)")
            let preview = try AccordProcess.run(base + ["--preview"])
            #expect(preview.status == 0, "\(format): \(preview.stderr)")
            switch format {
            case "json":
                #expect(preview.stdout.contains("\"preview\": true"))
                // Nobody has answered round 3 yet: everyone is hidden, with no size.
                #expect(preview.stdout.contains("\"n\": null"))
            case "csv":
                let rows = preview.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
                #expect(!rows.isEmpty)
                #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "true" })
            default:
                #expect(preview.stdout.contains("PREVIEW: round 3 is still open."), "\(format)")
                #expect(preview.stdout.contains("Everyone"), "\(format)")
                #expect(!preview.stdout.contains("fewer than 4)"), "\(format)")
            }
        }
    }
}
