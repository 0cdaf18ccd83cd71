import Foundation

@testable import AccordCore

/// The workshop files under `Fixtures/` and what loading them must give.
enum WorkshopFixtures {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let broken = directory.appendingPathComponent("broken")

    /// The names of the broken workshops, sorted.
    static var brokenNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: broken.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The expected diagnostics of each broken workshop, from `broken/expected.txt`, in order.
    static func expectedDiagnostics() throws -> [String: [String]] {
        let text = try String(contentsOf: broken.appendingPathComponent("expected.txt"), encoding: .utf8)
        var expected: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let file = String(line.prefix { $0 != ":" })
            expected[file, default: []].append(String(line))
        }
        return expected
    }

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(relativePath))
    }

    /// Every diagnostic of loading `data`, or an empty list when it loads.
    static func diagnostics(loading data: Data, file: String) -> [Diagnostic] {
        do {
            _ = try WorkshopLoader().load(data, file: file)
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return [] }
            return diagnostics
        }
    }
}
