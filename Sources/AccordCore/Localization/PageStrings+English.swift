extension PageStrings {
    /// English, the reference.
    public static let english = PageStrings(
        language: "Language",
        anonymityNote: "Your answers are anonymous: no name, time or device is stored, only the organisation and "
            + "level you choose below. Results are shown only for groups large enough that nobody can be picked out.",
        continueAnswers: "Continue your answers",
        orStartAgain: " or start again below.",
        whichOrganisation: "Which organisation do you belong to?",
        whatLevel: "What is your level in the partnership?",
        levelHelp: "Management decides and sponsors; execution does the day-to-day work.",
        start: "Start",
        chooseOrganisation: "Choose your organisation.",
        chooseLevel: "Choose your level.",
        partOf: { "Part \($0) of \($1)" },
        needAnotherLook: "Some answers need another look: see the messages below.",
        guessLegend: { "Your guess: how will most people at \($0) answer this?" },
        next: "Next",
        back: "Back",
        olderCopyNotice: "This page was sent from an older copy, so these answers are not saved yet. "
            + "Check them and press Next again.",
        moreQuestionsNotice: "Your answers opened more questions in this part: please answer them too.",
        pleaseAnswer: "Please answer this question.",
        requiredMark: "(required)",
        reviewHeading: "Review your answers",
        reviewTitle: "Review",
        answerAsHTML: { "You answer as <strong>\($0)</strong>, \($1.lowercased())." },
        beforeYouSubmit: "Before you submit:",
        guessForHTML: { "Your guess for \($0): " },
        changeAnswersInPart: "Change answers in this part",
        onceSubmitted: "Once submitted, your answers cannot be changed or withdrawn: nothing links them to you.",
        submitMyAnswers: "Submit my answers",
        notAnswered: "(not answered)",
        thanksTitle: "Thank you",
        thanksMessage: "Your answers are in. Nothing links them to you; you can close this page.",
        guessForOtherPartner: { "Your guess for the other partner: \($0)" },
        whatYouTyped: "What you typed",
        chooseScalePoint: "Choose a point on the scale.",
        chooseYesOrNo: "Choose yes or no.",
        rankEveryPlace: "Give every place in the ranking an option.",
        enterNumber: { "Enter a number, such as \($0)." },
        chooseExactly: { "Choose \($0)." },
        chooseBetween: { "Choose between \($0) and \($1)." },
        putInOrder: "Put every option in order, most important first.",
        choosePlaceholder: "Choose…",
        numberBounds: { whole, min, max in
            let kind = whole ? "A whole number" : "A number"
            return switch (min, max) {
            case (let min?, let max?): "\(kind) from \(min) to \(max)."
            case (let min?, nil): "\(kind), at least \(min)."
            case (nil, let max?): "\(kind), at most \(max)."
            case (nil, nil): "\(kind)."
            }
        },
        yourAnswerHTML: { "Your answer\($0)" },
        textAnswerLabel: { "Your answer (at most \($0) characters)" },
        or: "Or",
        myAnswerAbove: "(my answer above)",
        notFound: Refusal("Not found", "There is nothing here. Check the address you were given."),
        staleForm: Refusal(
            "This form has expired",
            "The page was sent without its security token, or from an old page. Go back, reload the page and send it again."),
        unexpected: Refusal(
            "Something went wrong", "Nothing you answered so far is lost. Go back and try again in a moment."),
        roundClosed: Refusal(
            "The round is closed", "This round takes no more answers. Ask the facilitator whether a new round is open."),
        nothingToSubmit: Refusal(
            "Nothing left to submit",
            "If you pressed Submit before, your answers are already in and nothing more is needed: "
                + "you can close this page. If you had not, tell the facilitator."),
        notSaved: Refusal(
            "These answers were not saved",
            "This browser has no answers in progress for this round: they were submitted, or set aside "
                + "after many hours without use. If you submitted, your answers are in and nothing more is needed. "
                + "If not, tell the facilitator. What you typed on this page is below."),
        pleaseWait: Refusal(
            "Please wait a moment",
            "Many answers were just started from this network connection. Wait a minute, then press Start "
                + "again; nothing you chose is stored yet."),
        workshopFull: Refusal(
            "The workshop is full for now",
            "This round holds as many answers in progress as it can. Tell the facilitator; nothing you "
                + "chose is stored yet."),
        tooLarge: Refusal(
            "That was too much text",
            "The page sent more than the server accepts, so nothing of it was stored. Go back, shorten the longest "
                + "answer and send it again."))
}
