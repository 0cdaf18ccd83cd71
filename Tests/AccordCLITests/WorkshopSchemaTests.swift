import Foundation
import Testing

/// The JSON Schema that editors use (schema/workshop.schema.json) must accept every workshop we
/// ship and reject every file in Tests/AccordCoreTests/Fixtures/schema-invalid. The check itself
/// is scripts/check-workshop-schema.py (PyPI `jsonschema`), run here as CI runs it.
@Suite struct WorkshopSchemaTests {
    static let shippedWorkshops = [
        "candid-feedback", "common-vision", "discovery-phase", "partnership-health-check",
    ]

    @Test func schemaAcceptsShippedWorkshopsAndRejectsInvalidFixtures() throws {
        let root = AccordProcess.repositoryRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/check-workshop-schema.py").path]
        process.currentDirectoryURL = root
        // One pipe for both streams keeps the script's messages in the order it wrote them.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            Issue.record("could not start /usr/bin/env python3: \(error)")
            return
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)

        switch process.terminationStatus {
        case 0: break
        case 127: Issue.record("python3 is not installed, so the workshop schema was not checked:\n\(text)")
        case 2: Issue.record("the Python package jsonschema is missing (python3 -m pip install jsonschema):\n\(text)")
        default: Issue.record("scripts/check-workshop-schema.py failed (\(process.terminationStatus)):\n\(text)")
        }
        // Guard against a script that passes because it found nothing to check.
        for workshop in Self.shippedWorkshops {
            #expect(text.contains("ok   questionnaires/\(workshop).json"), "\(workshop).json was not checked:\n\(text)")
        }
        #expect(text.contains("ok   Tests/AccordCoreTests/Fixtures/schema-invalid/"), "no invalid fixture was checked:\n\(text)")
    }
}
