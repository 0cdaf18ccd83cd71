/// Which participants a group holds: a partner × level cell, a partner, a level, or everyone.
public struct GroupKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The partner, or `nil` for both partners.
    public var partner: String?
    /// The level, or `nil` for both levels.
    public var level: Level?

    /// Creates a key; `nil` means "all".
    public init(partner: String? = nil, level: Level? = nil) {
        self.partner = partner
        self.level = level
    }

    /// Everyone.
    public static let everyone = GroupKey()

    /// Whether this is a single partner × level cell.
    public var isCell: Bool { partner != nil && level != nil }

    /// A readable name: `Acme · Management`, `Acme`, `Management`, `Everyone`.
    public var description: String {
        switch (partner, level) {
        case (let partner?, let level?): "\(partner) · \(level.title)"
        case (let partner?, nil): partner
        case (nil, let level?): level.title
        case (nil, nil): "Everyone"
        }
    }

    /// Orders everyone first, then partners, then levels, then cells.
    public static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
        func rank(_ key: GroupKey) -> Int {
            switch (key.partner, key.level) {
            case (nil, nil): 0
            case (_?, nil): 1
            case (nil, _?): 2
            case (_?, _?): 3
            }
        }
        if rank(lhs) != rank(rhs) { return rank(lhs) < rank(rhs) }
        if lhs.partner != rhs.partner { return (lhs.partner ?? "") < (rhs.partner ?? "") }
        return (lhs.level ?? .management) < (rhs.level ?? .management)
    }
}
