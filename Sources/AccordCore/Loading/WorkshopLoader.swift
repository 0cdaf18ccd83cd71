import Foundation

/// Turns the bytes of a workshop file into a validated `Workshop`, or every problem found.
///
/// The file is read with `JSONReader` (so every value has a line and column), then decoded
/// and checked against `docs/workshop-format.md` in one pass that collects every problem
/// instead of stopping at the first. Any bytes give a workshop or diagnostics, never a trap.
public struct WorkshopLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads and validates a workshop; `file` names it in diagnostics. Warnings (see
    /// `check(_:file:languages:)`) do not stop it.
    public func load(_ data: Data, file: String) throws(WorkshopLoadError) -> Workshop {
        try check(data, file: file).workshop
    }

    /// Loads and validates a workshop, also checking its translations (`TranslationCoverage`):
    /// a text lacking one of `languages` is an error, a language only some texts have gives
    /// a warning per text without it. Errors throw `.invalid` (with the warnings among them,
    /// in file order); a workshop that loads comes back with its warnings.
    public func check(
        _ data: Data, file: String, languages: [String] = []
    ) throws(WorkshopLoadError) -> (workshop: Workshop, warnings: [Diagnostic]) {
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
        let translations = TranslationCoverage.diagnostics(
            for: decoder.texts, file: file, workshopLanguage: decoder.language, required: languages)
        let diagnostics = (decoder.diagnostics + translations).enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }.map(\.element)
        guard let workshop, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw .invalid(diagnostics)
        }
        return (workshop, diagnostics)
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
