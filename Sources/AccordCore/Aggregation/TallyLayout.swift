/// Where each question's counters live in an `Aggregator`'s flat counter arrays.
///
/// Per partner × level cell and per question the counters are, in order: real answers,
/// "don't know", "prefer not to say", then the question's categories: one counter per
/// scale point, option (choice, multi selections) or yes/no; for a rank question one per
/// option × position (`option * k + position`). Number values and text answers live beside
/// the counters (a value → count table, a list).
struct TallyLayout: Sendable {
    /// The three counters before a question's categories.
    static let header = 3

    /// The workshop's questions in asking order.
    let questions: [Question]
    /// Question index by id.
    let index: [String: Int]
    /// First counter of each question within a cell.
    let offsets: [Int]
    /// Categories of each question (the counters after the header).
    let categoryCounts: [Int]
    /// What each question counts, without reference-counted payloads (read once per answer).
    let kinds: [Kind]
    /// Option ids per question, in workshop order (empty for scale, number, text, yesno).
    let optionIDs: [[String]]
    /// Counters per cell.
    let width: Int

    init(workshop: Workshop) {
        questions = workshop.questions
        var index: [String: Int] = [:]
        var offsets: [Int] = []
        var categoryCounts: [Int] = []
        var kinds: [Kind] = []
        var width = 0
        for (position, question) in questions.enumerated() {
            index[question.id] = position
            let categories: Int
            switch question.kind {
            case .scale(let scale): categories = scale.count
            case .choice(let options), .multi(let options, _, _): categories = options.count
            case .rank(let options): categories = options.count * options.count
            case .yesno: categories = 2
            case .number, .text: categories = 0
            }
            offsets.append(width)
            categoryCounts.append(categories)
            kinds.append(Kind(question.kind))
            width += Self.header + categories
        }
        self.index = index
        self.offsets = offsets
        self.categoryCounts = categoryCounts
        self.kinds = kinds
        self.optionIDs = questions.map { $0.options.map(\.id) }
        self.width = width
    }

    /// The position of `option` among a question's options: a linear scan, which for the
    /// handful of options a question has beats hashing the id.
    func optionPosition(_ option: String, question: Int) -> Int? {
        optionIDs[question].firstIndex(of: option)
    }

    /// A question type with only what counting needs.
    enum Kind: Sendable {
        case scale(min: Int, max: Int)
        case choice, multi, rank, yesno, number, text

        init(_ kind: Question.Kind) {
            switch kind {
            case .scale(let scale): self = .scale(min: scale.min, max: scale.max)
            case .choice: self = .choice
            case .multi: self = .multi
            case .rank: self = .rank
            case .yesno: self = .yesno
            case .number: self = .number
            case .text: self = .text
            }
        }
    }
}
