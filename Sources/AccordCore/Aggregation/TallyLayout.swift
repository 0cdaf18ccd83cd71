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
    /// Option index by option id, per question (empty for scale, number, text, yesno).
    let optionIndex: [[String: Int]]
    /// Counters per cell.
    let width: Int

    init(workshop: Workshop) {
        questions = workshop.questions
        var index: [String: Int] = [:]
        var offsets: [Int] = []
        var categoryCounts: [Int] = []
        var optionIndex: [[String: Int]] = []
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
            var options: [String: Int] = [:]
            for (optionPosition, option) in question.options.enumerated() { options[option.id] = optionPosition }
            offsets.append(width)
            categoryCounts.append(categories)
            optionIndex.append(options)
            width += Self.header + categories
        }
        self.index = index
        self.offsets = offsets
        self.categoryCounts = categoryCounts
        self.optionIndex = optionIndex
        self.width = width
    }
}
