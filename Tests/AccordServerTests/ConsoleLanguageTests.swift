import AccordCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AccordServer

/// Issue 14 for the facilitator: the browser console and the presenter view speak English,
/// German and French, chosen per request (`FacilitatorLanguage`): `?lang=` kept in a cookie,
/// else `Accept-Language`, else `accord serve --language`; the presenter view follows the
/// console's link, never the projector's browser.
@Suite struct ConsoleLanguageTests {
    static let base = ConsoleRouteTests.base
    static let presenter = PresenterRouteTests.path
    static let trilingual = ParticipantLanguageTests.workshop

    /// English phrases of Accord's own (the catalogue's plain strings and a sample of its
    /// parameterised ones) that a page in `language` must not show: those the language words
    /// differently (`Terminal` is `Terminal` in German too).
    static func englishLeftIn(_ language: FacilitatorPageStrings) -> [String] {
        let english = FacilitatorPageStrings.english
        func plain(_ words: FacilitatorPageStrings) -> [String] {
            Mirror(reflecting: words).children.compactMap { $0.value as? String }
        }
        let samples: [(FacilitatorPageStrings) -> String] = [
            { $0.startPhase(1) }, { $0.nextPhase("X") }, { $0.round(1) }, { $0.roundState(true) },
            { $0.roundState(false) }, { $0.reportOfRound(1) }, { $0.openRoundStep(2) }, { $0.closeRoundStep(1) },
            { $0.closeQuestion(1) }, { $0.openQuestion(2) }, { $0.closeButton(1) }, { $0.openButton(2) },
            { $0.closeExplanation(1) }, { $0.openExplanation(2) }, { $0.resultsOfRound(1) },
            { $0.hiddenNote("3") }, { $0.roundOpenAnonymous(1) }, { $0.roundClosedThanks(1) }, { $0.sectionOf(1, 2) },
            { $0.questions(2, "2") },
            { $0.countsHeading(1, false) },
            { $0.place(.agenda) }, { $0.place(.quit) }, { $0.roundStillOpen(1).message },
        ]
        let theirs = Set(plain(language) + samples.map { $0(language) })
        return (plain(english) + samples.map { $0(english) }).filter { !theirs.contains($0) && $0.count > 3 }
    }

