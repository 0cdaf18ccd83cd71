import Foundation

/// Reads JSON (RFC 8259) into `JSONNode`s that keep the line and column of every value and
/// key, so every diagnostic can point at its place in the file.
///
/// Strict: one value per text, no comments, no trailing commas, no duplicate keys, UTF-8
/// only (a leading byte order mark is skipped). Never traps, whatever the bytes: every
/// problem is a `JSONReadError` with its position. Nesting is limited to `maximumDepth`
/// so that hostile input cannot overflow the stack.
///
/// ```swift
/// let node = try JSONReader().read(Data(line.utf8), firstLine: lineNumber)
/// ```
public struct JSONReader: Sendable {
    /// The default limit on nested arrays and objects.
    public static let defaultMaximumDepth = 128

    /// The deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int

    /// Creates a reader.
    public init(maximumDepth: Int = JSONReader.defaultMaximumDepth) {
        self.maximumDepth = max(1, maximumDepth)
    }

    /// Reads one JSON value from UTF-8 bytes. `firstLine` is the line number of the first
    /// byte, for a text cut out of a larger file (a JSON Lines line).
    public func read(_ data: Data, firstLine: Int = 1) throws(JSONReadError) -> JSONNode {
        let result: Result<JSONNode, JSONReadError> = data.withUnsafeBytes { raw in
            parse(
                UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count),
                firstLine)
        }
        return try result.get()
    }

    /// Reads one JSON value from UTF-8 bytes.
    public func read(_ bytes: [UInt8], firstLine: Int = 1) throws(JSONReadError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { parse($0, firstLine) }
        return try result.get()
    }

    /// Reads one JSON value from a string.
    public func read(_ text: String, firstLine: Int = 1) throws(JSONReadError) -> JSONNode {
        var text = text
        let result = text.withUTF8 { parse($0, firstLine) }
        return try result.get()
    }

    /// Reads one JSON value from UTF-8 bytes into a `JSONValue`, for callers that need no
    /// positions beyond the error's.
    public func readValue(_ data: Data, firstLine: Int = 1) throws(JSONReadError) -> JSONValue {
        try read(data, firstLine: firstLine).jsonValue
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ firstLine: Int) -> Result<JSONNode, JSONReadError> {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, firstLine: firstLine)
        do throws(JSONReadError) {
            return .success(try parser.parseDocument())
        } catch {
            return .failure(error)
        }
    }
}
