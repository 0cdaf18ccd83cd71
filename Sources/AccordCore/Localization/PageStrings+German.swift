extension PageStrings {
    /// German, formal *Sie*.
    public static let german = PageStrings(
        language: "Sprache",
        anonymityNote: "Ihre Antworten sind anonym: Es werden weder Name noch Uhrzeit oder Gerät gespeichert, nur die "
            + "Organisation und die Ebene, die Sie unten wählen. Ergebnisse werden nur für Gruppen gezeigt, die groß "
            + "genug sind, dass niemand herausgelesen werden kann.",
        continueAnswers: "Mit Ihren Antworten fortfahren",
        orStartAgain: " oder unten neu beginnen.",
        whichOrganisation: "Zu welcher Organisation gehören Sie?",
        whatLevel: "Auf welcher Ebene arbeiten Sie in der Partnerschaft?",
        levelHelp: "Das Management entscheidet und trägt die Partnerschaft; die Umsetzung erledigt die tägliche Arbeit.",
        start: "Beginnen",
        chooseOrganisation: "Wählen Sie Ihre Organisation.",
        chooseLevel: "Wählen Sie Ihre Ebene.",
        partOf: { "Teil \($0) von \($1)" },
        needAnotherLook: "Einige Antworten brauchen noch einmal Ihre Aufmerksamkeit: siehe die Hinweise unten.",
        guessLegend: { "Ihre Einschätzung: Wie werden die meisten Personen bei \($0) diese Frage beantworten?" },
        next: "Weiter",
        back: "Zurück",
        olderCopyNotice: "Diese Seite wurde aus einer älteren Kopie gesendet, daher sind diese Antworten noch nicht "
            + "gespeichert. Prüfen Sie sie und klicken Sie noch einmal auf Weiter.",
        moreQuestionsNotice: "Ihre Antworten haben in diesem Teil weitere Fragen geöffnet: Bitte beantworten Sie auch diese.",
        pleaseAnswer: "Bitte beantworten Sie diese Frage.",
        requiredMark: "(Pflichtfrage)",
        reviewHeading: "Ihre Antworten prüfen",
        reviewTitle: "Prüfen",
        answerAsHTML: { "Sie antworten für <strong>\($0)</strong>, Ebene \($1)." },
        beforeYouSubmit: "Vor dem Absenden:",
        guessForHTML: { "Ihre Einschätzung für \($0): " },
        changeAnswersInPart: "Antworten in diesem Teil ändern",
        onceSubmitted: "Nach dem Absenden können Sie Ihre Antworten weder ändern noch zurückziehen: Nichts verbindet "
            + "sie mit Ihnen.",
        submitMyAnswers: "Antworten absenden",
        notAnswered: "(nicht beantwortet)",
        thanksTitle: "Vielen Dank",
        thanksMessage: "Ihre Antworten sind eingegangen. Nichts verbindet sie mit Ihnen; Sie können diese Seite schließen.",
        guessForOtherPartner: { "Ihre Einschätzung für die andere Partnerorganisation: \($0)" },
        whatYouTyped: "Was Sie eingegeben haben",
        chooseScalePoint: "Wählen Sie einen Punkt auf der Skala.",
        chooseYesOrNo: "Wählen Sie Ja oder Nein.",
        rankEveryPlace: "Belegen Sie jeden Platz der Rangfolge mit einer Antwort.",
        enterNumber: { "Geben Sie eine Zahl ein, etwa \($0)." },
        chooseExactly: { "Wählen Sie \($0)." },
        chooseBetween: { "Wählen Sie zwischen \($0) und \($1)." },
        putInOrder: "Bringen Sie alle Antworten in eine Reihenfolge, die wichtigste zuerst.",
        choosePlaceholder: "Bitte wählen…",
        numberBounds: { whole, min, max in
            let kind = whole ? "Eine ganze Zahl" : "Eine Zahl"
            return switch (min, max) {
            case (let min?, let max?): "\(kind) von \(min) bis \(max)."
            case (let min?, nil): "\(kind), mindestens \(min)."
            case (nil, let max?): "\(kind), höchstens \(max)."
            case (nil, nil): "\(kind)."
            }
        },
        yourAnswerHTML: { "Ihre Antwort\($0)" },
        textAnswerLabel: { "Ihre Antwort (höchstens \($0) Zeichen)" },
        or: "Oder",
        myAnswerAbove: "(meine Antwort oben)",
        notFound: Refusal("Nicht gefunden", "Hier gibt es nichts. Prüfen Sie die Adresse, die Sie erhalten haben."),
        staleForm: Refusal(
            "Dieses Formular ist abgelaufen",
            "Die Seite wurde ohne ihr Sicherheitstoken oder von einer alten Seite gesendet. Gehen Sie zurück, laden Sie "
                + "die Seite neu und senden Sie sie noch einmal."),
        unexpected: Refusal(
            "Etwas ist schiefgegangen",
            "Keine Ihrer bisherigen Antworten ist verloren. Gehen Sie zurück und versuchen Sie es gleich noch einmal."),
        roundClosed: Refusal(
            "Die Runde ist geschlossen",
            "Diese Runde nimmt keine Antworten mehr an. Fragen Sie die Moderation, ob eine neue Runde offen ist."),
        nothingToSubmit: Refusal(
            "Nichts mehr abzusenden",
            "Wenn Sie bereits auf Absenden geklickt haben, sind Ihre Antworten eingegangen und es ist nichts weiter "
                + "nötig: Sie können diese Seite schließen. Falls nicht, sagen Sie der Moderation Bescheid."),
        notSaved: Refusal(
            "Diese Antworten wurden nicht gespeichert",
            "In diesem Browser sind für diese Runde keine Antworten in Bearbeitung: Sie wurden abgesendet oder nach "
                + "vielen Stunden ohne Nutzung beiseitegelegt. Wenn Sie abgesendet haben, sind Ihre Antworten "
                + "eingegangen und es ist nichts weiter nötig. Falls nicht, sagen Sie der Moderation Bescheid. "
                + "Was Sie auf dieser Seite eingegeben haben, steht unten."),
        pleaseWait: Refusal(
            "Bitte warten Sie einen Moment",
            "Über diese Netzwerkverbindung wurden gerade viele Antworten begonnen. Warten Sie eine Minute und klicken "
                + "Sie dann noch einmal auf Beginnen; von Ihrer Auswahl ist noch nichts gespeichert."),
        workshopFull: Refusal(
            "Der Workshop ist im Moment voll",
            "Diese Runde hat so viele Antworten in Bearbeitung, wie sie aufnehmen kann. Sagen Sie der Moderation "
                + "Bescheid; von Ihrer Auswahl ist noch nichts gespeichert."),
        tooLarge: Refusal(
            "Das war zu viel Text",
            "Die Seite hat mehr gesendet, als der Server annimmt, daher wurde nichts davon gespeichert. Gehen Sie "
                + "zurück, kürzen Sie die längste Antwort und senden Sie erneut."))
}
