extension RunnerStrings {
    /// German, formal *Sie*.
    public static let german = RunnerStrings(
        chooseLanguage: "In welcher Sprache möchten Sie antworten?",
        answerPrompt: "Antwort: ",
        welcome: "Ihre Antworten sind anonym: Gespeichert werden mit ihnen nur die Partnerorganisation und die Ebene, "
            + "die Sie wählen. Mit ? erhalten Sie Hilfe zur Frage, mit :help die Befehle.",
        kioskWelcome: "Ihre Antworten sind anonym: Gespeichert werden mit ihnen nur die Partnerorganisation und die Ebene, "
            + "die Sie wählen.",
        pressEnterToBegin: "Drücken Sie die Eingabetaste, um zu beginnen",
        submittedSoFar: { "Bisher abgeschickt: \($0)." },
        kioskThanks: "Vielen Dank. Ihre Antworten sind eingegangen.",
        kioskQuitHint: "Um ohne Absenden aufzuhören, geben Sie :quit ein; Ihre Antworten werden dann gelöscht.",
        resumeHint: "Wenn Sie aufhören, bleiben Ihre Antworten erhalten. Um später weiterzumachen, geben Sie ein:",
        welcomeBack: { partner, level, answered, total in
            "Willkommen zurück (\(partner), \(level)): Sie haben \(answered) von \(total) "
                + (total == 1 ? "Frage" : "Fragen") + " beantwortet."
        },
        section: { "Abschnitt: \($0)." },
        aboutMinutes: { "Etwa \($0) \($0 == 1 ? "Minute" : "Minuten")." },
        progressSpoken: { number, total, section, guess in
            "Frage \(number) von \(total), \(section)" + (guess ? ", Ihre Einschätzung." : ".")
        },
        yourGuessMarker: "Ihre Einschätzung",
        nowGuess: { "Und nun Ihre Einschätzung: Wie beantworten Personen bei \($0) diese Frage?" },
        theOtherPartner: "der anderen Partnerorganisation",
        optionalMark: " (freiwillig)",
        typeHintSpoken: { hint, skips in
            "Geben Sie \(hint) ein\(skips ? " oder drücken Sie die Eingabetaste, um die Frage zu überspringen" : ""). "
                + "Mit ? erhalten Sie Hilfe, mit :help die Befehle."
        },
        typeHintShort: { "\($0)\($1 ? " · Eingabetaste überspringt" : "") · ? Hilfe · :help Befehle" },
        noExtraHelp: "Zu dieser Frage gibt es keine weitere Hilfe.",
        typeHint: { "Geben Sie \($0) ein." },
        commands: "Befehle",
        commandMeanings: [
            "Hilfe zu dieser Frage", "eine Frage zurück", "eine freiwillige Frage unbeantwortet lassen",
            "bisherige Antworten ansehen und eine ändern", "diese Liste",
            "aufhören; Ihre Antworten bleiben erhalten, und Sie können später weitermachen",
        ],
        kioskQuitMeaning: "ohne Absenden aufhören; Ihre Antworten werden gelöscht",
        commandsFootnote: "Nummern und Bezeichnungen funktionieren gleichermaßen; die Tabulatortaste ergänzt "
            + "Bezeichnungen. Mehrere Antworten: 1,3 oder Bezeichnungen, durch Kommas getrennt. "
            + "Rangfolge: 3 1 2, die wichtigste zuerst.",
        notAccepted: { "Nicht angenommen: \($0)." },
        rangeSpoken: " bis ",
        yourAnswer: { "Ihre Antwort: \($0)" },
        yourGuess: { "; Ihre Einschätzung: \($0)" },
        notAnswered: "nicht beantwortet",
        notGiven: "nicht abgegeben",
        firstQuestion: "dies ist die erste Frage",
        requiredCannotSkip: "diese Frage muss beantwortet werden und kann nicht übersprungen werden",
        profileHelp: "Geben Sie die Nummer oder den Namen ein. Mit Ihren Antworten werden nur Ihre "
            + "Partnerorganisation und Ihre Ebene gespeichert.",
        chooseFirst: "bitte zuerst wählen: Geben Sie die Nummer oder den Namen ein",
        partnerQuestion: "Zu welcher Partnerorganisation gehören Sie?",
        levelQuestion: "Für welche Ebene antworten Sie? (Management: Führungskräfte und Geschäftsleitung; "
            + "Umsetzung: die Menschen, die die Arbeit der Partnerschaft ausführen.)",
        management: "Management",
        execution: "Umsetzung",
        leaveConfirm: "Ohne Absenden aufhören? Ihre Antworten werden gelöscht. Geben Sie ja ein, um aufzuhören",
        answersKept: "Ihre Antworten bleiben erhalten. Machen Sie dort weiter, wo Sie waren.",
        answersSoFar: "Ihre bisherigen Antworten",
        numberToChange: "Nummer zum Ändern oder Eingabetaste zum Weitermachen",
        typeQuestionNumber: {
            "geben Sie die Nummer einer Frage ein (1–\($0)) oder drücken Sie die Eingabetaste, um weiterzumachen"
        },
        checkBeforeSubmit: "Bitte prüfen Sie Ihre Antworten, bevor Sie sie absenden",
        finalReviewHelp: "Geben Sie ja ein, um abzusenden, die Nummer einer Antwort, um sie zu ändern, oder :back.",
        submitPrompt: "Absenden?",
        submitWords: ["ja", "j", "absenden"],
        submitted: "Vielen Dank. Ihre Antworten sind abgeschickt.",
        typeYesToSubmit: { "geben Sie ja ein, um abzusenden, oder die Nummer einer Antwort, um sie zu ändern (1–\($0))" },
        stoppedResume: { "Angehalten. Ihre bisherigen Antworten sind gespeichert; zum Weitermachen: \($0)" },
        stoppedNothingKept: "Angehalten, bevor eine Antwort gegeben wurde; es wurde nichts gespeichert.",
        turnEnded: "Ohne Absenden beendet; die gegebenen Antworten wurden gelöscht.")
}
