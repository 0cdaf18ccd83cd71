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

    /// Pretty-printed with two-space indents and a final newline at the top level.
    func pretty(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return Self.format(value)
        case .string(let text): return Self.quote(text)
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.pretty(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n"
                + members.map { inner + Self.quote($0.0) + ": " + $0.1.pretty(indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)}"
        }
    }

    /// The shortest text that reads back as the same double; whole numbers without `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A JSON string literal: AccordCore's one JSON string quoting, `JSONString.quote`.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
