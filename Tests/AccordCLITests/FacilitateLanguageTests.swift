import Foundation
import Testing

/// `accord facilitate` in the facilitator's language (issue 14): the console's own words in
/// German at a real pseudo-terminal, with the English command words Tab completes; and the
/// language taken from the environment when no `--language` is given.
@Suite(.serialized) struct FacilitateLanguageTests {
    @Test func theConsoleSpeaksGermanAtATerminal() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        try fixture.roundOneButOne()
        let terminal = try PseudoTerminal(
            ["facilitate", "--session", fixture.id, "--db", fixture.database, "--language", "de"])
        try terminal.shown("Geben Sie 'agenda' für die Phasen ein")
        try terminal.command("help")
        let help = try terminal.shown("beenden (alles ist bereits gespeichert)")
        #expect(help.contains("reveal [N|ABSCHNITT]"))
        #expect(help.contains("counts              wie viele je Gruppe abgeschickt haben"))
        try terminal.command("agenda")
        let agenda = try terminal.shown("[trust]")
        #expect(agenda.contains("1. Shared vision · 15 Min. · 2 Fragen  [vision]"), "the workshop's texts as written")
        try terminal.command("next")
        let phase = try terminal.shown("Let management speak last.")
        #expect(phase.contains("Phase 1 von 2: Shared vision · 15 Min.\nZum Vorlesen:\n  First, where are we going together?"))
        #expect(try terminal.shown("facilitate> ").contains("[1/2 Shared vision · noch "))
        // The command words are English in every language: Tab completes them.
        terminal.send("cou\t\r")
        let counts = try terminal.shown("Gruppen mit bisher weniger als 3")
        #expect(counts.contains("Runde 1 (geöffnet) — abgeschickt:"))
        #expect(counts.contains("Alle                      11"))
        #expect(counts.contains("Globex · Umsetzung        verborgen"))
        try terminal.command("weiter")
        try terminal.shown("Unbekannter Befehl 'weiter'; 'help' zeigt die Befehle.")
        try terminal.command("close")
        try terminal.shown("Das Schließen beendet Runde 1 für alle")
        // The confirmation takes ja (Tab completes it) as well as yes.
        try terminal.at("Runde 1 schließen?", type: "j\t\r", prompt: "zu schließen: ")
        try terminal.shown("Runde 1 ist geschlossen")
        try terminal.command("reveal")
        let reveal = try terminal.shown("Erfassen Sie mit 'action'")
        #expect(reveal.contains("Ergebnisse von Runde 1: Ausrichtungsindex"))
        #expect(reveal.contains("Runde 1 · Shared vision (Abschnitt 1 von 2)"))
        // The findings in the German report's words, with decimal commas, and the question to the room.
        #expect(reveal.contains("Globex und Acme beantworten „What is the partnership's top goal?“ unterschiedlich"))
        #expect(reveal.contains("Fragen Sie: Was steht hinter der jeweiligen Wahl?"))
        #expect(reveal.contains("tatsächlich antwortet Globex 3,8"), "an understanding gap, decimal comma")
        #expect(!reveal.contains("Ask:") && !reveal.contains("answer differently"))
        try terminal.command("action")
        try terminal.at("Was wird getan?", type: "Ein gemeinsames Ziel vereinbaren\r", prompt: " ")
        try terminal.at("Welcher Partner ist verantwortlich?", type: "ac\t\r", prompt: ") ")
        try terminal.at("Bis zu welcher Runde?", type: "\r", prompt: "] ")
        try terminal.at("Welche Erkenntnisse betrifft sie?", type: "1\r", prompt: ") ")
        try terminal.shown("Maßnahme #1 erfasst: Acme, bis Runde 2: Ein gemeinsames Ziel vereinbaren")
        try terminal.command("quit")
        #expect(try terminal.waitForExit() == 0)
        for english in ["Round 1", "Type '", "submitted", "Recorded action", "Read out"] {
            #expect(!terminal.transcript.contains(english), "English left: \(english)")
        }
    }

    /// A finding quotes the question as the workshop words it in the console's language
    /// (common-vision offers German and French), like the section titles around it.
    @Test(arguments: [
        ("de", "Auf welchen Zeithorizont ist diese Partnerschaft angelegt?"),
        ("fr", "Pour quel horizon de temps ce partenariat est-il conçu"),
    ])
    func findingsQuoteTheQuestionsInTheConsolesLanguage(_ code: String, _ prompt: String) throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try AccordProcess.run(
            ["facilitate", "--demo", "--language", code, "--db", folder.appendingPathComponent("demo.sqlite").path],
            stdin: "counts\ncounts\ncounts\nclose\nreveal\nquit\n")
        #expect(run.status == 0, "\(run.stderr)")
        let words = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(prompt), "\(run.stdout)")
        #expect(!words.contains("What time horizon"))
    }

    @Test func withoutLanguageTheEnvironmentsIsUsedWhenTheWorkshopOffersIt() throws {
        let session = try RunnerLanguageTests.Trilingual()
        defer { session.remove() }
        let german = try session.run(["facilitate", "--session", "s1"], stdin: "agenda\nquit\n", environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout.contains("Moderation für Acme und Globex"))
        #expect(german.stdout.contains("Geben Sie 'agenda' für die Phasen ein"))
        #expect(german.stdout.contains("Die Grundlagen"), "the workshop's German texts")
        // LC_MESSAGES before LANG, LC_ALL before both.
        let french = try session.run(
            ["facilitate", "--session", "s1"], stdin: "quit\n",
            environment: ["LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"])
        #expect(french.stdout.contains("Tapez «\u{A0}agenda\u{A0}»"), "\(french.stdout)")
        let all = try session.run(
            ["facilitate", "--session", "s1"], stdin: "quit\n",
            environment: ["LC_ALL": "C", "LC_MESSAGES": "fr_FR.UTF-8"])
        #expect(all.stdout.contains("Type 'agenda'"), "LC_ALL=C: no language, English")
        // The flag wins.
        let flag = try session.run(
            ["facilitate", "--session", "s1", "--language", "en"], stdin: "quit\n", environment: ["LANG": "de_DE.UTF-8"])
        #expect(flag.stdout.contains("Type 'agenda'"))
        let unknown = try session.run(["facilitate", "--session", "s1", "--language", "es"], stdin: "quit\n")
        #expect(unknown.status != 0 && unknown.stderr.contains("--language must be one of en, de, fr"))
    }

    @Test func aLanguageTheWorkshopDoesNotOfferIsNotTakenFromTheEnvironment() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        let english = try AccordProcess.run(
            ["facilitate", "--session", fixture.id, "--db", fixture.database], stdin: "quit\n",
            environment: ["LANG": "de_DE.UTF-8"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("Type 'agenda'"), "the workshop is English only")
    }
}

