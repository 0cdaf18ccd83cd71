/// A validated workshop: the questions both partners answer, grouped into sections
/// (phases of the workshop) and rolled up into dimensions for the report.
///
/// A `Workshop` is only ever made by `WorkshopLoader`, so every reference in it
/// (scale, dimension, option, condition) is known to resolve.
public struct Workshop: Sendable, Hashable {
    /// The newest workshop format version this build understands.
    public static let formatVersion = 1

    /// The format version the file was written in.
    public var formatVersion: Int
    /// A stable identifier, such as `common-vision`.
    public var id: String
    /// The author's version of this workshop's content, such as `1.2.0`.
    public var version: String
    /// The title shown to participants and on reports.
    public var title: LocalizedText
    /// What the workshop is for, shown before the first question.
    public var description: LocalizedText?
    /// The language code of the default texts, such as `en`.
    public var language: String
    /// Minimum group sizes for statistics and free text.
    public var anonymity: AnonymityThresholds
    /// Named reusable answer scales.
    public var scales: [Scale]
    /// The roll-up categories for the report, in display order.
    public var dimensions: [Dimension]
    /// The phases of the workshop, in order.
    public var sections: [Section]

    /// Creates a workshop. Prefer `WorkshopLoader`, which validates.
    public init(
        formatVersion: Int = Workshop.formatVersion, id: String, version: String, title: LocalizedText,
        description: LocalizedText? = nil, language: String = "en",
        anonymity: AnonymityThresholds = AnonymityThresholds(), scales: [Scale] = [],
        dimensions: [Dimension] = [], sections: [Section]
    ) {
        self.formatVersion = formatVersion
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.language = language
        self.anonymity = anonymity
        self.scales = scales
        self.dimensions = dimensions
        self.sections = sections
    }

    /// Every question in asking order, across sections.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The question with `id`, if any.
    public func question(_ id: String) -> Question? {
        for section in sections {
            if let question = section.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    /// The scale with `id`, if any.
    public func scale(_ id: String) -> Scale? { scales.first { $0.id == id } }

    /// The dimension with `id`, if any.
    public func dimension(_ id: String) -> Dimension? { dimensions.first { $0.id == id } }

    /// The question marked `"outcome": true`, if any (the loader allows at most one).
    public var outcomeQuestion: Question? { questions.first(where: \.outcome) }

    /// The section holding the question with `id`, if any.
    public func section(containing questionID: String) -> Section? {
        sections.first { $0.questions.contains { $0.id == questionID } }
    }
}

/// The anonymity thresholds of a workshop (see `docs/anonymity.md`).
public struct AnonymityThresholds: Sendable, Hashable {
    /// The smallest `minGroupSize` a workshop may set.
    public static let floor = 3
    /// Below this, the report warns that a reader who answered can subtract their own answer.
    public static let recommended = 5

    /// The fewest submissions a group needs before any statistic or count of it is shown.
    public var minGroupSize: Int
    /// The fewest submissions a group needs before its free-text comments are shown.
    public var minGroupSizeForText: Int

    /// Creates thresholds; the defaults are 3 and 5.
    public init(minGroupSize: Int = 3, minGroupSizeForText: Int = 5) {
        self.minGroupSize = minGroupSize
        self.minGroupSizeForText = minGroupSizeForText
    }
}

/// A roll-up category of questions, such as *trust* or *governance*.
public struct Dimension: Sendable, Hashable, Identifiable {
    /// A stable identifier, such as `trust`.
    public var id: String
    /// The title shown on reports.
    public var title: LocalizedText
    /// What the dimension measures.
    public var description: LocalizedText?

    /// Creates a dimension.
    public init(id: String, title: LocalizedText, description: LocalizedText? = nil) {
        self.id = id
        self.title = title
        self.description = description
    }
}

/// A named, reusable answer scale with a label on every point, such as 1–5 agreement.
public struct Scale: Sendable, Hashable, Identifiable {
    /// One labelled point of a scale.
    public struct Point: Sendable, Hashable {
        /// The integer stored as the answer.
        public var value: Int
        /// What the point means, such as *Strongly agree*.
        public var label: LocalizedText

        /// Creates a point.
        public init(value: Int, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    /// A stable identifier, such as `agree5`.
    public var id: String
    /// The points in ascending order of value, consecutive integers.
    public var points: [Point]

    /// Creates a scale.
    public init(id: String, points: [Point]) {
        self.id = id
        self.points = points
    }

    /// The lowest value on the scale.
    public var min: Int { points.first?.value ?? 0 }
    /// The highest value on the scale.
    public var max: Int { points.last?.value ?? 0 }
    /// The number of points, A in `statistics.md`.
    public var count: Int { points.count }
    /// Whether `value` is a point of this scale.
    public func contains(_ value: Int) -> Bool { points.contains { $0.value == value } }
}

/// A phase of the workshop (common vision, discovery, feedback...).
public struct Section: Sendable, Hashable, Identifiable {
    /// A stable identifier.
    public var id: String
    /// The title shown in the progress line.
    public var title: LocalizedText
    /// Shown to participants when the section starts.
    public var introduction: LocalizedText?
    /// For the facilitator's eyes only.
    public var facilitatorNotes: LocalizedText?
    /// The advisory time for this phase, in minutes.
    public var timeboxMinutes: Int?
    /// The questions, in asking order.
    public var questions: [Question]

    /// Creates a section.
    public init(
        id: String, title: LocalizedText, introduction: LocalizedText? = nil,
        facilitatorNotes: LocalizedText? = nil, timeboxMinutes: Int? = nil, questions: [Question]
    ) {
        self.id = id
        self.title = title
        self.introduction = introduction
        self.facilitatorNotes = facilitatorNotes
        self.timeboxMinutes = timeboxMinutes
        self.questions = questions
    }
}
