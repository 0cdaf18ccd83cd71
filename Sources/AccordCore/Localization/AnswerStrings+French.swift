extension AnswerStrings {
    /// French, formal *vous*, with a no-break space before `:` and `;` as French typesetting has it.
    public static let french = AnswerStrings(
        yes: "Oui", no: "Non", dontKnow: "Je ne sais pas", preferNotToSay: "Je préfère ne pas répondre",
        noneSelected: "aucune",
        yesWords: ["oui", "o"], noWords: ["non"], dontKnowWords: ["nsp", "je ne sais pas", "ne sais pas"],
        preferNotToSayWords: ["npr", "je préfère ne pas répondre", "préfère ne pas répondre"],
        noneWords: ["aucune", "aucun"],
        scaleHint: { "\($0)–\($1) ou un libellé" },
        choiceHint: { "1–\($0) ou un libellé" },
        multiHint: { "des numéros ou des libellés séparés par des virgules\u{A0}; choisissez-en \($0)" },
        selectExactly: { "exactement \($0)" },
        selectAnyOrNone: "autant que vous voulez, ou aucune",
        selectAtLeast: { "au moins \($0)" },
        selectAtMostOrNone: { "au plus \($0), ou aucune" },
        selectBetween: { "de \($0) à \($1)" },
        rankHint: { "les \($0) numéros ou libellés, du plus important au moins important" },
        numberHint: { whole, range, unit in
            (whole ? "un nombre entier" : "un nombre") + (range.map { " (\($0))" } ?? "") + (unit.map { " en \($0)" } ?? "")
        },
        textHint: { "un texte de \($0) caractères au plus" },
        yesNoHint: "oui ou non",
        rangeAtLeast: { "au moins \($0)" },
        rangeAtMost: { "au plus \($0)" },
        rangeAny: "n’importe quel nombre",
        typeAnAnswer: "saisissez une réponse (ou :help)",
        notUnderstood: { "«\u{A0}\(input: $0)\u{A0}» n’est pas compris ici\u{A0}; saisissez \($1)" },
        noSuchNumber: { "\($0) ne correspond à aucune option (1–\($1))" },
        fitsSeveral: {
            "«\u{A0}\(input: $0)\u{A0}» correspond à plusieurs options (\($1.joined(separator: ", ")))\u{A0}; "
                + "saisissez-en davantage"
        },
        ambiguousNumber: { input, readings in
            "«\u{A0}\(input: input)\u{A0}» peut se lire \(readings.joined(separator: " ou "))\u{A0}; "
                + "saisissez le nombre sans séparateur de milliers, par exemple \(readings.joined(separator: " ou "))"
        },
        unknownQuestion: "cet atelier ne comporte pas cette question",
        wrongType: { "attendu\u{A0}: \($0), trouvé\u{A0}: \($1)" },
        notOnScale: { "\($0) ne figure pas sur cette échelle (\($1)–\($2))" },
        unknownOption: {
            "«\u{A0}\(input: $0)\u{A0}» n’est pas une option (options\u{A0}: \($1.joined(separator: ", ")))"
        },
        duplicateOption: { "«\u{A0}\(input: $0)\u{A0}» figure deux fois" },
        tooFewSelections: { "choisissez-en au moins \($1) (vous en avez choisi \($0))" },
        tooManySelections: { "choisissez-en au plus \($1) (vous en avez choisi \($0))" },
        incompleteRanking: { "classez toutes les options\u{A0}; il manque\u{A0}: \($0.joined(separator: ", "))" },
        numberOutOfRange: { "\($0) est hors de la plage autorisée (\($1))" },
        notWholeNumber: { "\($0) n’est pas un nombre entier" },
        textTooLong: {
            "le texte compte \($0) \($0 < 2 ? "caractère" : "caractères")\u{A0}; \($1) au plus sont autorisés"
        },
        notOffered: { "«\u{A0}\(input: $0)\u{A0}» n’est pas proposé pour cette question" },
        missingRequired: "cette question est obligatoire",
        answeredHiddenQuestion:
            "cette question n’est pas posée compte tenu des réponses précédentes\u{A0}; elle n’accepte donc pas de réponse",
        predictionNotAsked: "cette question ne demande pas d’estimation",
        predictedHiddenQuestion:
            "cette question n’est pas posée compte tenu des réponses précédentes\u{A0}; elle n’accepte donc pas d’estimation",
        aboutQuestion: { "question «\u{A0}\(input: $0)\u{A0}»\u{A0}: \($1)" })
}
