/// The level a participant chose: the only thing besides the partner known about them.
public enum Level: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Managers and executives.
    case management
    /// The people who carry out the partnership's work.
    case execution

    /// A readable name, such as *Management*.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// Orders management before execution.
    public static func < (lhs: Level, rhs: Level) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
