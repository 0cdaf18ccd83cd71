import Foundation

/// Turns the bytes of a workshop file into a validated `Workshop`, or every problem found.
///
/// The file is read with `JSONReader` (so every value has a line and column), then decoded
/// and checked against `docs/workshop-format.md` in one pass that collects every problem
/// instead of stopping at the first. Any bytes give a workshop or diagnostics, never a trap.
public struct WorkshopLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads and validates a workshop; `file` names it in diagnostics.
    public func load(_ data: Data, file: String) throws(WorkshopLoadError) -> Workshop {
        let root: JSONNode
        do {
            root = try JSONReader().read(data)
        } catch {
            throw .invalid([
                Diagnostic(
                    file: file, line: error.position.line, column: error.position.column, path: "$",
                    message: error.message)
            ])
        }
        var decoder = WorkshopDecoder(file: file)
        let workshop = decoder.decodeWorkshop(root)
        guard let workshop, decoder.diagnostics.isEmpty else {
            throw .invalid(decoder.sortedDiagnostics)
        }
        return workshop
    }

    /// Reads and loads the workshop at `url`.
    public func load(contentsOf url: URL) throws(WorkshopLoadError) -> Workshop {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try load(data, file: url.path)
    }
}
