import Foundation

/// A workshop that ships inside Accord, available by name from any folder
/// (`--workshop common-vision`).
public struct BuiltInWorkshop: Sendable, Hashable {
    /// The name it is given by: the file name without `.json` (`common-vision`).
    public let name: String
    /// The file it was made from, as `questionnaires/common-vision.json`, for messages.
    public let file: String
    /// The workshop file's bytes, exactly as in `questionnaires/`.
    public let data: Data
}

/// The workshops shipped in `questionnaires/`, embedded in the binary so that they travel
/// with it (`scripts/embed-workshops.py` generates `BuiltInWorkshops+Files.swift`; a test
/// keeps the two byte for byte equal).
public enum BuiltInWorkshops {
    /// Every built-in workshop, by name.
    public static let all: [BuiltInWorkshop] = files.map { file in
        BuiltInWorkshop(
            name: String(file.name.dropLast(".json".count)), file: "questionnaires/" + file.name,
            data: Data(file.text.utf8))
    }

    /// The built-in workshop called `name` (with or without `.json`), if there is one.
    public static func named(_ name: String) -> BuiltInWorkshop? {
        let bare = name.hasSuffix(".json") ? String(name.dropLast(".json".count)) : name
        return all.first { $0.name == bare }
    }
}
