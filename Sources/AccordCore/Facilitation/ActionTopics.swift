/// What an agreed action addresses: the questions, the gaps and the dimension, as the
/// facilitator names them on any channel (finding numbers of the last reveal, question ids,
/// a dimension id).
public struct ActionTopics: Sendable, Hashable {
    /// The questions addressed.
    public var questions: [String]
    /// The gaps addressed (a finding about a gap names that gap).
    public var gaps: [GapReference]
    /// The dimension addressed, if any.
    public var dimension: String?

    /// Creates topics.
    public init(questions: [String] = [], gaps: [GapReference] = [], dimension: String? = nil) {
        self.questions = questions
        self.gaps = gaps
        self.dimension = dimension
    }

    /// Finding numbers (1 is the first of `findings`), question ids and a dimension id,
    /// separated by commas or spaces: a finding about a gap names that gap and its question,
    /// other findings their question.
    public init(parsing text: String, findings: [DiscussionFinding], workshop: Workshop) throws(FacilitationError) {
        self.init()
        for word in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init) {
            if let number = Int(word) {
                guard findings.indices.contains(number - 1) else {
                    throw .unknownFinding(number, shown: findings.count)
                }
                let finding = findings[number - 1]
                questions.append(finding.questionID)
                if let gap = finding.gap { gaps.append(GapReference(questionID: finding.questionID, gap: gap)) }
            } else if workshop.question(word) != nil {
                questions.append(word)
            } else if workshop.dimension(word) != nil {
                dimension = word
            } else {
                throw .unknownQuestion(word)
            }
        }
    }
}
