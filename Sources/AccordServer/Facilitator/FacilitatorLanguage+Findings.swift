import AccordCore

extension FacilitatorLanguage {
    /// A revealed finding as the facilitator's pages show it, in the language: what to read
    /// out, the question to put to the room, and the statistics behind it for the facilitator.
    struct FindingText {
        /// The observation (in German or French, the report's own sentence for the gap).
        var observation: String
        /// The question to the room, as the terminal console asks it.
        var question: String
        /// The statistics, when the observation does not already hold them.
        var statistics: String?
    }

    /// `finding` worded as the terminal console words it (`FacilitatorConsole.reveal`): in a
    /// language other than English the report's sentence (`findingWords`, which `accord serve`
    /// fills with AccordReport's `FindingWording`), else a group's spread in the language, else
    /// Core's observation and its statistics line.
    func text(of finding: DiscussionFinding, in report: GapReport, workshop: Workshop) -> FindingText {
        let type = workshop.question(finding.questionID)?.type ?? .scale
        let question = Catalogue.for(language).console.roomQuestion(finding.roomQuestion(type: type))
        if language != .english, let sentence = findingWords?(finding, report, language) {
            return FindingText(observation: sentence, question: question, statistics: nil)
        }
        if let spread = finding.spread(in: report, spread) {
            return FindingText(observation: spread.observation, question: question, statistics: spread.statistics)
        }
        return FindingText(observation: finding.prompt.observation, question: question, statistics: finding.detail)
    }
}
