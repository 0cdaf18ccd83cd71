import AccordCore

/// A JSON value that keeps its keys in the order they were given, so the report's JSON is
/// deterministic and reads in a sensible order.
enum OrderedJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([OrderedJSON])
    /// An array of strings, kept as the strings themselves (a report's comments: no node each).
    case strings([String])
    case object([(String, OrderedJSON)])

    static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool { lhs.pretty() == rhs.pretty() }
    func hash(into hasher: inout Hasher) { hasher.combine(pretty()) }

    /// `nil` becomes an explicit `null`: a statistic that does not apply is never omitted.
    static func number(_ value: Double?) -> OrderedJSON {
        guard let value, value.isFinite else { return .null }
        return .double(value)
    }

    /// An optional integer, `null` when absent.
    static func integer(_ value: Int?) -> OrderedJSON { value.map(OrderedJSON.int) ?? .null }

    /// An optional string, `null` when absent.
    static func text(_ value: String?) -> OrderedJSON { value.map(OrderedJSON.string) ?? .null }

    /// Pretty-printed with two-space indents (no final newline).
    func pretty(indent: String = "") -> String {
        var text = ""
        write(to: &text, indent: indent)
        return text
    }

    /// Writes this value pretty-printed, with two-space indents, piece by piece to `output`:
    /// a large document goes out as it is written instead of being built as one string first.
    func write<Output: TextOutputStream>(to output: inout Output, indent: String = "") {
        let inner = indent + "  "
        switch self {
        case .null: output.write("null")
        case .bool(let value): output.write(value ? "true" : "false")
        case .int(let value): output.write(String(value))
        case .double(let value): output.write(Self.format(value))
        case .string(let text): output.write(Self.quote(text))
        case .strings(let texts):
            Self.writeItems(texts, to: &output, open: "[", close: "]", indent: indent) { text, output in
                output.write(inner)
                output.write(Self.quote(text))
            }
        case .array(let items):
            Self.writeItems(items, to: &output, open: "[", close: "]", indent: indent) { item, output in
                output.write(inner)
                item.write(to: &output, indent: inner)
            }
        case .object(let members):
            Self.writeItems(members, to: &output, open: "{", close: "}", indent: indent) { member, output in
                output.write(inner)
                output.write(Self.quote(member.0))
                output.write(": ")
                member.1.write(to: &output, indent: inner)
            }
        }
    }

    /// `open`, the items one a line separated by commas, `close` on its own line; `[]` or `{}`
    /// when there are none.
    private static func writeItems<Item, Output: TextOutputStream>(
        _ items: [Item], to output: inout Output, open: String, close: String, indent: String,
        item write: (Item, inout Output) -> Void
    ) {
        if items.isEmpty {
            output.write(open + close)
            return
        }
        output.write(open + "\n")
        for (index, item) in items.enumerated() {
            if index > 0 { output.write(",\n") }
            write(item, &output)
        }
        output.write("\n" + indent + close)
    }

    /// The shortest text that reads back as the same double; whole numbers without `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A JSON string literal: AccordCore's one JSON string quoting, `JSONString.quote`.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
