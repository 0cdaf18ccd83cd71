extension RunnerStrings {
    /// English, the reference.
    public static let english = RunnerStrings(
        chooseLanguage: "Which language would you like to answer in?",
        answerPrompt: "Answer: ",
        welcome: "Your answers are anonymous: only the partner and the level you choose are stored with them. "
            + "Type ? for help on a question and :help for commands.",
        kioskWelcome: "Your answers are anonymous: only the partner and the level you choose are stored with them.",
        pressEnterToBegin: "Press Enter to begin",
        submittedSoFar: { "\($0) submitted so far." },
        kioskThanks: "Thank you. Your answers are in.",
        kioskQuitHint: "To leave without submitting, type :quit; your answers are then deleted.",
        resumeHint: "If you stop, your answers are kept. To continue later, type:",
        welcomeBack: { partner, level, answered, total in
            "Welcome back (\(partner), \(level.lowercased())): you have answered \(answered) of \(total) questions."
        },
        section: { "Section: \($0)." },
        aboutMinutes: { "About \($0) minutes." },
        progressSpoken: { number, total, section, guess in
            "Question \(number) of \(total), \(section)" + (guess ? ", your guess." : ".")
        },
        yourGuessMarker: "your guess",
        nowGuess: { "Now guess: how do people at \($0) answer this?" },
        theOtherPartner: "the other partner",
        optionalMark: " (optional)",
        typeHintSpoken: { "Type \($0)\($1 ? ", or press Enter to skip" : ""). Type ? for help or :help for commands." },
        typeHintShort: { "\($0)\($1 ? " · Enter skips" : "") · ? help · :help commands" },
        noExtraHelp: "There is no extra help for this question.",
        typeHint: { "Type \($0)." },
        commands: "Commands",
        commandMeanings: [
            "help for this question", "go back one question", "leave an optional question unanswered",
            "see your answers so far and change one", "this list",
            "stop; your answers are kept and you can resume later",
        ],
        kioskQuitMeaning: "leave without submitting; your answers are deleted",
        commandsFootnote: "Numbers or labels both work; Tab completes labels. "
            + "Several answers: 1,3 or labels separated by commas. Ranking: 3 1 2, most important first.",
        notAccepted: { "Not accepted: \($0)." },
        rangeSpoken: " to ",
        yourAnswer: { "Your answer: \($0)" },
        yourGuess: { "; your guess: \($0)" },
        notAnswered: "not answered",
        notGiven: "not given",
        firstQuestion: "this is the first question",
        requiredCannotSkip: "this question is required, so it cannot be skipped",
        profileHelp: "Type the number or the name. Only your partner and level are stored with your answers.",
        chooseFirst: "choose first: type the number or the name",
        partnerQuestion: "Which partner organisation are you with?",
        levelQuestion: "Which level are you answering for? (Management: managers and executives; "
            + "Execution: the people who carry out the partnership's work.)",
        management: "Management",
        execution: "Execution",
        leaveConfirm: "Leave without submitting? Your answers will be deleted. Type yes to leave",
        answersKept: "Your answers are kept. Go on where you were.",
        answersSoFar: "Your answers so far",
        numberToChange: "Number to change, or Enter to go on",
        typeQuestionNumber: { "type the number of a question (1–\($0)), or press Enter to go on" },
        checkBeforeSubmit: "Please check your answers before you submit them",
        finalReviewHelp: "Type yes to submit, the number of an answer to change it, or :back.",
        submitPrompt: "Submit?",
        submitWords: ["yes", "y", "submit"],
        submitted: "Thank you. Your answers are submitted.",
        typeYesToSubmit: { "type yes to submit, or the number of an answer to change it (1–\($0))" },
        stoppedResume: { "Stopped. Your answers so far are saved; to continue: \($0)" },
        stoppedNothingKept: "Stopped before any answer was given; nothing was kept.",
        turnEnded: "Left without submitting; the answers given were deleted.")
}
