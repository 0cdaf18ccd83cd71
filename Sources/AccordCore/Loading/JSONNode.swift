/// A JSON value read by `JSONReader`, with the position of every value and every key,
/// so whoever reads it can say exactly where a problem is.
public struct JSONNode: Sendable, Hashable {
    /// What the value is; arrays and objects hold nodes.
    public enum Value: Sendable, Hashable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// Any JSON number.
        case number(Double)
        /// A string.
        case string(String)
        /// An array.
        case array([JSONNode])
        /// An object, its members in the order written (keys are unique).
        case object([JSONMember])
    }

    /// The value.
    public var value: Value
    /// Where the value starts (its first character).
    public var position: JSONPosition

    /// Creates a node.
    public init(_ value: Value, at position: JSONPosition) {
        self.value = value
        self.position = position
    }

    /// A short name of the kind of value, for messages: `a string`, `an integer`, `an array`...
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number(let number): number.rounded() == number ? "an integer" : "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The members of an object, or `nil` for any other value.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements of an array, or `nil` for any other value.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    /// The string, or `nil` for any other value.
    public var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// The number, or `nil` for any other value.
    public var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }

    /// The number as an `Int` when it is whole and fits, or `nil`.
    public var integer: Int? {
        guard let number, number.rounded() == number, abs(number) < 9.007_199_254_740_992e15 else { return nil }
        return Int(number)
    }

    /// The boolean, or `nil` for any other value.
    public var bool: Bool? {
        if case .bool(let bool) = value { return bool }
        return nil
    }

    /// The member named `key` of an object, or `nil`.
    public subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }

    /// The same value without positions.
    public var jsonValue: JSONValue {
        switch value {
        case .null: .null
        case .bool(let bool): .bool(bool)
        case .number(let number): .number(number)
        case .string(let string): .string(string)
        case .array(let elements): .array(elements.map(\.jsonValue))
        case .object(let members):
            .object(Dictionary(members.map { ($0.key, $0.value.jsonValue) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The key.
    public var key: String
    /// Where the key starts (its opening quote).
    public var keyPosition: JSONPosition
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