    /// Every plain string of every language is there and none is a placeholder; each
    /// language words differently at least the strings that are sentences.
    @Test func everyLanguageHasEveryString() {
        for words in [FacilitatorPageStrings.german, .french] {
            let values = Mirror(reflecting: words).children.compactMap { $0.value as? String }
            #expect(values.count == Mirror(reflecting: FacilitatorPageStrings.english).children.compactMap {
                $0.value as? String }.count)
            #expect(values.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
            #expect(Self.englishLeftIn(words).count > 60)
        }
        #expect(FacilitatorPageStrings.for(Language("de-CH")).startPhase(1) == "Phase 1 starten")
        #expect(FacilitatorPageStrings.for(Language("he")).startPhase(1) == "Start phase 1")
        #expect(FacilitatorPageStrings.french.closeQuestion(2) == "Clore le tour 2\u{A0}?")
    }

    /// Every page of the console (each `ConsoleRoute` that is a page, the confirm pages, a
    /// refusal) and the presenter view, in German and in French: `lang` set, and no English
    /// phrase of Accord's own left.
    @Test(arguments: ["de", "fr"])
    func everyConsolePageSpeaksTheBrowsersLanguage(_ code: String) async throws {
        let words = FacilitatorPageStrings.for(Language(code))
        let fixture = try ServeFixture()
        try ConsoleRouteTests.submit(fixture, partner: "Acme", high: true, count: 3)
        try ConsoleRouteTests.submit(fixture, partner: "Globex", high: false, count: 3)
        let english = Self.englishLeftIn(words)
        try await fixture.test { client in
            let headers: HTTPFields = [.acceptLanguage: "\(code)-CH, \(code);q=0.9, en;q=0.5"]
            func check(_ path: String, _ context: String) async throws -> String {
                let page = try await client.execute(uri: path, method: .get, headers: headers)
                // A confirm page of a change that does not apply goes back to the console.
                if page.status == .seeOther { return "" }
                #expect([.ok, .conflict].contains(page.status), "\(context): \(page.status)")
                #expect(page.text.contains(#"<html lang="\#(code)" dir="ltr">"#), "\(context)")
                // The words as a reader sees them (the workshop's own texts are English here):
                // a phrase anywhere in the text, a single word as a whole element's text.
                // Terminal commands (`<code>open</code>`) stay as they are typed.
                let html = page.text.replacingOccurrences(of: "<code>[^<]*</code>", with: "", options: .regularExpression)
                let text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                for phrase in english {
                    let found = phrase.contains(" ")
                        ? text.contains(phrase) || text.contains(HTML.escape(phrase))
                        : html.contains(">\(HTML.escape(phrase))<")
                    #expect(!found, "\(context): \(phrase)")
                }
                return page.text
            }
            let routes = FacilitationCommand.allCases.map(ConsoleRoute.route).filter { $0.method == .get }
            var pages = Set(routes.map { $0.url(Self.base) }).sorted() + ["\(Self.base)/close"]
            pages.append("\(Self.presenter)?lang=\(code)")
            for path in pages { _ = try await check(path, "open round: \(path)") }
            _ = try await check("\(Self.base)/report/1", "a report of an open round")
            // A phase running, the round closed, a section revealed, an action recorded.
            try await Self.closeAndReveal(fixture, client)
            _ = try await ConsoleRouteTests.post(
                client, "action", [("text", "Agree one goal"), ("owner", "Globex"), ("due", "2"), ("finding", "1")])
            pages.append("\(Self.base)/open")
            for path in pages { _ = try await check(path, "closed round: \(path)") }
            let console = try await check(Self.base, "console")
            #expect(console.contains(HTML.escape(words.revealedHeadingHTML(1, "Where we are going", 1, 2))))
            // The questions to the room are the terminal console's, in the language.
            let types: [QuestionType] = [.scale, .choice, .multi, .rank, .number, .yesno]
            let asked = types.flatMap { type in
                [true, false].flatMap { partners in
                    [true, false].map { ConsoleStrings.english.roomQuestion(.gap(type, partners: partners, dispersed: $0)) }
                }
            } + [ConsoleStrings.english.roomQuestion(.spread)]
            for question in asked where !question.isEmpty {
                #expect(!console.contains(HTML.escape(question)), "\(question)")
            }
        }
    }

    /// `?lang=` sticks (a cookie, no secret in it) over `Accept-Language`; the console's
    /// presenter link carries the language; the presenter view ignores the projector's
    /// browser and otherwise follows `--language`.
    @Test func anExplicitChoiceSticksAndThePresenterFollowsTheConsole() async throws {
        let fixture = try ServeFixture(workshopJSON: Self.trilingual, language: .german)
        try await fixture.test { client in
            let english: HTTPFields = [.acceptLanguage: "en"]
            let chosen = try await client.execute(uri: "\(Self.base)?lang=fr", method: .get, headers: english)
            let cookie = try #require(chosen.headers[.setCookie])
            #expect(cookie.hasPrefix("\(FacilitatorLanguage.cookie)=fr;") && cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict") && !cookie.contains(ServeFixture.token))
            #expect(chosen.text.contains(#"<html lang="fr""#) && chosen.text.contains("Travailler ensemble"))
            #expect(chosen.text.contains(#"href="\#(Self.presenter)?lang=fr""#))
            #expect(chosen.text.contains(#"<a href="\#(Self.base)?lang=de" lang="de" hreflang="de">Deutsch</a>"#))
            var kept = english
            kept[.cookie] = "\(FacilitatorLanguage.cookie)=fr"
            let agenda = try await client.execute(uri: "\(Self.base)/agenda", method: .get, headers: kept)
            #expect(agenda.text.contains(#"<html lang="fr""#) && agenda.text.contains("L’essentiel"))
            #expect(agenda.headers[.setCookie] == nil)
            // No preference at all: `--language`.
            let plain = try await client.execute(uri: "\(Self.base)/help", method: .get)
            #expect(plain.text.contains(#"<html lang="de""#) && plain.text.contains("<h1>Hilfe</h1>"))
            // The projector's browser asks for English; the room sees the console's language.
            let room = try await client.execute(uri: "\(Self.presenter)?lang=fr", method: .get, headers: english)
            #expect(room.text.contains(#"<html lang="fr""#) && room.text.contains("Le tour 1 est ouvert."))
            #expect(room.text.contains(#"data-live="\#(Self.presenter)/live?lang=fr""#))
            let served = try await client.execute(uri: Self.presenter, method: .get, headers: english)
            #expect(served.text.contains(#"<html lang="de""#) && served.text.contains("Zusammenarbeit"))
            #expect(served.headers[.setCookie] == nil)
        }
    }

    /// Counts and the countdown in the language's numbers and words.
    @Test func numbersAndTheCountdownAreWrittenInTheLanguage() async throws {
        let french = FacilitatorLanguage(.french, workshop: try WorkshopLoader().load(
            Data(FirstLookWorkshop.json.utf8), file: "first-look.json"))
        #expect(french.number(12345) == "12\u{202F}345")
        let fixture = try ServeFixture(language: .french)
        try await fixture.test { client in
            _ = try await ConsoleRouteTests.post(client, "next")
            let live = try await client.execute(uri: "\(Self.base)/live", method: .get).text
            #expect(live.contains("encore ") && live.contains(" sur 10:00"))
            let room = try await client.execute(uri: "\(Self.presenter)/live", method: .get).text
            #expect(room.contains("encore "))
        }
    }

    /// Revealed findings on the console, the action form and the presenter view are worded
    /// as the terminal console and the report word them in the language (the report's
    /// sentence), not in Core's English observations.
    @Test(arguments: [Language.german, .french])
    func revealedFindingsAreWordedInTheLanguage(_ language: Language) async throws {
        let fixture = try ServeFixture()
        try ConsoleRouteTests.submit(fixture, partner: "Acme", high: true, count: 3)
        try ConsoleRouteTests.submit(fixture, partner: "Globex", high: false, count: 3)
        try await fixture.test { client in
            try await Self.closeAndReveal(fixture, client)
            func findings(_ path: String, _ code: String) async throws -> [String] {
                let page = try await client.execute(
                    uri: path, method: .get, headers: [.acceptLanguage: code]
                ).text
                let list = try #require(page.range(of: #"<ol class="findings">.*?</ol>"#, options: .regularExpression))
                return page[list].components(separatedBy: "<p dir=\"auto\">").dropFirst().map {
                    String($0.prefix { $0 != "<" })
                }
            }
            let english = try await findings(Self.base, "en")
            #expect(!english.isEmpty)
            for path in [Self.base, "\(Self.base)/action", "\(Self.presenter)?lang=\(language.code)"] {
                let page = try await client.execute(
                    uri: path, method: .get, headers: [.acceptLanguage: language.code]
                ).text
                for observation in english { #expect(!page.contains(observation), "\(path): \(observation)") }
            }
            let worded = try await findings(Self.base, language.code)
            #expect(worded.count == english.count)
        }
    }

    /// A finding quotes the question as the workshop words it in the page's language (the
    /// console's, the presenter's), not in the workshop's own.
    @Test(arguments: [("de", "Wir verfolgen dieselben Ziele."), ("fr", "Nous poursuivons les mêmes objectifs.")])
    func revealedFindingsQuoteTheWorkshopInTheLanguage(_ code: String, _ prompt: String) async throws {
        let fixture = try ServeFixture(workshopJSON: Self.trilingual)
        for (partner, agreement, first) in [("Acme", 3, "plan"), ("Globex", 1, "budget")] {
            for _ in 0..<3 {
                try fixture.store.submit(
                    Submission(
                        partner: partner, level: .management,
                        answers: [
                            "shared-goals": .scale(agreement), "first-step": .choice(first), "meetings": .number(2),
                            "trust": .yesno(true),
                        ]),
                    session: ServeFixture.session)
            }
        }
        try await fixture.test { client in
            try await Self.closeAndReveal(fixture, client)
            for path in [Self.base, "\(Self.base)/action", "\(Self.presenter)?lang=\(code)"] {
                let page = try await client.execute(uri: path, method: .get, headers: [.acceptLanguage: code]).text
                #expect(page.contains(HTML.escape(prompt)), "\(path)")
                #expect(!page.contains("We share the same goals."), "\(path)")
            }
        }
    }

    /// A phase started, the round closed, the first section revealed: findings on the pages.
    static func closeAndReveal(_ fixture: ServeFixture, _ client: any TestClientProtocol) async throws {
        _ = try await ConsoleRouteTests.post(client, "next")
        _ = try fixture.store.closeRound(session: ServeFixture.session)
        _ = try await ConsoleRouteTests.post(client, "reveal")
    }

    /// A step refused on the action form is explained in the console's language, in the
    /// terminal console's words for the same `FacilitationError` (one translation).
    @Test(arguments: [Language.german, .french])
    func theActionFormSaysWhatToCorrectInTheLanguage(_ language: Language) async throws {
        let fixture = try ServeFixture(language: language)
        try ConsoleRouteTests.submit(fixture, partner: "Acme", high: true, count: 3)
        try ConsoleRouteTests.submit(fixture, partner: "Globex", high: false, count: 3)
        try await fixture.test { client in
            try await Self.closeAndReveal(fixture, client)
            let refused = try await ConsoleRouteTests.post(
                client, "action", [("text", "Agree one goal"), ("owner", "Globex"), ("due", "1"), ("finding", "1")])
            let error = FacilitationError.dueRoundNotLater(due: 1, agreedIn: 1)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(HTML.escape(Catalogue.for(language).console.error(error))))
            #expect(!refused.text.contains(HTML.escape(error.errorDescription ?? "")))
        }
    }

    /// The actions page words how an action's gaps moved in its language, as the terminal
    /// console and the report do (`GapMovement.Wording.for`): no `now`, `vs`, `in round`.
    @Test func theActionsPageWordsAGapsMovementInTheLanguage() throws {
        let fixture = try ServeFixture()
        let session = try fixture.store.session(ServeFixture.session)
        let action = AgreedAction(
            id: 1, text: "Agree one goal", owner: "Globex", dueRound: 2, agreedInRound: 1, questionIDs: ["q1"])
        let movement = GapMovement(
            questionID: "q1", prompt: "We share one vision.", kind: .levels, partner: "Globex",
            from: GroupKey(partner: "Globex", level: .management), to: GroupKey(partner: "Globex", level: .execution),
            thenRound: 1, then: 0.58, now: 0.17, thenMeanDifference: -2.33, nowMeanDifference: -0.67)
        let review = ActionReview(action: action, isDue: true, gaps: [movement])
        let expected = [
            "de": "„We share one vision.“, Management vs. Umsetzung, Globex: −2,3 in Runde 1, jetzt −0,7 (verkleinert)",
            "fr": "« We share one vision. », direction / exécution, Globex : −2,3 au tour 1, −0,7 maintenant (réduit)",
        ]
        for language in [Language.german, .french] {
            let page = ActionPage(
                session: session, basePath: Self.base, token: "t",
                language: FacilitatorLanguage(language, workshop: session.workshop)
            ).list(actions: [action], reviews: [review], round: 2)
            #expect(page.contains(HTML.escape(expected[language.code] ?? "")), "\(language)")
            for english in ["vision”, management vs execution", " now (", "in round 1", "(narrowed)"] {
                #expect(!page.contains(HTML.escape(english)), "\(language): \(english)")
            }
        }
    }
}
