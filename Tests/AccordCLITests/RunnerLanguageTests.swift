import Foundation
import Testing

/// Participants answer in their own language (issue 14): `accord run --language`, the
/// language question when a workshop offers several, and answers stored by option id so
/// that the report does not depend on the languages they were given in.
@Suite(.serialized) struct RunnerLanguageTests {
    /// A database with one session of the trilingual test workshop (en, de, fr).
    struct Trilingual {
        let directory: URL
        let database: String

        init() throws {
            directory = try AccordProcess.temporaryDirectory()
            database = directory.appendingPathComponent("accord.sqlite").path
            let workshop = AccordProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/trilingual-workshop.json")
            let made = try run([
                "session", "new", "--workshop", workshop.path, "--partners", "Acme,Globex", "--id", "s1",
            ])
            guard made.status == 0 else {
                throw PseudoTerminal.Failure(description: "accord session new failed: \(made.stderr)")
            }
        }

        func run(
            _ arguments: [String], stdin: String = "", environment: [String: String] = [:]
        ) throws -> AccordProcess.Result {
            try AccordProcess.run(arguments + ["--db", database], stdin: stdin, environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    /// The same answers typed in each language, one a line: partner, level, the scale by its
    /// label, the choice by its label, a number with a decimal, yes/no, and the submit.
    static let typed: [String: [String]] = [
        "en": ["management", "agree", "A joint plan", "2.5", "yes", "yes"],
        "de": ["Management", "stimme zu", "Ein gemeinsamer Plan", "2,5 Treffen", "ja", "ja"],
        "fr": ["Direction", "d’accord", "Un plan commun", "2,5", "oui", "oui"],
    ]

    static func lines(_ partner: String, _ language: String) -> String {
        ([partner] + typed[language]!).joined(separator: "\n") + "\n"
    }

    @Test func aParticipantChoosesGermanAtTheFirstPromptAndAnswersInIt() throws {
        let session = try Trilingual()
        defer { session.remove() }
        let terminal = try PseudoTerminal(["run", "--session", "s1", "--db", session.database])
        // Asked in every offered language; Tab completes the language's name.
        try terminal.at("In welcher Sprache möchten Sie antworten?", type: "Deu\t")
        try terminal.expect("Deutsch")
        terminal.send("\r")
        try terminal.expect("Zusammenarbeit")
        try terminal.at("Zu welcher Partnerorganisation gehören Sie?", type: "Acme\r")
        try terminal.at("Für welche Ebene antworten Sie?", type: "Ums\t\r")
        try terminal.expect("Die Grundlagen")
        try terminal.at("Wir verfolgen dieselben Ziele.", type: "Stimme z\t\r")
        try terminal.at("Was sollte zuerst kommen?", type: "Ein gem\t\r")
        // Refused in German, then a decimal comma with the German unit.
        try terminal.at("Wie viele Treffen im Monat", type: "viele\r")
        // Typed only once readline shows the prompt again (with "viele" put back to correct):
        // keys sent earlier reach the terminal before readline does, and Ctrl-U empties nothing.
        try terminal.at(
            "„viele“ wird hier nicht verstanden; geben Sie eine Zahl (0–10) in Treffen ein", type: "\u{15}2,5 Treffen\r")
        try terminal.at("Vertrauen Sie der anderen Partnerorganisation?", type: "ja\r")
        let review = try terminal.expect("Absenden? > ").replacingOccurrences(of: "\r", with: "")
        #expect(review.contains("Bitte prüfen Sie Ihre Antworten, bevor Sie sie absenden"))
        #expect(review.contains("Ihre Antwort: 3 · Stimme zu"))
        #expect(review.contains("Ihre Antwort: Ein gemeinsamer Plan"))
        #expect(review.contains("Ihre Antwort: 2,5 Treffen"))
        #expect(review.contains("Ihre Antwort: Ja"))
        terminal.send("ja\r")
        try terminal.expect("Vielen Dank. Ihre Antworten sind abgeschickt.")
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.transcript.contains("Your answer"))
    }

    @Test func theReportIsTheSameWhicheverLanguagesTheAnswersCameIn() throws {
        let english = try Trilingual()
        let mixed = try Trilingual()
        defer {
            english.remove()
            mixed.remove()
        }
        let people = [("Acme", "de"), ("Acme", "fr"), ("Acme", "en"), ("Globex", "fr"), ("Globex", "de"), ("Globex", "en")]
        for (partner, language) in people {
            let inEnglish = try english.run(
                ["run", "--session", "s1", "--language", "en"], stdin: Self.lines(partner, "en"))
            #expect(inEnglish.status == 0, "\(inEnglish.stderr)")
            let inTheirs = try mixed.run(
                ["run", "--session", "s1", "--language", language], stdin: Self.lines(partner, language))
            #expect(inTheirs.status == 0, "\(language): \(inTheirs.stderr)")
        }
        // Without --language, piped input answers the language question first.
        let chosen = try mixed.run(["run", "--session", "s1"], stdin: "Français\n" + Self.lines("Globex", "fr"))
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stderr.contains("Merci. Vos réponses sont envoyées."))
        let again = try english.run(["run", "--session", "s1"], stdin: "English\n" + Self.lines("Globex", "en"))
        #expect(again.status == 0, "\(again.stderr)")

        for database in [english, mixed] {
            let closed = try database.run(["round", "close", "--session", "s1"])
            #expect(closed.status == 0, "\(closed.stderr)")
        }
        for format in ["json", "text"] {
            let fromEnglish = try english.run(["report", "--session", "s1", "--format", format])
            let fromMixed = try mixed.run(["report", "--session", "s1", "--format", format])
            #expect(fromEnglish.status == 0, "\(fromEnglish.stderr)")
            #expect(fromEnglish.stdout.contains("shared-goals") || fromEnglish.stdout.contains("We share the same goals"))
            #expect(fromEnglish.stdout == fromMixed.stdout, "\(format) reports differ")
        }
    }

    @Test func aLanguageTheWorkshopDoesNotOfferIsRefusedNamingTheOffered() throws {
        let session = try Trilingual()
        defer { session.remove() }
        let refused = try session.run(["run", "--session", "s1", "--language", "es"], stdin: Self.lines("Acme", "en"))
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--language es: the workshop 'trilingual-sample' is offered in en, de, fr."))
        let malformed = try session.run(["run", "--session", "s1", "--language", "d€"])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("--language must be a language code such as de or fr-CH"))
        // A regional code finds its language.
        let swiss = try session.run(["run", "--session", "s1", "--language", "de-CH"], stdin: Self.lines("Acme", "de"))
        #expect(swiss.status == 0, "\(swiss.stderr)")
        #expect(swiss.stderr.contains("Vielen Dank. Ihre Antworten sind abgeschickt."))
    }

    @Test func aResumedDraftContinuesInItsLanguage() throws {
        let session = try Trilingual()
        defer { session.remove() }
        let stopped = try session.run(
            ["run", "--session", "s1", "--language", "fr"], stdin: "Acme\nDirection\nd’accord\n")
        #expect(stopped.status == 1)
        let code = try #require(
            stopped.stderr.components(separatedBy: "accord run --resume ").last?.split(whereSeparator: \.isWhitespace)
                .first)
        let resumed = try session.run(["run", "--resume", String(code)], stdin: "Un plan commun\n2,5\noui\noui\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("Bon retour (Acme, Direction)"))
        #expect(resumed.stderr.contains("Merci. Vos réponses sont envoyées."))
    }
}
