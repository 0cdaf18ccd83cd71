/// What the participant pages of `accord serve` say, in one language. Members that take
/// HTML say so; everything else is plain text the pages escape.
public struct PageStrings: Sendable {
    /// The legend of the language choice on the join page.
    public let language: String
    /// The anonymity note on the join page.
    public let anonymityNote: String
    /// The link back to answers in progress.
    public let continueAnswers: String
    /// After that link.
    public let orStartAgain: String
    /// The partner legend.
    public let whichOrganisation: String
    /// The level legend.
    public let whatLevel: String
    /// Under the level legend.
    public let levelHelp: String
    /// The start button.
    public let start: String
    /// A missing partner.
    public let chooseOrganisation: String
    /// A missing level.
    public let chooseLevel: String
    /// Progress through the parts.
    public let partOf: @Sendable (_ number: Int, _ total: Int) -> String
    /// Above a form with errors.
    public let needAnotherLook: String
    /// The legend of a guess.
    public let guessLegend: @Sendable (_ otherPartner: String) -> String
    /// The next button.
    public let next: String
    /// The back button.
    public let back: String
    /// A form sent from an older copy of the page.
    public let olderCopyNotice: String
    /// Answers that opened more questions.
    public let moreQuestionsNotice: String
    /// A required question left empty.
    public let pleaseAnswer: String
    /// After the legend of a required question.
    public let requiredMark: String
    /// The review heading.
    public let reviewHeading: String
    /// The review page title.
    public let reviewTitle: String
    /// Who answers: the partner as HTML, the level title.
    public let answerAsHTML: @Sendable (_ partnerHTML: String, _ level: String) -> String
    /// Above the problems that block submitting.
    public let beforeYouSubmit: String
    /// Before a guess in the review, the other partner as HTML.
    public let guessForHTML: @Sendable (_ otherPartnerHTML: String) -> String
    /// The link to change a part.
    public let changeAnswersInPart: String
    /// Above the submit button.
    public let onceSubmitted: String
    /// The submit button.
    public let submitMyAnswers: String
    /// An unanswered question in the review.
    public let notAnswered: String
    /// The thank-you heading and title.
    public let thanksTitle: String
    /// The thank-you message.
    public let thanksMessage: String
    /// A guess in the list of what was typed.
    public let guessForOtherPartner: @Sendable (_ prompt: String) -> String
    /// The heading of what was typed.
    public let whatYouTyped: String
    /// A scale value that is not a point.
    public let chooseScalePoint: String
    /// A yes/no value that is neither.
    public let chooseYesOrNo: String
    /// A ranking with an empty place.
    public let rankEveryPlace: String
    /// A number not understood, with an example in the language.
    public let enterNumber: @Sendable (_ example: String) -> String
    /// A multiple choice of exactly `n`.
    public let chooseExactly: @Sendable (_ count: Int) -> String
    /// A multiple choice of `min` to `max`.
    public let chooseBetween: @Sendable (_ min: Int, _ max: Int) -> String
    /// Under a ranking.
    public let putInOrder: String
    /// The empty choice of a ranking place.
    public let choosePlaceholder: String
    /// A number's bounds as a sentence, bounds already written in the language.
    public let numberBounds: @Sendable (_ whole: Bool, _ min: String?, _ max: String?) -> String
    /// The label of a number field, with its unit (already escaped, with a leading space) if any.
    public let yourAnswerHTML: @Sendable (_ unitHTML: String) -> String
    /// The label of a text field.
    public let textAnswerLabel: @Sendable (_ maxLength: Int) -> String
    /// The label before "don't know"/"prefer not to say" as a select.
    public let or: String
    /// The empty choice of that select.
    public let myAnswerAbove: String
    /// A refusal's title and message: wrong address.
    public let notFound: Refusal
    /// A form without its token.
    public let staleForm: Refusal
    /// A server error.
    public let unexpected: Refusal
    /// A closed round.
    public let roundClosed: Refusal
    /// A submit with nothing to submit.
    public let nothingToSubmit: Refusal
    /// A part sent without answers in progress.
    public let notSaved: Refusal
    /// Too many starts from one address.
    public let pleaseWait: Refusal
    /// Too many drafts in the round.
    public let workshopFull: Refusal
    /// A form larger than the server accepts (413).
    public let tooLarge: Refusal

    /// A refusal page's heading and message.
    public struct Refusal: Sendable {
        /// The heading.
        public let title: String
        /// What happened and what to do.
        public let message: String

        /// Creates a refusal text.
        public init(_ title: String, _ message: String) {
            self.title = title
            self.message = message
        }
    }
}
