/// The methods appendix in each language: how each number is computed. The anonymity entry
/// and the preview notice are added by `MethodsAppendix`.
extension ReportWords {
    /// English: partner A, partner B, the minimum group size for comments.
    static let englishMethods: @Sendable (String, String, Int) -> [(String, String)] = { a, b, _ in
        [
            ("Who is compared",
             "Partner gaps compare \(a) with \(b): everyone, and within each level. "
                + "Level gaps compare management with execution: over both partners, and within each partner. "
                + "A gap is signed 'to' minus 'from'."),
            ("n, mean, sd, median",
             "n counts real answers; 'don't know' and 'prefer not to say' are counted beside it and left out of every "
                + "statistic. sd is the sample standard deviation (n − 1). The median of an even count is the mean of the middle two."),
            ("Agreement (rwg)",
             "rwg = 1 − s² / σ²eu with σ²eu = (A² − 1) / 12 for a scale of A points, clipped to 0–1. "
                + "Below .30 no agreement, below .50 weak, below .70 moderate, below .90 strong, else very strong. "
                + "A gap where either group's rwg is below .50 is marked dispersed: that group does not agree with itself, "
                + "so the gap is not a clean misalignment."),
            ("Effect size (Cliff's δ)",
             "The share of pairs where the 'to' group answers higher minus the share where it answers lower, from −1 to 1. "
                + "|δ| below .147 is negligible, below .33 small, below .474 medium, else large. "
                + "The largest gaps are ranked by this band, clean gaps before dispersed ones, then by |δ|: never by p alone."),
            ("Distribution distances",
             "EMD is the earth mover's distance between the two answer distributions divided by A − 1 (0–1). "
                + "TVD is half the sum of the absolute differences of the answer shares (0–1); for multiple choice it is the "
                + "mean absolute difference in selection rates. Kendall τ compares two groups' mean ranks (1 = same order)."),
            ("p-value",
             "A two-sided permutation test of the difference in means, exact for up to 60 answers and a normal approximation "
                + "above. With small groups p < .05 may be impossible (3 against 3 cannot go below 0.10); the report says so "
                + "rather than calling the gap 'not significant'."),
            ("Understanding gap",
             "For questions marked for prediction, each participant also guesses how the other partner answers. The "
                + "understanding gap is the mean guess minus the other partner's real mean (scale), the median guess "
                + "minus the real median (number), or the total variation distance between the guessed and the real "
                + "answers, with each side's most frequent answer (choice, yes/no)."),
            ("Dimension score and alignment index",
             "A group's dimension score is the mean over the dimension's scale questions of 100 × (mean − min) / (max − min), "
                + "reverse-worded questions flipped. A dimension's alignment is 100 × (1 − the mean normalised partner gap of "
                + "its questions); the workshop's alignment index is the mean over dimensions. 100 means the partners answer alike."),
        ]
    }

    /// German.
    static let germanMethods: @Sendable (String, String, Int) -> [(String, String)] = { a, b, _ in
        [
            ("Wer verglichen wird",
             "Partnerlücken vergleichen \(a) mit \(b): alle zusammen und innerhalb jeder Ebene. "
                + "Ebenenlücken vergleichen Management mit Umsetzung: über beide Partner und innerhalb jedes Partners. "
                + "Das Vorzeichen einer Lücke ist „nach“ minus „von“."),
            ("n, Mittelwert, SD, Median",
             "n zählt echte Antworten; „weiß nicht“ und „keine Angabe“ werden daneben gezählt und gehen in keine "
                + "Kennzahl ein. SD ist die Standardabweichung der Stichprobe (n − 1). Bei gerader Anzahl ist der Median "
                + "der Mittelwert der beiden mittleren Werte."),
            ("Übereinstimmung (rwg)",
             "rwg = 1 − s² / σ²eu mit σ²eu = (A² − 1) / 12 für eine Skala mit A Stufen, begrenzt auf 0–1. "
                + "Unter 0,30 keine Übereinstimmung, unter 0,50 schwach, unter 0,70 mäßig, unter 0,90 stark, sonst sehr stark. "
                + "Eine Lücke, bei der das rwg einer der beiden Gruppen unter 0,50 liegt, gilt als uneinheitlich: Diese Gruppe "
                + "ist sich selbst nicht einig, die Lücke ist also keine klare Fehlausrichtung."),
            ("Effektstärke (Cliffs δ)",
             "Der Anteil der Paare, in denen die „nach“-Gruppe höher antwortet, minus den Anteil, in denen sie niedriger "
                + "antwortet, von −1 bis 1. |δ| unter 0,147 ist vernachlässigbar, unter 0,33 klein, unter 0,474 mittel, sonst groß. "
                + "Die größten Lücken werden nach dieser Stufe geordnet, klare vor uneinheitlichen, dann nach |δ|: nie nach p allein."),
            ("Verteilungsabstände",
             "EMD ist die Earth Mover's Distance zwischen den beiden Antwortverteilungen, geteilt durch A − 1 (0–1). "
                + "TVD ist die halbe Summe der Beträge der Differenzen der Antwortanteile (0–1); bei Mehrfachauswahl die "
                + "mittlere absolute Differenz der Wahlquoten. Kendalls τ vergleicht die mittleren Ränge zweier Gruppen "
                + "(1 = gleiche Reihenfolge)."),
            ("p-Wert",
             "Ein zweiseitiger Permutationstest der Mittelwertdifferenz, exakt bis 60 Antworten, darüber eine "
                + "Normalapproximation. Bei kleinen Gruppen kann p < 0,05 unerreichbar sein (3 gegen 3 kommt nicht unter 0,10); "
                + "der Bericht sagt das, statt die Lücke „nicht signifikant“ zu nennen."),
            ("Verständnislücke",
             "Bei Fragen mit Einschätzung schätzt jede Person zusätzlich, wie der andere Partner antwortet. Die "
                + "Verständnislücke ist die mittlere Schätzung minus den echten Mittelwert des anderen Partners (Skala), "
                + "der Median der Schätzungen minus den echten Median (Zahl) oder der Totalvariationsabstand zwischen "
                + "geschätzten und echten Antworten, mit der häufigsten Antwort jeder Seite (Auswahl, Ja/Nein)."),
            ("Dimensionswert und Ausrichtungsindex",
             "Der Dimensionswert einer Gruppe ist der Mittelwert über die Skalenfragen der Dimension von "
                + "100 × (Mittelwert − Min) / (Max − Min), umgekehrt formulierte Fragen gespiegelt. Die Ausrichtung einer "
                + "Dimension ist 100 × (1 − die mittlere normierte Partnerlücke ihrer Fragen); der Ausrichtungsindex des "
                + "Workshops ist der Mittelwert über die Dimensionen. 100 heißt: Die Partner antworten gleich."),
        ]
    }

