import AccordCore
import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, in order, repeated names kept
/// (a multi question's checkboxes send one field per ticked option).
struct FormData: Sendable {
    /// The fields as sent.
    private(set) var fields: [(name: String, value: String)] = []

    /// Parses a form body; malformed percent escapes keep their raw text rather than failing.
    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The first value named `name`, or `nil`.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value named `name`, in the order sent.
    func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// A name or value as it enters: percent-decoded, then NFC with `\n` line breaks (a
    /// textarea posts CRLF), like text from every other channel.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return TextNormalization.normalized(spaced.removingPercentEncoding ?? spaced)
    }
}
