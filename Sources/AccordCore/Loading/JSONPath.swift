/// The JSONPath of a value in a document, such as `$.sections[1].questions[3].options`,
/// named in every diagnostic.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// The path as text.
    private(set) var description: String

    /// The whole document.
    static let root = JSONPath(description: "$")

    /// The member `key` of the object at this path.
    func appending(_ key: String) -> JSONPath {
        let plain = key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
        }
        if plain, !key.isEmpty {
            return JSONPath(description: description + "." + key)
        }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return JSONPath(description: description + "['" + escaped + "']")
    }

    /// The element `index` of the array at this path.
    func appending(_ index: Int) -> JSONPath {
        JSONPath(description: description + "[\(index)]")
    }
}