    /// French.
    static let frenchMethods: @Sendable (String, String, Int) -> [(String, String)] = { a, b, _ in
        [
            ("Qui est comparé",
             "Les écarts entre partenaires comparent \(a) et \(b) : l'ensemble des participants, puis à chaque niveau. "
                + "Les écarts entre niveaux comparent la direction et l'exécution : sur les deux partenaires, puis au sein "
                + "de chacun. Un écart vaut « vers » moins « de »."),
            ("n, moyenne, é.-t., médiane",
             "n compte les vraies réponses ; « je ne sais pas » et « je préfère ne pas répondre » sont comptés à part et "
                + "exclus de toutes les statistiques. L'é.-t. est l'écart-type de l'échantillon (n − 1). Pour un effectif "
                + "pair, la médiane est la moyenne des deux valeurs centrales."),
            ("Accord intra-groupe (rwg)",
             "rwg = 1 − s² / σ²eu avec σ²eu = (A² − 1) / 12 pour une échelle à A points, borné entre 0 et 1. "
                + "En dessous de 0,30 : pas d'accord ; de 0,50 : faible ; de 0,70 : modéré ; de 0,90 : fort ; au-delà : très fort. "
                + "Un écart dont l'un des groupes a un rwg inférieur à 0,50 est dit dispersé : ce groupe n'est pas d'accord "
                + "avec lui-même, l'écart n'est donc pas un simple désalignement."),
            ("Taille d'effet (δ de Cliff)",
             "La part des paires où le groupe « vers » répond plus haut, moins la part où il répond plus bas, de −1 à 1. "
                + "|δ| inférieur à 0,147 : négligeable ; à 0,33 : petit ; à 0,474 : moyen ; au-delà : grand. "
                + "Les plus grands écarts sont classés selon cette catégorie, les écarts nets avant les dispersés, puis par |δ| : "
                + "jamais par p seul."),
            ("Distances entre distributions",
             "L'EMD est la distance du transport optimal (earth mover's distance) entre les deux distributions de réponses, "
                + "divisée par A − 1 (0–1). La TVD est la demi-somme des écarts absolus entre les parts de réponses (0–1) ; "
                + "pour les choix multiples, c'est l'écart absolu moyen des taux de sélection. Le τ de Kendall compare les "
                + "rangs moyens de deux groupes (1 = même ordre)."),
            ("Valeur p",
             "Un test de permutation bilatéral sur la différence des moyennes, exact jusqu'à 60 réponses, approximation "
                + "normale au-delà. Avec de petits groupes, p < 0,05 peut être hors d'atteinte (3 contre 3 ne descend pas sous "
                + "0,10) ; le rapport le dit plutôt que de qualifier l'écart de « non significatif »."),
            ("Écart de compréhension",
             "Pour les questions à estimation, chaque participant estime aussi la réponse de l'autre "
                + "partenaire. L'écart de compréhension est l'estimation moyenne moins la vraie moyenne de l'autre partenaire "
                + "(échelle), la médiane des estimations moins la vraie médiane (nombre), ou la distance de variation totale "
                + "entre réponses estimées et réelles, avec la réponse la plus fréquente de chaque côté (choix, oui/non)."),
            ("Score de dimension et indice d'alignement",
             "Le score d'un groupe sur une dimension est la moyenne, sur les questions à échelle de la dimension, de "
                + "100 × (moyenne − min) / (max − min), les questions formulées à l'inverse étant retournées. L'alignement "
                + "d'une dimension vaut 100 × (1 − l'écart normalisé moyen entre partenaires sur ses questions) ; l'indice "
                + "d'alignement de l'atelier est la moyenne sur les dimensions. 100 signifie que les partenaires répondent "
                + "de la même façon."),
        ]
    }
}
