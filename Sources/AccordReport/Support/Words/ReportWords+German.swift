import AccordCore

extension ReportWords {
    /// The report in German: „Lücke“ for a gap, „Ausrichtung“ for alignment, „Übereinstimmung“
    /// for rwg, „Effektstärke“ and „Cliffs δ“, decimal comma.
    static let german: ReportWords = ReportWords(
        language: .german, dropsLeadingZero: false, colon: ": ", semicolon: "; ", percentSuffix: " %", percentCell: " %",
        levelSubject: { $0 == .management ? "Das Management" : "Die Umsetzung" },
        everyone: "Alle", levelTitle: { germanLevel($0) }, levelInSentence: { $0 == .management ? "das Management" : "die Umsetzung" },
        cell: { "\($0) · \(germanLevel($1))" }, cellSubject: { "\($0) (\(germanLevel($1)))" }, hidden: "verborgen",
        magnitude: { magnitude in
            switch magnitude {
            case .negligible: "vernachlässigbar"
            case .small: "klein"
            case .medium: "mittel"
            case .large: "groß"
            }
        },
        agreement: { band in
            switch band {
            case .none: "keine Übereinstimmung"
            case .weak: "schwache Übereinstimmung"
            case .moderate: "mäßige Übereinstimmung"
            case .strong: "starke Übereinstimmung"
            case .veryStrong: "sehr starke Übereinstimmung"
            }
        },
        agreementBand: { band in
            switch band {
            case .none: "keine"
            case .weak: "schwach"
            case .moderate: "mäßig"
            case .strong: "stark"
            case .veryStrong: "sehr stark"
            }
        },
        questionType: { type in
            switch type {
            case .scale: "Skala"
            case .choice: "Auswahl"
            case .multi: "Mehrfachauswahl"
            case .rank: "Rangfolge"
            case .number: "Zahl"
            case .text: "Freitext"
            case .yesno: "Ja/Nein"
            }
        },
        dispersed: "uneinheitlich",
        reportTitle: "ACCORD-AUSRICHTUNGSBERICHT",
        titleAndVersion: { "\($0) · Version \($1)" },
        sessionLine: { "Sitzung \($0) · \($1) und \($2) · Runde \($3)" },
        documentTitle: { "\($0): Ausrichtungsbericht" },
        documentMeta: { "Sitzung \($0) · \($1) und \($2) · Runde \($3) · Workshop-Version \($4)" },
        pageTitle: { "\($0): Ausrichtungsbericht, Runde \($1)\($2 ? " (Vorschau)" : "")" },
        pageMeta: { "Ausrichtungsbericht · \($0) und \($1) · Runde \($2) · Sitzung \($3) · Workshop-Version \($4)" },
        printHeader: { "\($0) · Sitzung \($1) · Runde \($2)" + ($3 ? " (Vorschau)" : "") },
        previewNotice: {
            "VORSCHAU: Runde \($0) ist noch offen. Diese Zahlen ändern sich, solange weitere Personen antworten; "
                + "der endgültige Bericht entsteht, wenn die Runde geschlossen ist."
        },
        alignmentIndex: { "Ausrichtungsindex: \($0) / 100" },
        indexChange: { " (\($0) seit Runde \($1), vorher \($2))" },
        indexNoBase: { " (Runde \($0) hatte keinen Index zum Vergleich)" },
        whoAnswered: "Wer geantwortet hat", participants: "Teilnehmende",
        largestPartnerGaps: { "Größte Lücken zwischen \($0) und \($1)" },
        largestLevelGaps: "Größte Lücken zwischen Management und Umsetzung",
        largestGaps: "Die größten Lücken", partnersAnd: { "\($0) und \($1)" },
        managementAndExecution: "Management und Umsetzung",
        findingsLegendHTML: "Geordnet nach Effektstärke und Übereinstimmung, nie nach p allein. <em>Uneinheitlich</em>: "
            + "Eine der Gruppen ist sich selbst nicht einig, die Lücke ist also keine klare Fehlausrichtung. ",
        noFindingsHidden: "Verborgen: Eine Gruppe, die dieser Vergleich braucht, ist verborgen (siehe Anonymität).",
        noFindings: "Keine Lücke größer als vernachlässigbar.",
        agreedActions: "Vereinbarte Maßnahmen", alignmentByDimension: "Ausrichtung nach Dimension (0–100)", alignmentHeading: "Ausrichtung nach Dimension",
        dimension: "Dimension", alignmentColumn: "Ausrichtung (0–100)", sinceRoundColumn: { "Seit Runde \($0)" },
        scoreTableIntro: "Dimensionswerte je Gruppe (0–100; höher ist günstiger):",
        drivers: "Was das Ergebnis treibt", otherQuestions: "Weitere Fragen", comments: "Kommentare",
        commentsNote: { "In zufälliger Reihenfolge, ohne Datum, nur für Gruppen ab \($0) Personen." },
        commentsNoteMasked: {
            "In zufälliger Reihenfolge, ohne Datum, nur für Gruppen ab \($0) Personen; E-Mail-Adressen, "
                + "Telefonnummern und Links unkenntlich gemacht."
        },
        commentSample: { "Eine Zufallsauswahl von \($0) der \($1) Kommentare; alle stehen im Export." },
        anonymity: "Anonymität",
        anonymityRule: { minimum in
            "Gruppen mit weniger als \(minimum) Abgaben und Gruppen, über die man diese erschließen könnte, werden "
                + "verborgen. Dieselbe Regel gilt für jede Frage, gezählt werden ihre echten Antworten: Eine für eine Frage "
                + "verborgene Gruppe zeigt dort nichts (auch nicht „weiß nicht“ oder „keine Angabe“), keine Lücke, die sie "
                + "braucht, und ihre Dimensionswerte lassen diese Frage aus."
        },
        anonymityNever0: { " Verborgene Gruppen zeigen keine Zahlen und nie eine 0; Kommentare brauchen \($0) Personen." },
        warning: "Warnung",
        disclosureWarning: { warning in
            switch warning {
            case .thresholdBelowRecommended(let setting, let value, let recommended):
                "\(setting.rawValue) ist \(value), weniger als die empfohlenen \(recommended): Wer den Bericht liest und "
                    + "selbst geantwortet hat, kann die eigene Antwort herausrechnen; eine Gruppe von \(value) schützt "
                    + "also nur \(value - 1) \(value - 1 == 1 ? "andere Person" : "andere Personen")."
            }
        },
        hiddenList: "Verborgen: ", methods: "Methoden", whatWasHidden: "Was verborgen wurde",
        snapshotNote: { "Workshop \($0) \($1), Snapshot SHA-256 \($2)." },
        reverseWorded: "umgekehrt formuliert", freeText: "Freitext: siehe Kommentare.", group: "Gruppe",
        mean: "Mittelwert", sd: "SD", median: "Median", agreementColumn: "Übereinstimmung",
        dontKnow: "weiß nicht", preferNotToSay: "keine Angabe",
        unsure: { "\($0) (\($1) weiß nicht, \($2) keine Angabe)" },
        notAnswered: "Nicht beantwortet: ", gapsHeader: "Lücken („nach“ minus „von“):", understandingLabel: "Verständnis: ",
        scaleLegend: "Skala: ", meanRank: "mittlerer Rang",
        multiNote: "Die Zellen zeigen den Anteil der Gruppe, der die Option gewählt hat.",
        rankNote: "Die Zellen zeigen mittlere Ränge (1 = am wichtigsten).", medianWord: "Median",
        tvd: "TVD", cliffsDelta: "Cliffs δ", kendallTau: "Kendalls τ", meanRateDifference: "mittlere Differenz der Wahlquoten",
        interval: { "95-%-KI [\($0); \($1)]" },
        roundValue: { "Runde \($0): \($1)" },
        change: { "seit Runde \($0): \($1) [\($2); \($3)], " + ($4 ? "im Rauschen" : "über dem Rauschen") },
        fdr: { "q \($0)" + ($1 ? ", hält 5 % FDR stand" : ", hält 5 % FDR nicht stand") },
        p: { "p \($0)" }, pUnreachable: "p < 0,05 ist mit diesen Gruppengrößen nicht erreichbar",
        comparisons: { count, holding in
            guard count > 0 else { return "Es gab keinen Vergleich mit p-Wert, also wird keiner auf Zufall geprüft." }
            let verdict =
                holding == 0
                ? "keiner hält 5 % FDR stand"
                : "\(holding) \(holding == 1 ? "hält" : "halten") 5 % FDR stand (etwa 1 von 20 davon kann dennoch Zufall sein)"
            return "\(count) \(count == 1 ? "Vergleich wurde" : "Vergleiche wurden") angestellt (gezeigte Lücken mit p-Wert); "
                + "q korrigiert p für alle (Benjamini-Hochberg), und \(verdict)."
        },
        moved: { round, moved, questions in
            "Seit Runde \(round) haben sich \(moved) von \(questions) \(questions == 1 ? "Frage" : "Fragen") über das "
                + "Rauschen hinaus bewegt (das 95-%-Intervall der Änderung der Partnerlücke schließt 0 aus)."
        },
        consistency: { parts, low in
            var line = "Interne Konsistenz (Cronbachs α): " + parts.joined(separator: ", ") + "."
            if !low.isEmpty {
                line += " Unter 0,70 für \(low.joined(separator: ", ")): Die Fragen der Dimension messen dort womöglich "
                    + "nicht dasselbe; lesen Sie sie einzeln."
            }
            return line
        },
        dimensionHeading: { "\($0) · Ausrichtung \($1)" },
        sinceRound: { "\($0) seit Runde \($1)" }, noRoundValue: { "kein Wert in Runde \($0)" },
        driverIntroduction: { outcome, pairs in
            "Wie stark jede Dimension mit „\(outcome)“ zusammenhängt: Pearsons r zwischen dem eigenen Dimensionswert "
                + "einer Person und ihrer Antwort, mit 95-%-Intervall. Braucht mindestens \(pairs) Antworten je Gruppe. "
                + "Ein starker Treiber mit niedrigem Wert ist der erste Ansatzpunkt. r zeigt einen Zusammenhang, keine Ursache."
        },
        driverUnknown: { "\($0): zu wenige Antworten für eine Aussage (oder keine Streuung)" },
        driverLine: { "\($0): r = \($1) [\($2); \($3)], Wert \($4)" }, actHereFirst: "hier zuerst ansetzen",
        findingDifference: { to, prompt, size, scale, lower, from in
            let direction = lower ? "niedriger" : "höher"
            return scale
                ? "\(to) bewertet \(prompt) um \(size) Punkte \(direction) als \(from)"
                : "\(to) antwortet auf \(prompt) um \(size) \(direction) als \(from)"
        },
        findingSameAverage: { "\($0) bewertet \($1) im Mittel etwa gleich wie \($2), antwortet aber anders" },
        findingMulti: { "\($0) und \($1) wählen bei \($2) unterschiedliche Antworten" },
        findingRank: { "\($0) und \($1) bringen \($2) in eine unterschiedliche Reihenfolge" },
        findingChoice: { "\($0) und \($1) beantworten \($2) unterschiedlich" },
        quote: { "„\($0)“" },
        due: { $1 ? "fällig bis Runde \($0)" : "für Runde \($0)" },
        actionDimension: { "Ausrichtung \($0): \($1) in Runde \($2), jetzt \($3)" },
        agreedOn: { "Vereinbart auf Grundlage der Ergebnisse von Runde \($0)." },
        movement: germanMovement, understanding: germanUnderstanding,
        understandingGaps: "Verständnislücken",
        understandingLegend: "Jede Person hat auch geschätzt, wie der andere Partner antwortet. Eine positive Lücke: "
            + "Die Schätzung war zu hoch.",
        question: "Frage", whoGuessed: "Wer geschätzt hat", about: "Über", guess: "Schätzung", realAnswer: "Echte Antwort",
        gap: "Lücke",
        alignmentIndexLabel: "Ausrichtungsindex",
        alignmentIndexLegend: "Ausrichtungsindex (100 = die Partner antworten gleich)",
        wasIndex: { "<strong>\($0)</strong> seit Runde \($1) (vorher \($2))" },
        scoresByGroup: "Dimensionswerte je Gruppe",
        scoresLegend: "0–100, höher ist günstiger (umgekehrt formulierte Fragen gespiegelt). Dunkler ist höher; "
            + "die Zahl steht in jeder Zelle. Schraffiert: verborgen.",
        sideBySide: { "\($0) und \($1) im Vergleich" },
        partnerDumbbells: "Partnerlücken: mittlere Antwort je Frage",
        levelDumbbells: "Management und Umsetzung: mittlere Antwort je Frage",
        dumbbellLegend: "Gestrichelter Balken: uneinheitlich. Die Zahl ist die Lücke (zweite minus erste) mit ihrer Effektstufe.",
        shareLegend: "Anteil der Gruppe, der die jeweilige Option gewählt hat.",
        rankLegend: "Mittlerer Rang jeder Option (1 = am wichtigsten).",
        trendSince: { "Entwicklung seit Runde \($0)" },
        trendLegend: "Ausrichtung (0–100) je Dimension; die dicke Linie ist der ganze Workshop.",
        wholeWorkshop: "Ganzer Workshop", roundTitle: { "Runde \($0)" },
        noAlignmentIn: { "\($0): keine Ausrichtung in Runde \($1)" },
        trendChartLabel: { "Ausrichtung nach Dimension, Runde \($0) gegenüber Runde \($1)" },
        distributionLabel: { "Antworten auf „\($0)“ nach Gruppe" }, noAnswers: "keine Antworten",
        driverChartLabel: { "Treiberdiagramm für \($0): Dimensionswert gegen Treiberstärke" },
        driverAxis: "Dimensionswert (0–100) →  ·  ↑ r",
        dumbbellLabel: { "Lücken-Hanteln: \($0) gegenüber \($1), mittlere Antwort je Frage" },
        noScaleQuestion: "Keine Skalenfrage zum Vergleichen.",
        heatmapKey: { "\($0) (Ausrichtung \($1))" },
        heatmapLabel: "Heatmap der Dimensionswerte (0 bis 100) je Gruppe",
        radarLabel: { "Netzdiagramm der Dimensionswerte von \($0) und \($1) (0 bis 100)" },
        solidLine: { "\($0) (durchgezogene Linie)" }, dashedLine: { "\($0) (gestrichelte Linie)" },
        methodsEntries: germanMethods,
        anonymityEntry: { minimum in
            ("Anonymität",
             "Eine verborgene Gruppe zeigt keine Zahlen und keine Anzahlen, und der Bericht sagt nicht, welcher der beiden "
                + "Gründe für sie gilt. Kommentare erscheinen nur für Gruppen ab \(minimum) Personen, in zufälliger "
                + "Reihenfolge, ohne Datum, E-Mail-Adressen, Telefonnummern und Links unkenntlich gemacht.")
        },
        preview: "Vorschau",
        nothingHidden: "In dieser Runde wurde keine Gruppe als Ganzes verborgen; einzelne Fragen können trotzdem Gruppen "
            + "verbergen, aus denen zu wenige geantwortet haben."
    )

    /// `Management`, `Umsetzung`.
    static func germanLevel(_ level: Level) -> String {
        switch level {
        case .management: "Management"
        case .execution: "Umsetzung"
        }
    }
}
