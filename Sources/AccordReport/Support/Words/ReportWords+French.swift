import AccordCore

extension ReportWords {
    /// The report in French: « écart » for a gap, « alignement », « accord intra-groupe » for
    /// rwg, « taille d'effet » and « δ de Cliff », « valeur q », decimal comma.
    static let french: ReportWords = ReportWords(
        language: .french, dropsLeadingZero: false, colon: " : ", semicolon: " ; ", percentSuffix: " %", percentCell: " %",
        levelSubject: { $0 == .management ? "La direction" : "L'exécution" },
        everyone: "Ensemble", levelTitle: { frenchLevel($0).capitalizedFirst }, levelInSentence: { $0 == .management ? "la direction" : "l'exécution" },
        cell: { "\($0) · \(frenchLevel($1).capitalizedFirst)" }, cellSubject: { "\($0) (\(frenchLevel($1)))" },
        hidden: "masqué",
        magnitude: { magnitude in
            switch magnitude {
            case .negligible: "négligeable"
            case .small: "petit"
            case .medium: "moyen"
            case .large: "grand"
            }
        },
        agreement: { band in
            switch band {
            case .none: "pas d'accord"
            case .weak: "accord faible"
            case .moderate: "accord modéré"
            case .strong: "accord fort"
            case .veryStrong: "accord très fort"
            }
        },
        agreementBand: { band in
            switch band {
            case .none: "aucun"
            case .weak: "faible"
            case .moderate: "modéré"
            case .strong: "fort"
            case .veryStrong: "très fort"
            }
        },
        questionType: { type in
            switch type {
            case .scale: "échelle"
            case .choice: "choix"
            case .multi: "choix multiple"
            case .rank: "classement"
            case .number: "nombre"
            case .text: "texte libre"
            case .yesno: "oui/non"
            }
        },
        dispersed: "dispersé",
        reportTitle: "RAPPORT D'ALIGNEMENT ACCORD",
        titleAndVersion: { "\($0) · version \($1)" },
        sessionLine: { "Session \($0) · \($1) et \($2) · tour \($3)" },
        documentTitle: { "\($0) : rapport d'alignement" },
        documentMeta: { "Session \($0) · \($1) et \($2) · tour \($3) · version de l'atelier \($4)" },
        pageTitle: { "\($0) : rapport d'alignement, tour \($1)\($2 ? " (aperçu)" : "")" },
        pageMeta: { "Rapport d'alignement · \($0) et \($1) · tour \($2) · session \($3) · version de l'atelier \($4)" },
        printHeader: { "\($0) · session \($1) · tour \($2)" + ($3 ? " (aperçu)" : "") },
        previewNotice: {
            "APERÇU : le tour \($0) est encore ouvert. Ces chiffres changeront à mesure que d'autres personnes répondent ; "
                + "le rapport définitif est établi à la clôture du tour."
        },
        alignmentIndex: { "Indice d'alignement : \($0) / 100" },
        indexChange: { " (\($0) depuis le tour \($1), contre \($2))" },
        indexNoBase: { " (le tour \($0) n'a pas d'indice à comparer)" },
        whoAnswered: "Qui a répondu", participants: "Participants",
        largestPartnerGaps: { "Plus grands écarts entre \($0) et \($1)" },
        largestLevelGaps: "Plus grands écarts entre direction et exécution",
        largestGaps: "Les plus grands écarts", partnersAnd: { "\($0) et \($1)" },
        managementAndExecution: "Direction et exécution",
        findingsLegendHTML: "Classés par taille d'effet et par accord, jamais par p seul. <em>Dispersé</em> : l'un des "
            + "groupes n'est pas d'accord avec lui-même, l'écart n'est donc pas un simple désalignement. ",
        noFindingsHidden: "Masqué : un groupe nécessaire à cette comparaison est masqué (voir Anonymat).",
        noFindings: "Aucun écart au-delà du négligeable.",
        agreedActions: "Actions convenues", alignmentByDimension: "Alignement par dimension (0–100)", alignmentHeading: "Alignement par dimension",
        dimension: "Dimension", alignmentColumn: "Alignement (0–100)", sinceRoundColumn: { "Depuis le tour \($0)" },
        scoreTableIntro: "Scores de dimension par groupe (0–100 ; plus haut est plus favorable) :",
        drivers: "Ce qui détermine le résultat", otherQuestions: "Autres questions", comments: "Commentaires",
        commentsNote: { "Présentés dans un ordre aléatoire, sans date, seulement pour les groupes d'au moins \($0) personnes." },
        commentsNoteMasked: {
            "Présentés dans un ordre aléatoire, sans date, seulement pour les groupes d'au moins \($0) personnes ; "
                + "adresses e-mail, numéros de téléphone et liens masqués."
        },
        commentSample: { "Un échantillon aléatoire de \($0) des \($1) commentaires ; tous figurent dans l'export." },
        anonymity: "Anonymat",
        anonymityRule: { minimum in
            "Les groupes de moins de \(minimum) réponses sont masqués, ainsi que ceux qui permettraient de les "
                + "reconstituer par déduction. "
                + "La même règle vaut pour chaque question, en comptant ses vraies réponses : un groupe masqué pour une "
                + "question n'y montre rien (pas même « je ne sais pas » ou « je préfère ne pas répondre »), aucun écart qui "
                + "en a besoin n'est montré, et ses scores de dimension laissent cette question de côté."
        },
        anonymityNever0: { " Les groupes masqués ne montrent aucun chiffre et jamais 0 ; les commentaires exigent \($0) personnes." },
        warning: "Avertissement",
        disclosureWarning: { warning in
            switch warning {
            case .thresholdBelowRecommended(let setting, let value, let recommended):
                "\(setting.rawValue) vaut \(value), en dessous des \(recommended) recommandés : toute personne "
                    + "qui lit le rapport et a elle-même répondu peut en retirer sa propre réponse ; un groupe de "
                    + "\(value) ne protège donc que \(value - 1) \(value - 1 == 1 ? "autre personne" : "autres personnes")."
            }
        },
        hiddenList: "Masqués : ", methods: "Méthodes", whatWasHidden: "Ce qui a été masqué",
        snapshotNote: { "Atelier \($0) \($1), instantané SHA-256 \($2)." },
        reverseWorded: "formulée à l'inverse", freeText: "Texte libre : voir Commentaires.", group: "Groupe",
        mean: "moyenne", sd: "é.-t.", median: "médiane", agreementColumn: "accord",
        dontKnow: "je ne sais pas", preferNotToSay: "préfère ne pas répondre",
        unsure: { "\($0) (\($1) je ne sais pas, \($2) préfère ne pas répondre)" },
        notAnswered: "Sans réponse : ", gapsHeader: "Écarts (« vers » moins « de ») :", understandingLabel: "Compréhension : ",
        scaleLegend: "Échelle : ", meanRank: "rang moyen",
        multiNote: "Les cellules donnent la part du groupe qui a choisi l'option.",
        rankNote: "Les cellules donnent les rangs moyens (1 = le plus important).", medianWord: "médiane",
        tvd: "TVD", cliffsDelta: "δ de Cliff", kendallTau: "τ de Kendall", meanRateDifference: "écart moyen des taux de sélection",
        interval: { "IC à 95 % [\($0) ; \($1)]" },
        roundValue: { "tour \($0) : \($1)" },
        change: { "depuis le tour \($0) : \($1) [\($2) ; \($3)], " + ($4 ? "dans le bruit" : "au-delà du bruit") },
        fdr: { "q \($0)" + ($1 ? ", retenu au seuil FDR de 5 %" : ", non retenu au seuil FDR de 5 %") },
        p: { "p \($0)" }, pUnreachable: "p < 0,05 est hors d'atteinte avec ces effectifs",
        comparisons: { count, holding in
            guard count > 0 else {
                return "Aucune comparaison avec valeur p n'a été faite ; aucune n'est donc testée contre le hasard."
            }
            let verdict =
                holding == 0
                ? "aucune n'est retenue au seuil FDR de 5 %"
                : "\(holding) \(holding == 1 ? "est retenue" : "sont retenues") au seuil FDR de 5 % "
                    + "(environ 1 sur 20 d'entre elles peut encore relever du hasard)"
            return "\(count) \(count == 1 ? "comparaison a été faite" : "comparaisons ont été faites") "
                + "(écarts montrés avec une valeur p) ; la valeur q corrige p pour l'ensemble (Benjamini-Hochberg), et \(verdict)."
        },
        moved: { round, moved, questions in
            "Depuis le tour \(round), \(moved) question\(moved > 1 ? "s" : "") sur \(questions) \(moved > 1 ? "ont" : "a") "
                + "bougé au-delà du bruit (l'intervalle à 95 % de la variation de l'écart entre partenaires exclut 0)."
        },
        consistency: { parts, low in
            var line = "Cohérence interne (α de Cronbach) : " + parts.joined(separator: ", ") + "."
            if !low.isEmpty {
                line += " Inférieure à 0,70 pour \(low.joined(separator: ", ")) : les questions de la dimension ne mesurent "
                    + "peut-être pas la même chose dans ce groupe ; lisez-les une par une."
            }
            return line
        },
        dimensionHeading: { "\($0) · alignement \($1)" },
        sinceRound: { "\($0) depuis le tour \($1)" }, noRoundValue: { "pas de valeur au tour \($0)" },
        driverIntroduction: { outcome, pairs in
            "Dans quelle mesure chaque dimension varie avec « \(outcome) » : r de Pearson entre le score de dimension "
                + "d'un participant et sa réponse, avec son intervalle à 95 %. Il faut au moins \(pairs) réponses par groupe. "
                + "Un levier fort avec un score bas indique où agir en premier. r montre une association, pas une cause."
        },
        driverUnknown: { "\($0) : pas assez de réponses pour conclure (ou aucune variation)" },
        driverLine: { "\($0) : r = \($1) [\($2) ; \($3)], score \($4)" }, actHereFirst: "agir ici en premier",
        findingDifference: { to, prompt, size, scale, lower, from in
            guard scale else { return "\(to) répond à \(prompt) \(size) de \(lower ? "moins" : "plus") \(than(from))" }
            let plural = (Double(size.replacingOccurrences(of: ",", with: ".")) ?? 0) >= 2
            return "\(to) note \(prompt) \(size) point\(plural ? "s" : "") plus \(lower ? "bas" : "haut") \(than(from))"
        },
        findingSameAverage: { "\($0) note \($1) en moyenne comme \($2), mais répond différemment" },
        findingMulti: { "\($0) et \($1) choisissent des réponses différentes à \($2)" },
        findingRank: { "\($0) et \($1) classent \($2) dans un ordre différent" },
        findingChoice: { "\($0) et \($1) répondent différemment à \($2)" },
        quote: { "« \($0) »" },
        due: { $1 ? "à réaliser d'ici le tour \($0)" : "pour le tour \($0)" },
        actionDimension: { "Alignement de « \($0) » : \($1) au tour \($2), \($3) maintenant" },
        agreedOn: { "Convenue sur les résultats du tour \($0)." },
        movement: frenchMovement, understanding: frenchUnderstanding,
        understandingGaps: "Écarts de compréhension",
        understandingLegend: "Chaque participant a aussi estimé la réponse de l'autre partenaire. Un écart positif : "
            + "l'estimation était trop haute.",
        question: "Question", whoGuessed: "Qui a estimé", about: "À propos de", guess: "Estimation",
        realAnswer: "Réponse réelle", gap: "Écart",
        alignmentIndexLabel: "Indice d'alignement",
        alignmentIndexLegend: "indice d'alignement (100 = les partenaires répondent de la même façon)",
        wasIndex: { "<strong>\($0)</strong> depuis le tour \($1) (contre \($2))" },
        scoresByGroup: "Scores de dimension par groupe",
        scoresLegend: "0–100, plus haut est plus favorable (questions formulées à l'inverse retournées). Plus foncé est "
            + "plus haut ; le chiffre figure dans chaque cellule. Hachuré : masqué.",
        sideBySide: { "\($0) et \($1) côte à côte" },
        partnerDumbbells: "Écarts entre partenaires : réponse moyenne par question",
        levelDumbbells: "Direction et exécution : réponse moyenne par question",
        dumbbellLegend: "Barre en tirets : dispersé. Le chiffre est l'écart (second moins premier) avec sa taille d'effet.",
        shareLegend: "Part du groupe qui a choisi chaque option.",
        rankLegend: "Rang moyen de chaque option (1 = le plus important).",
        trendSince: { "Évolution depuis le tour \($0)" },
        trendLegend: "Alignement (0–100) par dimension ; le trait épais représente l'atelier entier.",
        wholeWorkshop: "Atelier entier", roundTitle: { "Tour \($0)" },
        noAlignmentIn: { "\($0) : pas d'alignement au tour \($1)" },
        trendChartLabel: { "Alignement par dimension, tour \($0) comparé au tour \($1)" },
        distributionLabel: { "Réponses à « \($0) » par groupe" }, noAnswers: "aucune réponse",
        driverChartLabel: { "Leviers pour \($0) : score de dimension selon la force du levier" },
        driverAxis: "score de dimension (0–100) →  ·  ↑ r",
        dumbbellLabel: { "Écarts en haltères : \($0) face à \($1), réponse moyenne par question" },
        noScaleQuestion: "Aucune question à échelle à comparer.",
        heatmapKey: { "\($0) (alignement \($1))" },
        heatmapLabel: "Carte de chaleur des scores de dimension (0 à 100) par groupe",
        radarLabel: { "Radar des scores de dimension de \($0) et \($1) (0 à 100)" },
        solidLine: { "\($0) (trait plein)" }, dashedLine: { "\($0) (tirets)" },
        methodsEntries: frenchMethods,
        anonymityEntry: { minimum in
            ("Anonymat",
             "Un groupe masqué ne montre ni chiffres ni effectifs, et le rapport ne dit pas lequel des deux cas s'applique. "
                + "Les commentaires ne sont montrés que pour les groupes d'au moins \(minimum) personnes, dans un ordre "
                + "aléatoire, sans date, adresses e-mail, numéros de téléphone et liens masqués.")
        },
        preview: "Aperçu",
        nothingHidden: "Aucun groupe n'a été masqué dans son ensemble à ce tour ; certaines questions peuvent tout de même "
            + "masquer des groupes où trop peu de personnes ont répondu."
    )

    /// `direction`, `exécution`.
    static func frenchLevel(_ level: Level) -> String {
        switch level {
        case .management: "direction"
        case .execution: "exécution"
        }
    }
}

extension String {
    /// The string with its first letter in upper case (`exécution` → `Exécution`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
