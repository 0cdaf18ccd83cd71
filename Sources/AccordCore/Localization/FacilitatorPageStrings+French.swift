extension FacilitatorPageStrings {
    /// French, formal *vous*, with a no-break space before `:`, `;`, `?` and inside « ».
    public static let french = FacilitatorPageStrings(
        backToConsole: "Retour à la console",
        consoleNavigation: "Console",
        languageNavigation: "Langue",
        facilitator: "Animation",
        sessionHTML: { id, partners in
            "Session <code>\(id)</code>, partenaires\u{A0}: \(partners.joined(separator: " et "))."
        },
        agenda: "Déroulé",
        counts: "Participation",
        actions: "Actions",
        recordAction: "Consigner une action",
        help: "Aide",
        presenterView: "Vue de présentation (pour le projecteur)",
        join: "Participer",
        qrCodeLabel: "Code QR de l’adresse de participation",
        participantsScanHTML: { "Les participants scannent le code ou ouvrent \($0)" },
        openRoundStep: { "Ouvrir le tour \($0)…" },
        closeRoundStep: { "Clore le tour \($0)…" },
        noPhaseYet: { phases, minutes in
            "Aucune phase commencée\u{A0}: \(phases == 1 ? "1 phase" : "\(phases) phases")"
                + (minutes.map { ", \($0) minutes" } ?? "") + "."
        },
        startPhase: { "Commencer la phase \($0)" },
        phaseHeadingHTML: { number, count, title, results in
            (results ? "Résultats\u{A0}: " : "") + "Phase \(number) sur \(count)\u{A0}: \(title)"
        },
        readOut: "À lire\u{A0}:",
        yourNotes: "Vos notes\u{A0}:",
        previousPhase: "Phase précédente",
        nextPhase: { "Phase suivante\u{A0}: \($0)" },
        lastPhase: "C’est la dernière phase. Clôturez le tour, puis présentez ses résultats.",
        sinceStarted: { "\($0) depuis le début de «\u{A0}\($1)\u{A0}»" },
        revealedHeadingHTML: { round, title, section, count in
            "Présenté\u{A0}: tour \(round), \(title) (partie \(section) sur \(count))"
        },
        presenterShowsThis: "La vue de présentation affiche maintenant cette partie.",
        noGapConsole: "Aucun écart n’est ici plus que négligeable\u{A0}: les partenaires, ainsi que leurs équipes de "
            + "direction et de mise en œuvre, voient cette partie de la même façon. Cela mérite d’être dit.",
        moreFindings: { "Autres constats (\($0) de moindre ampleur)" },
        resultsOfRound: { "Résultats du tour \($0)" },
        nothingRevealed: "Rien n’a encore été présenté.",
        revealNext: { "Présenter la partie \($0)\u{A0}: \($1)" },
        revealSection: "Présenter la partie",
        reveal: "Présenter",
        ask: "Demandez\u{A0}:",
        round: { "Tour \($0)" },
        roundState: { $0 ? "ouvert" : "clos" },
        reportOfRound: { "Rapport du tour \($0)" },
        countsHeading: { "Tour \($0) (\($1 ? "ouvert" : "clos"))\u{A0}: réponses envoyées" },
        submissionsPerGroup: "Réponses envoyées par groupe",
        group: "Groupe",
        submitted: "Envoyées",
        hiddenNote: {
            "Masqué\u{A0}: moins de \($0) réponses, ou un nombre dont on pourrait déduire celui d’un groupe masqué."
        },
        agendaHeadingHTML: { "Déroulé\u{A0}: \($0)" },
        minutesInAll: { "\($0) minutes au total." },
        timebox: { "\($0)\u{A0}min" },
        noTimebox: "sans durée prévue",
        questions: { count, written in count == 1 ? "1 question" : "\(written) questions" },
        now: "en cours",
        helpIntroHTML: "Chaque étape de la console du terminal (<code>accord facilitate</code>) se trouve aussi ici. "
            + "Gardez la console sur votre propre écran et affichez la vue de présentation au projecteur\u{A0}: elle ne "
            + "contient ni secret ni bouton.",
        helpCaption: "Les commandes du terminal et leur place dans le navigateur",
        terminal: "Terminal",
        inTheBrowser: "Dans le navigateur",
        place: { command in
            switch command {
            case .agenda: "La page Déroulé\u{A0}: chaque phase, sa durée prévue, un bouton pour la commencer."
            case .next: "Le bouton Phase suivante de la console\u{A0}: l’introduction de la phase, vos notes, le compte à rebours."
            case .phase: "Les boutons Commencer de la page Déroulé, et le bouton Phase précédente de la console."
            case .time: "Le compte à rebours en haut de la console (et sur la vue de présentation)."
            case .counts: "La page Participation, et chaque tour sur la console\u{A0}: les groupes sous le seuil n’affichent aucun nombre."
            case .open: "Le lien Ouvrir le tour de la console, puis sa page de confirmation."
            case .close: "Le lien Clore le tour de la console, puis sa page de confirmation."
            case .reveal: "Les boutons Présenter de la console, une fois le tour clos\u{A0}: la vue de présentation affiche cette partie."
            case .more: "Le bouton Autres constats sous une partie présentée."
            case .action: "La page Consigner une action\u{A0}: quoi, qui, pour quand, les constats concernés."
            case .actions: "La page Actions\u{A0}: chaque action convenue, et l’évolution de ses écarts."
            case .help: "Cette page."
            case .quit: "Fermez l’onglet\u{A0}: tout est déjà enregistré."
            }
        },
        recordActionHeading: "Consigner une action convenue",
        whatWillBeDone: "Que va-t-on faire\u{A0}?",
        whichPartnerOwns: "Quel partenaire en est responsable\u{A0}?",
        byWhichRound: "Pour quel tour\u{A0}?",
        whichFindings: "Quels constats concerne-t-elle\u{A0}?",
        otherTopics: "Autres questions ou dimension concernées (identifiants, facultatif)",
        recordTheAction: "Consigner l’action",
        cancel: "Annuler",
        actionsNeedClosedRound: "Les actions se décident sur les résultats d’un tour clos\u{A0}: clôturez le tour et "
            + "présentez d’abord ses parties.",
        agreedActions: "Actions convenues",
        recorded: { "Action nº\u{A0}\($0) consignée." },
        noActionsYet: "Aucune action convenue pour l’instant. Consignez-en une pendant la présentation des résultats.",
        asOfRound: { "Au tour \($0)\u{A0}:" },
        actionHTML: { id, owner, due, text in "nº\u{A0}\(id) \(owner), pour le tour \(due)\u{A0}: \(text)" },
        reviewedActionHTML: { id, owner, due, isDue, text in
            "nº\u{A0}\(id) \(owner), \(isDue ? "à réaliser avant le" : "pour le") tour \(due)\u{A0}: \(text)"
        },
        dimensionMoved: { dimension, then, thenRound, now in
            "Convergence sur «\u{A0}\(dimension)\u{A0}»\u{A0}: \(then) au tour \(thenRound), \(now) maintenant"
        },
        closeQuestion: { "Clore le tour \($0)\u{A0}?" },
        closeExplanation: { round in
            "Le tour \(round) n’accepte alors plus de réponses, et son rapport peut être lu. Les personnes qui répondent "
                + "encore ne peuvent plus envoyer\u{A0}: leurs réponses en cours sont conservées mais jamais comptées. "
                + "C’est définitif\u{A0}: un tour clos le reste (vous pourrez ensuite ouvrir le tour \(round + 1))."
        },
        closeButton: { "Clore le tour \($0)" },
        openQuestion: { "Ouvrir le tour \($0)\u{A0}?" },
        openExplanation: { round in
            "Les participants peuvent alors répondre à nouveau, pour le tour \(round), avec la même adresse de "
                + "participation. Les tours précédents restent clos et leurs rapports inchangés. Un seul tour est "
                + "ouvert à la fois."
        },
        openButton: { "Ouvrir le tour \($0)" },
        stepDoesNotApply: "Cette étape n’est pas possible maintenant",
        roundStillOpen: { round in
            PageStrings.Refusal(
                "Le tour \(round) est encore ouvert",
                "Le rapport d’un tour est établi à sa clôture, pour que personne ne puisse comparer les nombres au "
                    + "fil du temps.")
        },
        scanOrOpenHTML: { "Scannez le code ou ouvrez <strong>\($0)</strong>" },
        roundOpenAnonymous: { "Le tour \($0) est ouvert. Vos réponses sont anonymes." },
        answersSoFarHTML: { count, written in
            count == 1 ? "<strong>1</strong> réponse pour l’instant." : "<strong>\(written)</strong> réponses pour l’instant."
        },
        answersAppearLater: "Le nombre de réponses s’affichera dès qu’il y en aura assez pour préserver l’anonymat de tous.",
        roundClosedThanks: {
            "Le tour \($0) est clos\u{A0}: merci. Les résultats suivent, une partie après l’autre."
        },
        startsSoon: "L’atelier va bientôt commencer.",
        roundResultsHTML: { "Résultats du tour \($0)\u{A0}: \($1)" },
        sectionOf: { "Partie \($0) sur \($1)" },
        noGapPresenter: "Aucun écart n’est ici plus que négligeable\u{A0}: les deux partenaires, direction et mise en "
            + "œuvre, voient cette partie de la même façon."
    )
}
