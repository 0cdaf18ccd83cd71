extension ConsoleStrings {
    /// German, formal *Sie*; the words of the German report (`Runde`, `Umsetzung`, `verborgen`).
    public static let german = ConsoleStrings(
        facilitatingFor: { title, partners in "\(title) — Moderation für \(partners.joined(separator: " und "))" },
        roundState: { "Runde \($0) ist \($1 ? "geöffnet" : "geschlossen")." },
        welcomeHint: "Geben Sie 'agenda' für die Phasen ein, 'next' für den Beginn der ersten und 'help' für alle Befehle.",
        stopped: "Angehalten. Alles bisher Erfasste ist gespeichert.",
        resultsMarker: "Ergebnisse",
        demoIntroduction: { session, command in
            """
            Demo-Sitzung \(session): Erfundene Teilnehmende von Acme und Globex beantworten Runde 1.
            Das Umsetzungsteam von Globex trifft noch ein: Jedes Mal, wenn Sie 'counts' eingeben, schickt eine \
            weitere Person ab. Wenn Sie mit 'open' Runde 2 öffnen, antworten alle auf einmal.
            Später weitermachen mit: \(command)
            """
        },
        commandHelp: { command in
            switch command {
            case .agenda: HelpEntry("agenda", "die Phasen, ihr Zeitrahmen und wo Sie gerade stehen")
            case .next: HelpEntry("next", "die nächste Phase beginnen: Einleitung, Ihre Notizen, der Countdown")
            case .phase: HelpEntry("phase N|ABSCHNITT", "zu einer Phase springen")
            case .time: HelpEntry("time", "der Countdown der aktuellen Phase")
            case .counts:
                HelpEntry("counts", "wie viele je Gruppe abgeschickt haben (Gruppen unter der Schwelle ohne Zahl)")
            case .open: HelpEntry("open", "die nächste Runde öffnen")
            case .close:
                HelpEntry(
                    "close",
                    "die Runde schließen, damit ihre Ergebnisse gezeigt werden können (fragt vorher nach; close --yes nicht)")
            case .reveal:
                HelpEntry(
                    "reveal [N|ABSCHNITT]",
                    "die Erkenntnisse des nächsten (oder des genannten) Abschnitts, als Impulse zum Vorlesen")
            case .more: HelpEntry("more", "die kleineren Erkenntnisse des Abschnitts, fortlaufend nummeriert")
            case .action:
                HelpEntry("action", "eine vereinbarte Maßnahme erfassen (fragt nach Inhalt, Verantwortung, Runde, Erkenntnissen)")
            case .actions: HelpEntry("actions", "die bisher vereinbarten Maßnahmen und wie sich ihre Abstände entwickelt haben")
            case .help: HelpEntry("help", "alle Befehle mit ihrer Bedeutung")
            case .quit: HelpEntry("quit", "beenden (alles ist bereits gespeichert)")
            }
        },
        actionAddHelp: HelpEntry(
            "action add ...", "dasselbe in einer Zeile: action add --owner Acme --due 2 --about 1 TEXT"),
        usage: { command in
            switch command {
            case .phase: "phase NUMMER|ABSCHNITT"
            case .close: "close [--yes]"
            case .reveal: "reveal [NUMMER|ABSCHNITT]"
            case .action:
                "action  (fragt nach Inhalt, Verantwortung, Runde, Erkenntnissen)  |  "
                    + "action add --owner PARTNER [--due RUNDE] [--about 1,2,FRAGE,DIMENSION] TEXT"
            default: command.rawValue
            }
        },
        agendaHeading: { title, total in "Agenda: \(title)" + (total.map { " (\($0) Min.)" } ?? "") },
        minutes: { "\($0) Min." },
        noTimebox: "ohne Zeitrahmen",
        questionCount: { $0 == 1 ? "1 Frage" : "\($0) Fragen" },
        lastPhaseDone: "Das war die letzte Phase. Schließen Sie die Runde ('close') und zeigen Sie die Ergebnisse ('reveal').",
        phaseHeading: { "Phase \($0) von \($1): \($2)" },
        readOut: "Zum Vorlesen:",
        yourNotes: "Ihre Notizen:",
        whileAnswering: { next in
            "Während die Gruppe antwortet, zeigt 'counts', wie viele abgeschickt haben; "
                + (next.map { "'next' führt zu Phase \($0)." } ?? "dies ist die letzte Phase.")
        },
        noPhaseYet: "Noch keine Phase begonnen: Geben Sie 'next' ein, um die erste zu beginnen.",
        noTimeboxSince: { "\($0) hat keinen Zeitrahmen; seit Beginn sind \($1) vergangen." },
        countdown: { remaining, box, seconds in
            seconds > 0
                ? "noch \(remaining) von \(box)" : seconds == 0 ? "Zeit ist um (\(box))" : "\(remaining) über \(box)"
        },
        wrapUp: " — Zeit, zum Schluss zu kommen.",
        countsHeading: { "Runde \($0) (\($1 ? "geöffnet" : "geschlossen")) — abgeschickt:" },
        hidden: "verborgen",
        everyone: "Alle",
        levelTitle: { $0 == .management ? "Management" : "Umsetzung" },
        everyGroupShown: { "Jede Gruppe hat mindestens \($0): Der Bericht kann jeden Vergleich zeigen." },
        someGroupsHidden: {
            "Gruppen mit bisher weniger als \($0) und Gruppen, aus denen sich diese erschließen ließen, sind verborgen; "
                + "der Bericht würde sie ebenfalls verbergen."
        },
        alreadyOpen: { "Runde \($0) ist bereits geöffnet." },
        roundOpened: { "Runde \($0) ist geöffnet: Die Teilnehmenden können jetzt antworten ('\($1)')." },
        walkAgain: "Geben Sie 'next' ein, um die Agenda erneut durchzugehen, während sie antworten.",
        alreadyClosed: {
            "Runde \($0) ist bereits geschlossen. Geben Sie 'reveal' ein, um ihre Ergebnisse zu zeigen, "
                + "oder 'open', um Runde \($0 + 1) zu beginnen."
        },
        roundClosed: {
            "Runde \($0) ist geschlossen: Niemand kann mehr etwas abschicken. Geben Sie 'reveal' ein, "
                + "um die Ergebnisse des ersten Abschnitts zu zeigen."
        },
        closingWarning: {
            "Das Schließen beendet Runde \($0) für alle: Niemand kann mehr etwas abschicken, "
                + "und sie lässt sich nicht wieder öffnen."
        },
        closeConfirm: { "Runde \($0) schließen? Geben Sie ja ein, um sie zu schließen: " },
        staysOpen: { "Runde \($0) bleibt geöffnet." },
        yesWords: ["ja", "j"],
        noWords: ["nein"],
        everySectionRevealed: {
            "Alle Abschnitte von Runde \($0) sind gezeigt. Erfassen Sie mit 'action', was die Gruppe vereinbart hat; "
                + "'actions' listet die Maßnahmen auf; 'reveal N' zeigt einen Abschnitt erneut."
        },
        sectionHeading: { "Runde \($0) · \($1) (Abschnitt \($2) von \($3))" },
        noLargeGap: "Hier ist kein Abstand größer als vernachlässigbar: Die Partner sowie ihr Management und ihre "
            + "Umsetzungsteams sehen diesen Abschnitt gleich. Das ist es wert, ausgesprochen zu werden.",
        earlierActions: "Früher zu diesem Abschnitt vereinbarte Maßnahmen:",
        recordHint: "Erfassen Sie mit 'action', was die Gruppe vereinbart (Erkenntnisse über ihre Nummer); "
            + "'reveal' zeigt den nächsten Abschnitt.",
        askRoom: { "Fragen Sie: \($0)" },
        roomQuestion: { question in
            switch question {
            case .gap(_, partners: _, dispersed: true):
                "Was sieht jede Seite, und warum sehen es Menschen auf derselben Seite unterschiedlich?"
            case .gap(.scale, partners: let partners, dispersed: _), .gap(.yesno, partners: let partners, dispersed: _):
                partners ? "Was sieht jede Seite?" : "Was sieht jede Seite von ihrem Standpunkt aus?"
            case .gap(.number, partners: _, dispersed: _): "Worauf stützt sich die Schätzung jeder Seite?"
            case .gap(.choice, partners: _, dispersed: _): "Was steht hinter der jeweiligen Wahl?"
            case .gap(.multi, partners: _, dispersed: _): "Warum ist es einer Seite wichtiger?"
            case .gap(.rank, partners: _, dispersed: _): "Was bestimmt die Reihenfolge jeder Seite?"
            case .gap(.text, partners: _, dispersed: _): ""
            case .spread: "Welche unterschiedlichen Erfahrungen stehen hinter der Streuung?"
            case .understanding(let guesser, let other):
                "Wie ist \(guesser) zu diesem Bild gekommen, und was möchte \(other), dass \(guesser) weiß?"
            }
        },
        revealFirst: "Zeigen Sie zuerst einen Abschnitt ('reveal').",
        noMoreFindings: "Keine weiteren Erkenntnisse in diesem Abschnitt.",
        moreFindings: {
            ($0 == 1 ? "1 kleinere Erkenntnis" : "\($0) kleinere Erkenntnisse")
                + " in diesem Abschnitt noch nicht gezeigt: 'more' zeigt sie."
        },
        resultsOf: { "Ergebnisse von Runde \($0): Ausrichtungsindex \($1) / 100" },
        sinceRound: { " (\($0) seit Runde \($1))" },
        actFirst: {
            "Stärkster Treiber des Ergebnisses mit niedrigem Wert: \($0) (r = \($1), Wert \($2) / 100). "
                + "Setzen Sie hier zuerst an."
        },
        hiddenGroups: {
            "Zum Schutz der Anonymität verborgen: \($0). Die Erkenntnisse vergleichen nur Gruppen, die gezeigt werden."
        },
        due: { $1 ? "fällig bis Runde \($0)" : "für Runde \($0)" },
        dimensionAlignment: { "Ausrichtung \($0): \($1) in Runde \($2), jetzt \($3)" },
        askWhat: "Was wird getan? ",
        noActionRecorded: "Keine Maßnahme erfasst.",
        askOwner: { "Welcher Partner ist verantwortlich? (\($0)) " },
        askDue: { "Bis zu welcher Runde? [\($0)] " },
        askAbout: { findings in
            "Welche Erkenntnisse betrifft sie? ("
                + (findings == 0 ? "Fragen-IDs" : "Nummern 1–\(findings), Fragen-IDs")
                + "; Eingabetaste für keine) "
        },
        recorded: { "Maßnahme #\($0) erfasst: \($1), bis Runde \($2): \($3)" },
        aboutTopics: { " (betrifft: \($0.joined(separator: "; ")))" },
        dimensionTopic: { "Dimension \($0)" },
        noActionsYet: "Noch keine Maßnahmen vereinbart. Erfassen Sie eine mit 'action', während Sie Ergebnisse zeigen.",
        actionLine: { "#\($0) \($1), bis Runde \($2): \($3)" },
        actionsAsOf: { "Maßnahmen (Stand Runde \($0)):" },
        needsValue: { "--\($0) braucht einen Wert" },
        ownerMissing: "--owner fehlt",
        dueNeedsNumber: "--due braucht eine Rundennummer",
        sayWhichPhase: "bitte geben Sie die Phase an",
        error: { error in
            switch error {
            case .emptyActionText:
                "Eine Maßnahme braucht einen Text: Sagen Sie, was getan wird."
            case .unknownOwner(let owner, let partners):
                "'\(input: owner)' ist kein Partner dieser Sitzung; verantwortlich sein kann: "
                    + "\(partners.joined(separator: ", "))."
            case .dueRoundNotLater(let due, let agreedIn):
                "Eine zu den Ergebnissen von Runde \(agreedIn) vereinbarte Maßnahme ist in einer späteren Runde fällig, "
                    + "nicht in Runde \(due)."
            case .unknownQuestion(let id):
                "Der Workshop hat keine Frage '\(input: id)'."
            case .unknownDimension(let id):
                "Der Workshop hat keine Dimension '\(input: id)'."
            case .unknownSection(let id):
                "Der Workshop hat keinen Abschnitt '\(input: id)'; 'agenda' zeigt die Abschnitte und ihre Nummern."
            case .unknownFinding(let number, let shown):
                shown == 0
                    ? "Es gibt keine Erkenntnis \(number): Zeigen Sie zuerst einen Abschnitt und beziehen Sie sich dann "
                        + "über die Nummer auf seine Erkenntnisse."
                    : "Es gibt keine Erkenntnis \(number): Zuletzt wurden die Erkenntnisse 1 bis \(shown) gezeigt."
            case .unknownCommand(let command):
                "Unbekannter Befehl '\(input: command)'; 'help' zeigt die Befehle."
            case .badArguments(let command, let problem, let usage):
                "\(command): \(problem). Aufruf: \(usage)"
            case .roundStillOpen(let round):
                "Runde \(round) ist noch geöffnet; schließen Sie sie ('close'), bevor Sie Ergebnisse zeigen."
            case .nothingClosedYet:
                "Es wurde noch keine Runde geschlossen: Schließen Sie zuerst die Runde ('close'); "
                    + "ihre Ergebnisse kommen danach."
            }
        })
}
