/// An action the partners agreed on while discussing a round's results: what will be done,
/// which partner owns it, and by which round it should show in the answers.
///
/// Actions are stored with the session and listed in every report from the round they were
/// agreed in; later rounds show them beside the gaps they were meant to close
/// (`ActionReview`).
public struct AgreedAction: Sendable, Hashable, Identifiable {
    /// The action's number within its session, from 1, in the order actions were agreed.
    public var id: Int
    /// What will be done, in the facilitator's words.
    public var text: String
    /// The partner that owns the action: one of the session's two partners.
    public var owner: String
    /// The round whose report should show the effect.
    public var dueRound: Int
    /// The round whose results were being discussed when the action was agreed.
    public var agreedInRound: Int
    /// The questions whose gaps the action is meant to close, in workshop order.
    public var questionIDs: [String]
    /// The particular gaps the action is meant to close (from the findings it was agreed
    /// on); when none is given for a related question, its headline gaps are followed (the
    /// partners overall, management vs execution overall).
    public var gaps: [GapReference]
    /// The dimension the action is meant to lift, if any.
    public var dimension: String?

    /// Creates an action. Use `validated(partners:workshop:)` before storing it.
    public init(
        id: Int, text: String, owner: String, dueRound: Int, agreedInRound: Int, questionIDs: [String] = [],
        gaps: [GapReference] = [], dimension: String? = nil
    ) {
        self.id = id
        self.text = text
        self.owner = owner
        self.dueRound = dueRound
        self.agreedInRound = agreedInRound
        self.questionIDs = questionIDs
        self.gaps = gaps
        self.dimension = dimension
    }

    /// The action with its text trimmed and its questions in workshop order, or the first
    /// thing wrong with it: empty text, an owner who is not a partner, a due round that is
    /// not after the round discussed, an unknown question or dimension. A gap's question
    /// counts as related.
    public func validated(partners: [String], workshop: Workshop) throws(FacilitationError) -> AgreedAction {
        var action = self
        action.text = text.trimmingWhitespace()
        guard !action.text.isEmpty else { throw .emptyActionText }
        guard partners.contains(owner) else { throw .unknownOwner(owner, partners: partners) }
        guard dueRound > agreedInRound else { throw .dueRoundNotLater(due: dueRound, agreedIn: agreedInRound) }
        let related = questionIDs + gaps.map(\.questionID)
        for id in related where workshop.question(id) == nil { throw .unknownQuestion(id) }
        if let dimension, workshop.dimension(dimension) == nil { throw .unknownDimension(dimension) }
        let order = workshop.questions.map(\.id)
        action.questionIDs = order.filter { related.contains($0) }
        var unique: [GapReference] = []
        for gap in gaps where !unique.contains(gap) { unique.append(gap) }
        action.gaps = unique
        return action
    }
}

/// One gap of one question, as an action names it: the question, the kind and the two groups.
public struct GapReference: Sendable, Hashable {
    /// The question.
    public var questionID: String
    /// Partners or levels.
    public var kind: Gap.Kind
    /// The reference group.
    public var from: GroupKey
    /// The compared group.
    public var to: GroupKey

    /// Creates a reference.
    public init(questionID: String, kind: Gap.Kind, from: GroupKey, to: GroupKey) {
        self.questionID = questionID
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// The reference to `gap` of the question.
    public init(questionID: String, gap: Gap) {
        self.init(questionID: questionID, kind: gap.kind, from: gap.from, to: gap.to)
    }

    /// Whether `gap` (of this question) is the one referred to.
    public func matches(_ gap: Gap) -> Bool { gap.kind == kind && gap.from == from && gap.to == to }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
