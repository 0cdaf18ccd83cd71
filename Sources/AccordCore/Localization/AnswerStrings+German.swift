extension AnswerStrings {
    /// German, formal *Sie*.
    public static let german = AnswerStrings(
        yes: "Ja", no: "Nein", dontKnow: "Weiß nicht", preferNotToSay: "Keine Angabe", noneSelected: "keine",
        yesWords: ["ja", "j"], noWords: ["nein"], dontKnowWords: ["wn", "weiß nicht", "weiss nicht"],
        preferNotToSayWords: ["ka", "keine angabe"], noneWords: ["keine", "keins"],
        scaleHint: { "\($0)–\($1) oder eine Bezeichnung" },
        choiceHint: { "1–\($0) oder eine Bezeichnung" },
        multiHint: { "Nummern oder Bezeichnungen, durch Kommas getrennt; wählen Sie \($0)" },
        selectExactly: { "genau \($0)" },
        selectAnyOrNone: "beliebig viele oder keine",
        selectAtLeast: { "mindestens \($0)" },
        selectAtMostOrNone: { "höchstens \($0) oder keine" },
        selectBetween: { "\($0) bis \($1)" },
        rankHint: { "alle \($0) Nummern oder Bezeichnungen, die wichtigste zuerst" },
        numberHint: { whole, range, unit in
            (whole ? "eine ganze Zahl" : "eine Zahl") + (range.map { " (\($0))" } ?? "") + (unit.map { " in \($0)" } ?? "")
        },
        textHint: { "Text mit höchstens \($0) Zeichen" },
        yesNoHint: "ja oder nein",
        rangeAtLeast: { "mindestens \($0)" },
        rangeAtMost: { "höchstens \($0)" },
        rangeAny: "beliebige Zahl",
        typeAnAnswer: "geben Sie eine Antwort ein (oder :help)",
        notUnderstood: { "„\(input: $0)“ wird hier nicht verstanden; geben Sie \($1) ein" },
        noSuchNumber: { "\($0) ist keine der Antwortmöglichkeiten (1–\($1))" },
        fitsSeveral: {
            "„\(input: $0)“ passt zu mehreren Antworten (\($1.joined(separator: ", "))); geben Sie mehr davon ein"
        },
        ambiguousNumber: { input, readings in
            "„\(input: input)“ lässt sich als \(readings.joined(separator: " oder als ")) lesen; "
                + "geben Sie die Zahl ohne Tausendertrennzeichen ein, etwa \(readings.joined(separator: " oder "))"
        },
        unknownQuestion: "diese Frage gibt es in diesem Workshop nicht",
        wrongType: { "erwartet: \($0), gefunden: \($1)" },
        notOnScale: { "\($0) liegt nicht auf dieser Skala (\($1)–\($2))" },
        unknownOption: { "„\(input: $0)“ ist keine Antwortmöglichkeit (möglich: \($1.joined(separator: ", ")))" },
        duplicateOption: { "„\(input: $0)“ ist doppelt angegeben" },
        tooFewSelections: { "wählen Sie mindestens \($1) (gewählt: \($0))" },
        tooManySelections: { "wählen Sie höchstens \($1) (gewählt: \($0))" },
        incompleteRanking: { "bringen Sie alle Antworten in eine Reihenfolge; es fehlen: \($0.joined(separator: ", "))" },
        numberOutOfRange: { "\($0) liegt außerhalb des erlaubten Bereichs (\($1))" },
        notWholeNumber: { "\($0) ist keine ganze Zahl" },
        textTooLong: { "der Text hat \($0) Zeichen; erlaubt sind höchstens \($1)" },
        notOffered: { "„\(input: $0)“ ist bei dieser Frage nicht vorgesehen" },
        missingRequired: "diese Frage muss beantwortet werden",
        answeredHiddenQuestion:
            "diese Frage wird nach Ihren bisherigen Antworten nicht gestellt und nimmt daher keine Antwort an",
        predictionNotAsked: "bei dieser Frage wird keine Einschätzung erfragt",
        predictedHiddenQuestion:
            "diese Frage wird nach Ihren bisherigen Antworten nicht gestellt und nimmt daher keine Einschätzung an",
        aboutQuestion: { "Frage „\(input: $0)“: \($1)" })
}
