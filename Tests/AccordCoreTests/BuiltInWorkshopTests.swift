import Foundation
import Testing

@testable import AccordCore

/// The workshops embedded in the binary are the files in questionnaires/, byte for byte
/// (regenerate with `python3 scripts/embed-workshops.py`), and each loads.
@Suite struct BuiltInWorkshopTests {
    static let folder = ShippedWorkshopTests.root.appendingPathComponent("questionnaires")

    @Test func everyShippedFileIsEmbeddedByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(BuiltInWorkshops.all.map { $0.name + ".json" } == files, "run scripts/embed-workshops.py")
        for file in files {
            let source = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            let embedded = try #require(BuiltInWorkshops.named(file))
            #expect(embedded.data == source, "\(file) differs from its embedded copy: run scripts/embed-workshops.py")
            #expect(embedded.file == "questionnaires/\(file)")
        }
    }

    @Test func eachLoadsAndIsFoundWithOrWithoutItsExtension() throws {
        for builtIn in BuiltInWorkshops.all {
            let workshop = try WorkshopLoader().load(builtIn.data, file: builtIn.file)
            #expect(workshop.id == builtIn.name)
        }
        #expect(BuiltInWorkshops.named("common-vision")?.name == "common-vision")
        #expect(BuiltInWorkshops.named("common-vision.json")?.name == "common-vision")
        #expect(BuiltInWorkshops.named("questionnaires/common-vision.json") == nil)
        #expect(BuiltInWorkshops.named("nope") == nil)
    }
}
