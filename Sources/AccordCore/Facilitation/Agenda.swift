/// The workshop's phases as the facilitator runs them: each section with its introduction,
/// facilitator notes and advisory timebox, in order.
public struct Agenda: Sendable, Hashable {
    /// One phase of the workshop: a section.
    public struct Phase: Sendable, Hashable, Identifiable {
        /// The phase's position, from 1.
        public var number: Int
        /// The section id.
        public var id: String
        /// The section title in the workshop's language.
        public var title: String
        /// What participants are told when the section starts, if anything.
        public var introduction: String?
        /// What the facilitator should keep in mind, if anything.
        public var facilitatorNotes: String?
        /// The advisory time for the phase, in minutes.
        public var timeboxMinutes: Int?
        /// How many questions the section asks.
        public var questionCount: Int

        /// Creates a phase.
        public init(
            number: Int, id: String, title: String, introduction: String? = nil, facilitatorNotes: String? = nil,
            timeboxMinutes: Int? = nil, questionCount: Int
        ) {
            self.number = number
            self.id = id
            self.title = title
            self.introduction = introduction
            self.facilitatorNotes = facilitatorNotes
            self.timeboxMinutes = timeboxMinutes
            self.questionCount = questionCount
        }
    }

    /// The workshop's title.
    public var title: String
    /// What the workshop is for, if the workshop says.
    public var description: String?
    /// The phases, in order.
    public var phases: [Phase]

    /// The agenda of a workshop, in `language` (one of its translation keys) where the workshop
    /// translates a text, else in its default language.
    public init(workshop: Workshop, language: String? = nil) {
        title = workshop.title.text(in: language)
        description = workshop.description?.text(in: language)
        phases = workshop.sections.enumerated().map { index, section in
            Phase(
                number: index + 1, id: section.id, title: section.title.text(in: language),
                introduction: section.introduction?.text(in: language),
                facilitatorNotes: section.facilitatorNotes?.text(in: language),
                timeboxMinutes: section.timeboxMinutes, questionCount: section.questions.count)
        }
    }

    /// The sum of the timeboxes, in minutes; `nil` when no phase has one.
    public var totalMinutes: Int? {
        let boxes = phases.compactMap(\.timeboxMinutes)
        return boxes.isEmpty ? nil : boxes.reduce(0, +)
    }

    /// The phase named by `reference`: its number (`2`) or its section id (`discovery`),
    /// case-insensitively.
    public func phase(_ reference: String) throws(FacilitationError) -> Phase {
        if let number = Int(reference), phases.indices.contains(number - 1) { return phases[number - 1] }
        if let phase = phases.first(where: { $0.id.lowercased() == reference.lowercased() }) { return phase }
        throw .unknownSection(reference)
    }
}
