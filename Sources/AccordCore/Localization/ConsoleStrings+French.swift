extension ConsoleStrings {
    /// French, formal *vous*; the words of the French report (`tour`, `direction`, `masqué`),
    /// with a no-break space before `:`, `;`, `?`, `!` and inside « ».
    public static let french = ConsoleStrings(
        facilitatingFor: { title, partners in "\(title) — animation pour \(partners.joined(separator: " et "))" },
        roundState: { "Le tour \($0) est \($1 ? "ouvert" : "fermé")." },
        welcomeHint: "Tapez « agenda » pour les phases, « next » pour commencer la première, « help » pour toutes les commandes.",
        stopped: "Arrêté. Tout ce qui a été saisi est enregistré.",
        resultsMarker: "résultats",
        demoIntroduction: { session, command in
            """
            Session de démonstration \(session) : des participants fictifs d’Acme et de Globex répondent au tour 1.
            L’équipe d’exécution de Globex arrive encore : chaque fois que vous tapez « counts », une \
            personne de plus envoie ses réponses. Quand vous ouvrez le tour 2 avec « open », tout le monde y \
            répond d’un coup.
            Pour reprendre plus tard : \(command)
            """
        },
        commandHelp: { command in
            switch command {
            case .agenda: HelpEntry("agenda", "les phases, leur durée prévue, où vous en êtes")
            case .next: HelpEntry("next", "commencer la phase suivante : son introduction, vos notes, le compte à rebours")
            case .phase: HelpEntry("phase N|SECTION", "aller à une phase")
            case .time: HelpEntry("time", "le compte à rebours de la phase en cours")
            case .counts:
                HelpEntry("counts", "combien ont répondu par groupe (les groupes sous le seuil n’affichent aucun nombre)")
            case .open: HelpEntry("open", "ouvrir le tour suivant")
            case .close:
                HelpEntry(
                    "close",
                    "fermer le tour pour pouvoir en dévoiler les résultats (demande confirmation, sauf close --yes)")
            case .reveal:
                HelpEntry(
                    "reveal [N|SECTION]",
                    "les constats de la section suivante (ou de celle nommée), en pistes à lire à voix haute")
            case .more: HelpEntry("more", "les constats secondaires de la section, numérotés à la suite")
            case .action:
                HelpEntry("action", "saisir une action convenue (demande quoi, responsable, tour, constats)")
            case .actions: HelpEntry("actions", "les actions convenues jusqu’ici, et l’évolution de leurs écarts")
            case .help: HelpEntry("help", "toutes les commandes et ce qu’elles font")
            case .quit: HelpEntry("quit", "quitter (tout est déjà enregistré)")
            }
        },
        actionAddHelp: HelpEntry(
            "action add ...", "la même chose en une ligne : action add --owner Acme --due 2 --about 1 TEXTE"),
        usage: { command in
            switch command {
            case .phase: "phase NUMÉRO|SECTION"
            case .close: "close [--yes]"
            case .reveal: "reveal [NUMÉRO|SECTION]"
            case .action:
                "action  (demande quoi, responsable, tour, constats)  |  "
                    + "action add --owner PARTENAIRE [--due TOUR] [--about 1,2,QUESTION,DIMENSION] TEXTE"
            default: command.rawValue
            }
        },
        agendaHeading: { title, total in "Programme : \(title)" + (total.map { " (\($0) min)" } ?? "") },
        minutes: { "\($0) min" },
        noTimebox: "sans durée prévue",
        questionCount: { $0 == 1 ? "1 question" : "\($0) questions" },
        lastPhaseDone: "C’était la dernière phase. Fermez le tour (« close ») et dévoilez les résultats (« reveal »).",
        phaseHeading: { "Phase \($0) sur \($1) : \($2)" },
        readOut: "À lire à voix haute :",
        yourNotes: "Vos notes :",
        whileAnswering: { next in
            "Pendant que le groupe répond, « counts » montre combien ont envoyé leurs réponses ; "
                + (next.map { "« next » passe à la phase \($0)." } ?? "c’est la dernière phase.")
        },
        noPhaseYet: "Aucune phase commencée : tapez « next » pour commencer la première.",
        noTimeboxSince: { "\($0) n’a pas de durée prévue ; \($1) écoulées depuis le début." },
        countdown: { remaining, box, seconds in
            seconds > 0
                ? "encore \(remaining) sur \(box)" : seconds == 0 ? "temps écoulé (\(box))" : "\(remaining) de dépassement sur \(box)"
        },
        wrapUp: " — il est temps de conclure.",
        countsHeading: { "Tour \($0) (\($1 ? "ouvert" : "fermé")) — réponses envoyées :" },
        hidden: "masqué",
        everyone: "Ensemble",
        levelTitle: { $0 == .management ? "Direction" : "Exécution" },
        everyGroupShown: { "Chaque groupe compte au moins \($0) réponses : le rapport peut montrer toutes les comparaisons." },
        someGroupsHidden: {
            "Les groupes de moins de \($0) réponses pour l’instant, et ceux qui permettraient de les reconstituer, "
                + "sont masqués ; le rapport les masquerait aussi."
        },
        alreadyOpen: { "Le tour \($0) est déjà ouvert." },
        roundOpened: { "Le tour \($0) est ouvert : les participants peuvent répondre dès maintenant (« \($1) »)." },
        walkAgain: "Tapez « next » pour reparcourir le programme pendant qu’ils répondent.",
        alreadyClosed: {
            "Le tour \($0) est déjà fermé. Tapez « reveal » pour en montrer les résultats, "
                + "ou « open » pour commencer le tour \($0 + 1)."
        },
        roundClosed: {
            "Le tour \($0) est fermé : plus personne ne peut y répondre. Tapez « reveal » pour montrer "
                + "les résultats de la première section."
        },
        closingWarning: {
            "Fermer le tour \($0) le termine pour tout le monde : plus personne ne pourra y répondre, "
                + "et il ne pourra pas être rouvert."
        },
        closeConfirm: { "Fermer le tour \($0) ? Tapez oui pour le fermer : " },
        staysOpen: { "Le tour \($0) reste ouvert." },
        yesWords: ["oui", "o"],
        noWords: ["non"],
        everySectionRevealed: {
            "Toutes les sections du tour \($0) ont été dévoilées. Saisissez ce que le groupe a convenu avec « action » ; "
                + "« actions » les liste ; « reveal N » montre de nouveau une section."
        },
        sectionHeading: { "Tour \($0) · \($1) (section \($2) sur \($3))" },
        noLargeGap: "Aucun écart n’est ici plus que négligeable : les partenaires, leur direction et leurs équipes "
            + "d’exécution voient cette section de la même façon. Cela mérite d’être dit.",
        earlierActions: "Actions convenues lors des tours précédents sur cette section :",
        recordHint: "Saisissez ce que le groupe convient avec « action » (constats par numéro) ; "
            + "« reveal » pour la section suivante.",
        askRoom: { "Demandez : \($0)" },
        roomQuestion: { question in
            switch question {
            case .gap(_, partners: _, dispersed: true):
                "Que voit chaque côté, et pourquoi des personnes du même côté le voient-elles différemment ?"
            case .gap(.scale, partners: let partners, dispersed: _), .gap(.yesno, partners: let partners, dispersed: _):
                partners ? "Que voit chaque côté ?" : "Que voit chaque côté depuis sa position ?"
            case .gap(.number, partners: _, dispersed: _): "D’où vient l’estimation de chaque côté ?"
            case .gap(.choice, partners: _, dispersed: _): "Qu’y a-t-il derrière chaque choix ?"
            case .gap(.multi, partners: _, dispersed: _): "Pourquoi est-ce plus important pour un côté ?"
            case .gap(.rank, partners: _, dispersed: _): "Qu’est-ce qui détermine l’ordre de chaque côté ?"
            case .gap(.text, partners: _, dispersed: _): ""
            case .spread: "Quelles expériences différentes se cachent derrière cette dispersion ?"
            case .understanding(let guesser, let other):
                "Qu’est-ce qui a donné cette image à \(guesser), et que voudrait \(other) que \(guesser) sache ?"
            }
        },
        revealFirst: "Dévoilez d’abord une section (« reveal »).",
        noMoreFindings: "Plus aucun constat dans cette section.",
        moreFindings: {
            ($0 == 1 ? "1 constat secondaire non montré" : "\($0) constats secondaires non montrés")
                + " dans cette section : « more » les montre."
        },
        resultsOf: { "Résultats du tour \($0) : indice d’alignement \($1) / 100" },
        sinceRound: { " (\($0) depuis le tour \($1))" },
        actFirst: {
            "Levier le plus fort du résultat avec un score bas : \($0) (r = \($1), score \($2) / 100). "
                + "Agissez ici en premier."
        },
        hiddenGroups: {
            "Masqués pour protéger l’anonymat : \($0). Les constats ne comparent que les groupes montrés."
        },
        due: { $1 ? "à faire d’ici le tour \($0)" : "pour le tour \($0)" },
        dimensionAlignment: { "Alignement \($0) : \($1) au tour \($2), \($3) maintenant" },
        askWhat: "Que va-t-on faire ? ",
        noActionRecorded: "Aucune action saisie.",
        askOwner: { "Quel partenaire en est responsable ? (\($0)) " },
        askDue: { "D’ici quel tour ? [\($0)] " },
        askAbout: { findings in
            "Quels constats concerne-t-elle ? ("
                + (findings == 0 ? "identifiants de questions" : "numéros 1–\(findings), identifiants de questions")
                + " ; Entrée pour aucun) "
        },
        recorded: { "Action n° \($0) saisie : \($1), d’ici le tour \($2) : \($3)" },
        aboutTopics: { " (concerne : \($0.joined(separator: " ; ")))" },
        dimensionTopic: { "dimension \($0)" },
        noActionsYet: "Aucune action convenue pour l’instant. Saisissez-en une avec « action » en dévoilant les résultats.",
        actionLine: { "#\($0) \($1), d’ici le tour \($2) : \($3)" },
        actionsAsOf: { "Actions (au tour \($0)) :" },
        needsValue: { "--\($0) attend une valeur" },
        ownerMissing: "--owner manque",
        dueNeedsNumber: "--due attend un numéro de tour",
        sayWhichPhase: "précisez la phase",
        error: { error in
            switch error {
            case .emptyActionText:
                "Une action a besoin d’un texte : dites ce qui sera fait."
            case .unknownOwner(let owner, let partners):
                "« \(input: owner) » n’est pas un partenaire de cette session ; le responsable est l’un de : "
                    + "\(partners.joined(separator: ", "))."
            case .dueRoundNotLater(let due, let agreedIn):
                "Une action convenue sur les résultats du tour \(agreedIn) est à faire lors d’un tour ultérieur, "
                    + "pas au tour \(due)."
            case .unknownQuestion(let id):
                "L’atelier n’a pas de question « \(input: id) »."
            case .unknownDimension(let id):
                "L’atelier n’a pas de dimension « \(input: id) »."
            case .unknownSection(let id):
                "L’atelier n’a pas de section « \(input: id) » ; tapez « agenda » pour voir les sections et leurs numéros."
            case .unknownFinding(let number, let shown):
                shown == 0
                    ? "Il n’y a pas de constat \(number) : dévoilez d’abord une section, puis désignez ses constats "
                        + "par leur numéro."
                    : "Il n’y a pas de constat \(number) : le dernier dévoilement a montré les constats 1 à \(shown)."
            case .unknownCommand(let command):
                "Commande inconnue « \(input: command) » ; tapez « help » pour voir les commandes."
            case .badArguments(let command, let problem, let usage):
                "\(command) : \(problem). Usage : \(usage)"
            case .roundStillOpen(let round):
                "Le tour \(round) est encore ouvert ; fermez-le (« close ») avant de dévoiler les résultats."
            case .nothingClosedYet:
                "Aucun tour n’a encore été fermé : fermez d’abord le tour (« close ») ; ses résultats viennent ensuite."
            }
        })
}
