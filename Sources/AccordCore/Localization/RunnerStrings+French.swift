extension RunnerStrings {
    /// French, formal *vous*, with a no-break space before `:`, `;` and `?`.
    public static let french = RunnerStrings(
        chooseLanguage: "Dans quelle langue souhaitez-vous répondre\u{A0}?",
        answerPrompt: "Réponse\u{A0}: ",
        welcome: "Vos réponses sont anonymes\u{A0}: seuls le partenaire et le niveau que vous choisissez sont enregistrés "
            + "avec elles. Tapez ? pour obtenir de l’aide sur une question et :help pour la liste des commandes.",
        kioskWelcome: "Vos réponses sont anonymes\u{A0}: seuls le partenaire et le niveau que vous choisissez sont "
            + "enregistrés avec elles.",
        pressEnterToBegin: "Appuyez sur Entrée pour commencer",
        submittedSoFar: { "Réponses envoyées jusqu’ici\u{A0}: \($0)." },
        kioskThanks: "Merci. Vos réponses sont bien enregistrées.",
        kioskQuitHint: "Pour partir sans envoyer, tapez :quit\u{A0}; vos réponses sont alors supprimées.",
        resumeHint: "Si vous vous arrêtez, vos réponses sont conservées. Pour reprendre plus tard, tapez\u{A0}:",
        welcomeBack: { partner, level, answered, total in
            "Bon retour (\(partner), \(level))\u{A0}: vous avez répondu à \(answered) "
                + (answered < 2 ? "question" : "questions") + " sur \(total)."
        },
        section: { "Partie\u{A0}: \($0)." },
        aboutMinutes: { "Environ \($0) \($0 < 2 ? "minute" : "minutes")." },
        progressSpoken: { number, total, section, guess in
            "Question \(number) sur \(total), \(section)" + (guess ? ", votre estimation." : ".")
        },
        yourGuessMarker: "votre estimation",
        nowGuess: { "À vous d’estimer\u{A0}: comment les personnes chez \($0) répondent-elles à cette question\u{A0}?" },
        theOtherPartner: "l’autre partenaire",
        optionalMark: " (facultatif)",
        typeHintSpoken: { hint, skips in
            "Tapez \(hint)\(skips ? ", ou appuyez sur Entrée pour passer" : ""). "
                + "Tapez ? pour obtenir de l’aide ou :help pour les commandes."
        },
        typeHintShort: { "\($0)\($1 ? " · Entrée pour passer" : "") · ? aide · :help commandes" },
        noExtraHelp: "Cette question n’a pas d’aide supplémentaire.",
        typeHint: { "Tapez \($0)." },
        commands: "Commandes",
        commandMeanings: [
            "aide sur cette question", "revenir à la question précédente",
            "laisser une question facultative sans réponse", "voir vos réponses jusqu’ici et en modifier une",
            "cette liste", "arrêter\u{A0}; vos réponses sont conservées et vous pourrez reprendre plus tard",
        ],
        kioskQuitMeaning: "partir sans envoyer\u{A0}; vos réponses sont supprimées",
        commandsFootnote: "Les numéros comme les libellés fonctionnent\u{A0}; la touche Tab complète les libellés. "
            + "Plusieurs réponses\u{A0}: 1,3 ou des libellés séparés par des virgules. "
            + "Classement\u{A0}: 3 1 2, le plus important en premier.",
        notAccepted: { "Non accepté\u{A0}: \($0)." },
        rangeSpoken: " à ",
        yourAnswer: { "Votre réponse\u{A0}: \($0)" },
        yourGuess: { "\u{A0}; votre estimation\u{A0}: \($0)" },
        notAnswered: "sans réponse",
        notGiven: "non donnée",
        firstQuestion: "c’est la première question",
        requiredCannotSkip: "cette question est obligatoire\u{A0}; vous ne pouvez pas la passer",
        profileHelp: "Tapez le numéro ou le nom. Seuls votre partenaire et votre niveau sont enregistrés "
            + "avec vos réponses.",
        chooseFirst: "choisissez d’abord\u{A0}: tapez le numéro ou le nom",
        partnerQuestion: "À quelle organisation partenaire appartenez-vous\u{A0}?",
        levelQuestion: "Pour quel niveau répondez-vous ? (Direction\u{A0}: cadres et dirigeants\u{A0}; "
            + "Mise en œuvre\u{A0}: les personnes qui réalisent le travail du partenariat.)",
        management: "Direction",
        execution: "Mise en œuvre",
        leaveConfirm: "Partir sans envoyer ? Vos réponses seront supprimées. Tapez oui pour partir",
        answersKept: "Vos réponses sont conservées. Reprenez là où vous en étiez.",
        answersSoFar: "Vos réponses jusqu’ici",
        numberToChange: "Numéro à modifier, ou Entrée pour continuer",
        typeQuestionNumber: { "tapez le numéro d’une question (1–\($0)), ou appuyez sur Entrée pour continuer" },
        checkBeforeSubmit: "Vérifiez vos réponses avant de les envoyer",
        finalReviewHelp: "Tapez oui pour envoyer, le numéro d’une réponse pour la modifier, ou :back.",
        submitPrompt: "Envoyer\u{A0}?",
        submitWords: ["oui", "o", "envoyer"],
        submitted: "Merci. Vos réponses sont envoyées.",
        typeYesToSubmit: { "tapez oui pour envoyer, ou le numéro d’une réponse pour la modifier (1–\($0))" },
        stoppedResume: { "Arrêt. Vos réponses jusqu’ici sont enregistrées\u{A0}; pour reprendre\u{A0}: \($0)" },
        stoppedNothingKept: "Arrêt avant toute réponse\u{A0}; rien n’a été conservé.",
        turnEnded: "Départ sans envoi\u{A0}; les réponses données ont été supprimées.")
}
