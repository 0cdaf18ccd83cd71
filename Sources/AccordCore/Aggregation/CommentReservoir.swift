/// A seeded, bounded, uniform random sample of one question's comments in one partner ×
/// level cell, kept while a round is counted (`Aggregator`), so a report of a very large round
/// holds at most a few hundred texts per question and cell, never every comment.
///
/// Each comment gets a key: a SplitMix64 hash of the round's seed, the submission's position
/// in the pass and the question's position. The sample is the `limit` comments with the
/// smallest keys ("bottom-k"), which is a uniform random sample of the comments, the same
/// whichever way the pass was split between cores or merged, and the same for the same data
/// (the seed comes from the session and round, `CommentReservoir.seed(session:round:)`).
/// A group's sample is the smallest keys of its cells' samples together (`merged(_:limit:)`),
/// which is exactly the group's own bottom-k sample. Comments are counted (`seen`) whether
/// or not they are kept, so every threshold reads the full counts.
public struct CommentReservoir: Sendable {
    /// Comments shown per question and group at most, when a report keeps texts.
    public static let defaultLimit = 200

    /// How many comments the sample keeps (0: none are kept, all are counted).
    public let limit: Int
    /// Comments counted, kept or not.
    public private(set) var seen = 0
    /// Kept comments with their keys; between `limit` and `2 * limit - 1` of them before
    /// `trim()`, so adding is amortised O(1).
    private(set) var entries: [Entry] = []
    /// Once trimmed, a comment whose key is above this cannot be in the sample.
    private var cutoff = UInt64.max

    /// A kept comment and its sampling key.
    struct Entry: Sendable {
        var key: UInt64
        var text: String
    }

    /// An empty reservoir keeping at most `limit` comments.
    public init(limit: Int) {
        precondition(limit >= 0, "a comment sample keeps zero or more comments")
        self.limit = limit
    }

    /// Counts `text`, keeping it if its `key` may be among the `limit` smallest.
    mutating func add(_ text: String, key: UInt64) {
        seen += 1
        guard limit > 0, key <= cutoff else { return }
        entries.append(Entry(key: key, text: text))
        if entries.count >= 2 * limit { trim() }
    }

    /// Adds the comments of `other`, a sample of other submissions of the same cell.
    mutating func merge(_ other: CommentReservoir) {
        seen += other.seen
        guard limit > 0 else { return }
        for entry in other.entries where entry.key <= cutoff {
            entries.append(entry)
            if entries.count >= 2 * limit { trim() }
        }
    }

    /// Keeps the `limit` smallest keys (ties by text bytes, so the result never depends on
    /// the order comments arrived in).
    private mutating func trim() {
        entries.sort(by: Self.precedes)
        entries.removeLast(entries.count - limit)
        cutoff = entries[entries.count - 1].key
    }

    /// Whether `first` comes before `second` in the sample's order.
    static func precedes(_ first: Entry, _ second: Entry) -> Bool {
        first.key != second.key ? first.key < second.key : first.text.utf8.lexicographicallyPrecedes(second.text.utf8)
    }

    /// The sample of several cells' comments together: at most `limit` texts, the smallest
    /// keys of all, and the number of comments they were drawn from.
    static func merged(_ reservoirs: [CommentReservoir], limit: Int) -> CommentSample {
        let total = reservoirs.reduce(0) { $0 + $1.seen }
        var entries = reservoirs.flatMap(\.entries)
        if entries.count > limit {
            entries.sort(by: precedes)
            entries.removeLast(entries.count - limit)
        }
        return CommentSample(texts: entries.map(\.text), total: total)
    }

    /// The key of the answer to the question at position `question` in the submission at
    /// position `row` of the pass (SplitMix64's finaliser over the three).
    static func key(seed: UInt64, row: Int, question: Int) -> UInt64 {
        var z = seed &+ UInt64(truncatingIfNeeded: row) &* 0x9E37_79B9_7F4A_7C15
        z ^= UInt64(truncatingIfNeeded: question) &* 0xD1B5_4A32_D192_ED03
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A round's sampling seed: a 64-bit FNV-1a hash of the session's id and the round, so a
    /// report of the same data samples the same comments. It names no participant: the sample
    /// is a function of the submissions' positions, and every comment of the group could be
    /// shown anyway (the full report shows them all).
    public static func seed(session: String, round: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in session.utf8 + [0] + String(round).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// The comments of one question and group a report may print: all of them, or a seeded
/// uniform random sample (`CommentReservoir`), with how many there were.
public struct CommentSample: Sendable, Hashable {
    /// The texts, in no meaningful order (sort and shuffle before showing).
    public var texts: [String]
    /// How many comments the group wrote to the question (non-blank), sampled or not.
    public var total: Int
}
