import AccordReport
import Foundation
import Testing

/// The JSON report, golden files included, is valid against `schema/report.schema.json`,
/// checked by an independent validator (Python `jsonschema`, draft 2020-12).
@Suite struct ReportSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema/report.schema.json")

    static let validator = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                bad += 1
                print(f"{path}: {error.json_path}: {error.message[:300]}")
        print(f"checked {len(sys.argv) - 2} files")
        sys.exit(1 if bad else 0)
        """

    @Test func goldenJSONFilesMatchTheSchema() throws {
        let directory = Golden.isRecording ? Golden.sourceDirectory : Golden.bundledDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 2)
        let result = try Python.run(Self.validator, arguments: [Self.schema.path] + files.map { directory.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func previewAndUncomparedReportsMatchTheSchema() throws {
        var report = SampleReport.smallCell
        report.isPreview = true
        report.comparison = nil
        report.alignment = nil
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-schema-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(JSONReportRenderer().render(report).utf8).write(to: url)
        let result = try Python.run(Self.validator, arguments: [Self.schema.path, url.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theSchemaRejectsANumberForAHiddenGroup() throws {
        var json = JSONReportRenderer().render(SampleReport.smallCell)
        let hidden = "\"suppressed\": true,\n          \"n\": null"
        #expect(json.contains(hidden))
        json = json.replacingOccurrences(of: hidden, with: "\"suppressed\": true,\n          \"n\": 2")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-schema-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(json.utf8).write(to: url)
        let result = try Python.run(Self.validator, arguments: [Self.schema.path, url.path])
        #expect(result.status != 0, "the schema must not allow a count for a hidden group")
    }
}
