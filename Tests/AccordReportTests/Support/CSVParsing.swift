import Foundation

/// Parses CSV with Python's `csv` module, an independent RFC 4180 reader.
enum CSVParsing {
    static func rows(_ csv: String) throws -> [[String]] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(csv.utf8).write(to: url)
        let result = try Python.run(
            "import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig')))))",
            arguments: [url.path])
        guard result.status == 0, let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: result.output])
        }
        return rows
    }
}