/// `accord run` and `accord report` take their default language from the environment.
@Suite(.serialized) struct LanguageEnvironmentTests {
    @Test func runAnswersInTheEnvironmentsLanguageWhenTheWorkshopOffersIt() throws {
        let session = try RunnerLanguageTests.Trilingual()
        defer { session.remove() }
        // No language question: the environment's German is offered.
        let german = try session.run(
            ["run", "--session", "s1"], stdin: RunnerLanguageTests.lines("Acme", "de"),
            environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stderr.contains("Vielen Dank. Ihre Antworten sind abgeschickt."))
        #expect(!german.stderr.contains("In welcher Sprache"))
        let french = try session.run(
            ["run", "--session", "s1"], stdin: RunnerLanguageTests.lines("Globex", "fr"),
            environment: ["LANG": "de_DE.UTF-8", "LC_ALL": "fr_CA.UTF-8"])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stderr.contains("Merci. Vos réponses sont envoyées."))
        // The flag wins; a language the workshop does not offer is asked for as before.
        let flag = try session.run(
            ["run", "--session", "s1", "--language", "en"], stdin: RunnerLanguageTests.lines("Acme", "en"),
            environment: ["LANG": "de_DE.UTF-8"])
        #expect(flag.status == 0 && !flag.stderr.contains("Vielen Dank"), "\(flag.stderr)")
        let asked = try session.run(
            ["run", "--session", "s1"], stdin: "English\n" + RunnerLanguageTests.lines("Globex", "en"),
            environment: ["LANG": "es_ES.UTF-8"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stderr.contains("In welcher Sprache"))
    }

    @Test func reportWritesAccordsWordsInTheEnvironmentsLanguage() throws {
        let (folder, db, session) = try ReportCommandTests.demoDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = try AccordProcess.run(
            ["report", "--db", db, "--session", session], environment: ["LC_MESSAGES": "fr_FR.UTF-8"])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.hasPrefix("RAPPORT D'ALIGNEMENT ACCORD\n"))
        let flag = try AccordProcess.run(
            ["report", "--db", db, "--session", session, "--language", "en"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(flag.stdout.hasPrefix("ACCORD ALIGNMENT REPORT\n"))
        let german = try AccordProcess.run(["report", "--db", db, "--session", session], environment: ["LANG": "de_DE.UTF-8"])
        #expect(!german.stdout.hasPrefix("ACCORD ALIGNMENT REPORT\n"), "German words for an English workshop")
        let spanish = try AccordProcess.run(["report", "--db", db, "--session", session], environment: ["LANG": "es_ES.UTF-8"])
        #expect(spanish.stdout.hasPrefix("ACCORD ALIGNMENT REPORT\n"), "no Spanish vocabulary: the workshop's language")
    }
}
