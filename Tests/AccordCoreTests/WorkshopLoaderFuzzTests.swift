import Foundation
import Testing

@testable import AccordCore

/// Throws random, truncated and mutated bytes at the loader: whatever the input, it must
/// return a workshop or located diagnostics, never trap.
@Suite struct WorkshopLoaderFuzzTests {
    /// Fragments that stress the grammar and the decoder.
    static let fragments: [[UInt8]] =
        [
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "0", "-", "1e999", ".", "e", "null",
            "true", "false", "\n", "\r\n", "\t", "é", "😀", "\"showIf\": {\"not\": ", "\"question\": \"",
            "\"options\": []",
            "\"type\": \"scale\"", "\"id\": \"x\"", "\"equals\": ", "\"formatVersion\": 2", "1.5", "-0", "\u{0}",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xF4, 0x90]]

    static func mutate(_ input: [UInt8], corpus: [[UInt8]], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            switch Int.random(in: 0..<7, using: &random) {
            case 0:
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
            case 1 where !bytes.isEmpty:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 2:
                let fragment = fragments.randomElement(using: &random)!
                bytes.insert(contentsOf: fragment, at: Int.random(in: 0...bytes.count, using: &random))
            case 3 where !bytes.isEmpty:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
                bytes.removeSubrange(start..<end)
            case 4 where !bytes.isEmpty:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let end = min(bytes.count, start + Int.random(in: 1...128, using: &random))
                let copy = Array(bytes[start..<end])
                bytes.insert(contentsOf: copy, at: Int.random(in: 0...bytes.count, using: &random))
            case 5:
                bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
            default:
                let other = corpus.randomElement(using: &random)!
                bytes =
                    Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
                    + Array(other.suffix(Int.random(in: 0...other.count, using: &random)))
            }
        }
        return bytes
    }

    @Test func anyBytesGiveAWorkshopOrLocatedDiagnostics() throws {
        var corpus = [Array(try WorkshopFixtures.data("valid/partnership.json"))]
        for name in WorkshopFixtures.brokenNames { corpus.append(Array(try WorkshopFixtures.data("broken/" + name))) }
        var random = SeededGenerator(seed: 0xACC0_4D)
        var loaded = 0
        var messages: Set<String> = []
        for iteration in 0..<4_000 {
            let input = Self.mutate(corpus[iteration % corpus.count], corpus: corpus, using: &random)
            let lineCount = input.count { $0 == UInt8(ascii: "\n") } + 1
            do {
                _ = try WorkshopLoader().load(Data(input), file: "fuzz.json")
                loaded += 1
            } catch {
                guard case .invalid(let diagnostics) = error else {
                    Issue.record("iteration \(iteration): \(error)")
                    continue
                }
                #expect(!diagnostics.isEmpty, "iteration \(iteration)")
                for diagnostic in diagnostics {
                    #expect(diagnostic.file == "fuzz.json" && !diagnostic.message.isEmpty)
                    #expect(
                        (1...lineCount).contains(diagnostic.line) && diagnostic.column >= 1, "iteration \(iteration)")
                    messages.insert(String(diagnostic.message.prefix(20)))
                }
            }
        }
        // The inputs reach far past the JSON syntax into the workshop rules.
        #expect(messages.count > 40)
        #expect(loaded < 4_000)
    }
}
