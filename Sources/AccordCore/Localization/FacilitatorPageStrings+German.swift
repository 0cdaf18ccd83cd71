extension FacilitatorPageStrings {
    /// German, formal *Sie*.
    public static let german = FacilitatorPageStrings(
        backToConsole: "Zurück zur Konsole",
        consoleNavigation: "Konsole",
        languageNavigation: "Sprache",
        facilitator: "Moderation",
        sessionHTML: { id, partners in
            "Sitzung <code>\(id)</code>, Partner: \(partners.joined(separator: " und "))."
        },
        agenda: "Ablauf",
        counts: "Teilnahme",
        actions: "Maßnahmen",
        recordAction: "Maßnahme festhalten",
        help: "Hilfe",
        presenterView: "Präsentationsansicht (für den Beamer)",
        join: "Teilnehmen",
        qrCodeLabel: "QR-Code der Teilnahmeadresse",
        participantsScanHTML: { "Die Teilnehmenden scannen den Code oder öffnen \($0)" },
        openRoundStep: { "Runde \($0) öffnen …" },
        closeRoundStep: { "Runde \($0) schließen …" },
        noPhaseYet: { phases, minutes in
            "Noch keine Phase gestartet: \(phases == 1 ? "1 Phase" : "\(phases) Phasen")"
                + (minutes.map { ", \($0) Minuten" } ?? "") + "."
        },
        startPhase: { "Phase \($0) starten" },
        phaseHeadingHTML: { number, count, title, results in
            (results ? "Ergebnisse: " : "") + "Phase \(number) von \(count): \(title)"
        },
        readOut: "Vorlesen:",
        yourNotes: "Ihre Notizen:",
        previousPhase: "Vorige Phase",
        nextPhase: { "Nächste Phase: \($0)" },
        lastPhase: "Dies ist die letzte Phase. Schließen Sie die Runde und zeigen Sie dann ihre Ergebnisse.",
        sinceStarted: { "\($0) seit Beginn von „\($1)“" },
        revealedHeadingHTML: { round, title, section, count in
            "Gezeigt: Runde \(round), \(title) (Abschnitt \(section) von \(count))"
        },
        presenterShowsThis: "Die Präsentationsansicht zeigt jetzt diesen Abschnitt.",
        noGapConsole: "Hier ist keine Lücke größer als vernachlässigbar: Die Partner und ihre Teams in Management und "
            + "Umsetzung sehen diesen Abschnitt gleich. Das verdient es, ausgesprochen zu werden.",
        moreFindings: { "Weitere Befunde (\($0) kleinere)" },
        resultsOfRound: { "Ergebnisse von Runde \($0)" },
        nothingRevealed: "Noch nichts gezeigt.",
        revealNext: { "Abschnitt \($0) zeigen: \($1)" },
        revealSection: "Abschnitt zeigen",
        reveal: "Zeigen",
        ask: "Fragen Sie:",
        round: { "Runde \($0)" },
        roundState: { $0 ? "offen" : "geschlossen" },
        reportOfRound: { "Bericht zu Runde \($0)" },
        countsHeading: { "Runde \($0) (\($1 ? "offen" : "geschlossen")): abgesendet" },
        submissionsPerGroup: "Abgesendete Antworten je Gruppe",
        group: "Gruppe",
        submitted: "Abgesendet",
        hiddenNote: {
            "Verborgen: weniger als \($0) Antworten, oder eine Zahl, aus der sich die einer verborgenen Gruppe "
                + "errechnen ließe."
        },
        agendaHeadingHTML: { "Ablauf: \($0)" },
        minutesInAll: { "Insgesamt \($0) Minuten." },
        timebox: { "\($0) Min." },
        noTimebox: "ohne Zeitvorgabe",
        questions: { count, written in count == 1 ? "1 Frage" : "\(written) Fragen" },
        now: "jetzt",
        helpIntroHTML: "Jeder Schritt der Terminal-Konsole (<code>accord facilitate</code>) steht auch hier zur "
            + "Verfügung. Behalten Sie die Konsole auf Ihrem eigenen Bildschirm und zeigen Sie die Präsentationsansicht "
            + "über den Beamer: Sie enthält kein Geheimnis und keine Schaltfläche.",
        helpCaption: "Terminal-Befehle und wo Sie sie im Browser finden",
        terminal: "Terminal",
        inTheBrowser: "Im Browser",
        place: { command in
            switch command {
            case .agenda: "Die Seite „Ablauf“: jede Phase mit ihrer Zeitvorgabe und einer Schaltfläche zum Starten."
            case .next: "Die Schaltfläche „Nächste Phase“ der Konsole: die Einleitung der Phase, Ihre Notizen, der Countdown."
            case .phase: "Die Start-Schaltflächen der Seite „Ablauf“ und die Schaltfläche „Vorige Phase“ der Konsole."
            case .time: "Der Countdown oben in der Konsole (und in der Präsentationsansicht)."
            case .counts: "Die Seite „Teilnahme“ und jede Runde in der Konsole: Gruppen unter dem Schwellenwert zeigen keine Zahl."
            case .open: "Der Link „Runde öffnen“ der Konsole, dann seine Bestätigungsseite."
            case .close: "Der Link „Runde schließen“ der Konsole, dann seine Bestätigungsseite."
            case .reveal: "Die Zeigen-Schaltflächen der Konsole, sobald die Runde geschlossen ist: Die Präsentationsansicht zeigt diesen Abschnitt."
            case .more: "Die Schaltfläche „Weitere Befunde“ unter einem gezeigten Abschnitt."
            case .action: "Die Seite „Maßnahme festhalten“: was, wer, bis wann, welche Befunde sie betrifft."
            case .actions: "Die Seite „Maßnahmen“: jede vereinbarte Maßnahme und wie sich ihre Lücken entwickelt haben."
            case .help: "Diese Seite."
            case .quit: "Schließen Sie den Tab: Alles ist bereits gespeichert."
            }
        },
        recordActionHeading: "Vereinbarte Maßnahme festhalten",
        whatWillBeDone: "Was wird getan?",
        whichPartnerOwns: "Welcher Partner ist verantwortlich?",
        byWhichRound: "Bis zu welcher Runde?",
        whichFindings: "Welche Befunde betrifft sie?",
        otherTopics: "Weitere Fragen oder eine Dimension, die sie betrifft (IDs, optional)",
        recordTheAction: "Maßnahme festhalten",
        cancel: "Abbrechen",
        actionsNeedClosedRound: "Maßnahmen werden zu den Ergebnissen einer geschlossenen Runde vereinbart: Schließen "
            + "Sie die Runde und zeigen Sie zuerst ihre Abschnitte.",
        agreedActions: "Vereinbarte Maßnahmen",
        recorded: { "Maßnahme Nr. \($0) festgehalten." },
        noActionsYet: "Noch keine Maßnahmen vereinbart. Halten Sie eine fest, während Sie die Ergebnisse zeigen.",
        asOfRound: { "Stand Runde \($0):" },
        actionHTML: { id, owner, due, text in "Nr. \(id) \(owner), bis Runde \(due): \(text)" },
        reviewedActionHTML: { id, owner, due, isDue, text in
            "Nr. \(id) \(owner), \(isDue ? "fällig bis" : "für") Runde \(due): \(text)"
        },
        dimensionMoved: { dimension, then, thenRound, now in
            "Übereinstimmung bei \(dimension): \(then) in Runde \(thenRound), jetzt \(now)"
        },
        closeQuestion: { "Runde \($0) schließen?" },
        closeExplanation: { round in
            "Runde \(round) nimmt dann keine Antworten mehr an, und ihr Bericht kann gelesen werden. Wer noch antwortet, "
                + "kann nicht mehr absenden: Begonnene Antworten bleiben gespeichert, werden aber nie gezählt. Das lässt "
                + "sich nicht rückgängig machen: Eine geschlossene Runde bleibt geschlossen (Sie können danach Runde "
                + "\(round + 1) öffnen)."
        },
        closeButton: { "Runde \($0) schließen" },
        openQuestion: { "Runde \($0) öffnen?" },
        openExplanation: { round in
            "Die Teilnehmenden können dann erneut antworten, als Runde \(round), mit derselben Teilnahmeadresse. Frühere "
                + "Runden bleiben geschlossen, ihre Berichte bleiben unverändert. Es ist immer nur eine Runde offen."
        },
        openButton: { "Runde \($0) öffnen" },
        stepDoesNotApply: "Dieser Schritt ist jetzt nicht möglich",
        roundStillOpen: { round in
            PageStrings.Refusal(
                "Runde \(round) ist noch offen",
                "Der Bericht einer Runde entsteht, wenn sie geschlossen wird, damit niemand Zahlen über die Zeit "
                    + "vergleichen kann.")
        },
        scanOrOpenHTML: { "Scannen Sie den Code oder öffnen Sie <strong>\($0)</strong>" },
        roundOpenAnonymous: { "Runde \($0) ist offen. Ihre Antworten sind anonym." },
        answersSoFarHTML: { count, written in
            count == 1 ? "Bisher <strong>1</strong> Antwort." : "Bisher <strong>\(written)</strong> Antworten."
        },
        answersAppearLater: "Die Zahl der Antworten erscheint, sobald es genug sind, dass alle anonym bleiben.",
        roundClosedThanks: {
            "Runde \($0) ist geschlossen: Vielen Dank. Die Ergebnisse folgen, ein Abschnitt nach dem anderen."
        },
        startsSoon: "Der Workshop beginnt gleich.",
        roundResultsHTML: { "Ergebnisse von Runde \($0): \($1)" },
        sectionOf: { "Abschnitt \($0) von \($1)" },
        noGapPresenter: "Hier ist keine Lücke größer als vernachlässigbar: Beide Partner, Management und Umsetzung "
            + "sehen diesen Abschnitt gleich."
    )
}
