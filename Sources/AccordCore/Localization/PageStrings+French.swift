extension PageStrings {
    /// French, formal *vous*, with a no-break space before `:`, `;` and `?`.
    public static let french = PageStrings(
        language: "Langue",
        anonymityNote: "Vos réponses sont anonymes\u{A0}: ni nom, ni heure, ni appareil ne sont enregistrés, seulement "
            + "l’organisation et le niveau que vous choisissez ci-dessous. Les résultats ne sont affichés que pour "
            + "des groupes assez grands pour que personne ne puisse être identifié.",
        continueAnswers: "Reprendre vos réponses",
        orStartAgain: " ou recommencer ci-dessous.",
        whichOrganisation: "À quelle organisation appartenez-vous\u{A0}?",
        whatLevel: "Quel est votre niveau dans le partenariat\u{A0}?",
        levelHelp: "La direction décide et porte le partenariat\u{A0}; la mise en œuvre assure le travail au quotidien.",
        start: "Commencer",
        chooseOrganisation: "Choisissez votre organisation.",
        chooseLevel: "Choisissez votre niveau.",
        partOf: { "Partie \($0) sur \($1)" },
        needAnotherLook: "Certaines réponses sont à revoir\u{A0}: voir les messages ci-dessous.",
        guessLegend: { "Votre estimation\u{A0}: comment la plupart des personnes chez \($0) répondront-elles\u{A0}?" },
        next: "Suivant",
        back: "Retour",
        olderCopyNotice: "Cette page a été envoyée depuis une ancienne copie\u{A0}: ces réponses ne sont donc pas encore "
            + "enregistrées. Vérifiez-les et cliquez de nouveau sur Suivant.",
        moreQuestionsNotice: "Vos réponses ont ouvert d’autres questions dans cette partie\u{A0}: merci d’y répondre aussi.",
        pleaseAnswer: "Merci de répondre à cette question.",
        requiredMark: "(obligatoire)",
        reviewHeading: "Vérifiez vos réponses",
        reviewTitle: "Vérification",
        answerAsHTML: { "Vous répondez pour <strong>\($0)</strong>, niveau «\u{A0}\($1)\u{A0}»." },
        beforeYouSubmit: "Avant d’envoyer\u{A0}:",
        guessForHTML: { "Votre estimation pour \($0)\u{A0}: " },
        changeAnswersInPart: "Modifier les réponses de cette partie",
        onceSubmitted: "Une fois envoyées, vos réponses ne peuvent plus être modifiées ni retirées\u{A0}: rien ne les "
            + "relie à vous.",
        submitMyAnswers: "Envoyer mes réponses",
        notAnswered: "(sans réponse)",
        thanksTitle: "Merci",
        thanksMessage: "Vos réponses sont bien enregistrées. Rien ne les relie à vous\u{A0}; vous pouvez fermer cette page.",
        guessForOtherPartner: { "Votre estimation pour l’autre partenaire\u{A0}: \($0)" },
        whatYouTyped: "Ce que vous avez saisi",
        chooseScalePoint: "Choisissez un point de l’échelle.",
        chooseYesOrNo: "Choisissez oui ou non.",
        rankEveryPlace: "Attribuez une option à chaque place du classement.",
        enterNumber: { "Saisissez un nombre, par exemple \($0)." },
        chooseExactly: { "Choisissez-en \($0)." },
        chooseBetween: { "Choisissez-en entre \($0) et \($1)." },
        putInOrder: "Classez toutes les options, de la plus importante à la moins importante.",
        choosePlaceholder: "Choisir…",
        numberBounds: { whole, min, max in
            let kind = whole ? "Un nombre entier" : "Un nombre"
            return switch (min, max) {
            case (let min?, let max?): "\(kind) de \(min) à \(max)."
            case (let min?, nil): "\(kind), au moins \(min)."
            case (nil, let max?): "\(kind), au plus \(max)."
            case (nil, nil): "\(kind)."
            }
        },
        yourAnswerHTML: { "Votre réponse\($0)" },
        textAnswerLabel: { "Votre réponse (\($0) caractères au plus)" },
        or: "Ou",
        myAnswerAbove: "(ma réponse ci-dessus)",
        notFound: Refusal("Page introuvable", "Il n’y a rien ici. Vérifiez l’adresse qui vous a été donnée."),
        staleForm: Refusal(
            "Ce formulaire a expiré",
            "La page a été envoyée sans son jeton de sécurité, ou depuis une ancienne page. Revenez en arrière, "
                + "rechargez la page et envoyez-la de nouveau."),
        unexpected: Refusal(
            "Une erreur s’est produite",
            "Aucune de vos réponses n’est perdue. Revenez en arrière et réessayez dans un instant."),
        roundClosed: Refusal(
            "Le tour est clos",
            "Ce tour n’accepte plus de réponses. Demandez à l’animateur ou à l’animatrice si un nouveau tour est ouvert."),
        nothingToSubmit: Refusal(
            "Plus rien à envoyer",
            "Si vous avez déjà cliqué sur Envoyer, vos réponses sont bien enregistrées et il n’y a rien d’autre à faire\u{A0}: "
                + "vous pouvez fermer cette page. Sinon, prévenez l’animateur ou l’animatrice."),
        notSaved: Refusal(
            "Ces réponses n’ont pas été enregistrées",
            "Ce navigateur n’a pas de réponses en cours pour ce tour\u{A0}: elles ont été envoyées, ou mises de côté après "
                + "de longues heures sans activité. Si vous les avez envoyées, elles sont bien enregistrées et il n’y "
                + "a rien d’autre à faire. Sinon, prévenez l’animateur ou l’animatrice. Ce que vous avez saisi sur "
                + "cette page figure ci-dessous."),
        pleaseWait: Refusal(
            "Veuillez patienter un instant",
            "De nombreuses réponses viennent d’être commencées depuis cette connexion. Attendez une minute, puis "
                + "cliquez de nouveau sur Commencer\u{A0}; rien de ce que vous avez choisi n’est encore enregistré."),
        workshopFull: Refusal(
            "L’atelier est complet pour le moment",
            "Ce tour contient autant de réponses en cours qu’il peut en accueillir. Prévenez l’animateur ou "
                + "l’animatrice\u{A0}; rien de ce que vous avez choisi n’est encore enregistré."),
        tooLarge: Refusal(
            "Le texte envoyé est trop long",
            "La page a envoyé plus que ce que le serveur accepte\u{A0}: rien n’a donc été enregistré. Revenez en "
                + "arrière, raccourcissez la réponse la plus longue et envoyez-la de nouveau."))
}
