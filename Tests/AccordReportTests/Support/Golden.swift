import Foundation
import Testing

/// Golden files: committed expected output in `Golden/` (a resource of this test target).
/// Run with `ACCORD_RECORD_GOLDEN=1` to write the current output there instead of comparing.
enum Golden {
    /// The committed folder in the source tree, where recording writes.
    static let sourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Whether this run records instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["ACCORD_RECORD_GOLDEN"] == "1" }

    /// The copy of `Golden/` that the build placed in the test bundle.
    static var bundledDirectory: URL { Bundle.module.resourceURL!.appendingPathComponent("Golden") }

    /// Compares `actual` with the golden file `name`, or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: sourceDirectory.appendingPathComponent(name), options: .atomic)
            // A recording run never passes: it compared nothing.
            Issue.record(
                "Recorded Golden/\(name): read its diff, then run again without ACCORD_RECORD_GOLDEN.",
                sourceLocation: sourceLocation)
            return
        }
        // The committed file itself (the bundled copy is only as fresh as the last build).
        let url = sourceDirectory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("No golden file \(name): run the tests with ACCORD_RECORD_GOLDEN=1 and commit Golden/\(name).",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
        try Data(actual.utf8).write(to: actualURL)
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let index = Array(zip(expectedLines, actualLines)).firstIndex { $0 != $1 } ?? min(expectedLines.count, actualLines.count)
        let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
        let got = index < actualLines.count ? actualLines[index] : "<end of file>"
        let message: String =
            "\(name) differs from its golden file at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n"
            + "Whole output: \(actualURL.path). Re-record with ACCORD_RECORD_GOLDEN=1 if the change is intended."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
