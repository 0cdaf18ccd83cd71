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
    ///
    /// Decoded on the bytes: `+` is a space and `%XY` the byte XY. When an escape is malformed
    /// or the bytes are not UTF-8, the text is kept as sent (with `+` as space), as
    /// Foundation's `removingPercentEncoding` would leave it.
    private static func decode(_ text: Substring) -> String {
        let raw = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var malformed = false
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                if index + 2 < raw.count, let high = hexValue(raw[index + 1]), let low = hexValue(raw[index + 2]) {
                    bytes.append(high << 4 | low)
                    index += 2
                } else {
                    malformed = true
                    bytes.append(byte)
                }
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        let decoded: String
        if !malformed, let text = String(validating: bytes, as: UTF8.self) {
            decoded = text
        } else {
            decoded = String(decoding: raw.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        }
        return TextNormalization.normalized(decoded)
    }

    /// The value of a hexadecimal digit, or `nil`.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
