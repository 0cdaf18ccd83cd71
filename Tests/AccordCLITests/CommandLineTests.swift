import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let result = try AccordProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
