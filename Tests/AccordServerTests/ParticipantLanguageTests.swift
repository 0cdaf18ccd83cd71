import AccordCore
import Foundation
import Testing

/// Issue 14 in the browser: the join page offers the workshop's languages, preselected from
/// `Accept-Language`; the choice sticks with the draft, and every page, button, error and
/// refusal is in it.
@Suite struct ParticipantLanguageTests {
    static let workshop = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/trilingual-workshop.json"), encoding: .utf8)

    static let shown = ("shown", "shared-goals first-step meetings trust")
    static let frenchAnswers = [
        shown, ("a.shared-goals", "3"), ("a.first-step", "plan"), ("a.meetings", "2,5 réunions"), ("a.trust", "yes"),
    ]

    @Test func aFrenchBrowserGetsFrenchPagesAndTheChoiceSticksWithTheDraft() async throws {
        let fixture = try ServeFixture(workshopJSON: Self.workshop)
        try await fixture.test { client in
            var browser = Participant(client)
            browser.acceptLanguage = "fr-CH, fr;q=0.9, en;q=0.5"
            let join = try await browser.get(browser.base)
            #expect(join.text.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(join.text.contains(#"value="fr" checked"#))
            #expect(join.text.contains(#"value="en">"#) && join.text.contains(#"value="de">"#))
            #expect(join.text.contains("Travailler ensemble"))
            #expect(join.text.contains("À quelle organisation appartenez-vous\u{A0}?"))
            #expect(join.text.contains(">Commencer</button>"))
            _ = try await browser.fill(
                browser.base, post: "\(browser.base)/start",
                [("language", "fr"), ("partner", "Acme"), ("level", "execution")])
            // The draft keeps French even when the browser now prefers German.
            browser.acceptLanguage = "de"
            let section = try await browser.get("\(browser.base)/section/1")
            #expect(section.text.contains(#"<html lang="fr" dir="ltr">"#))
            #expect(section.text.contains("Partie 1 sur 1"))
            #expect(section.text.contains("Nous poursuivons les mêmes objectifs."))
            #expect(section.text.contains("Un nombre de 0 à 10."))
            #expect(section.text.contains(">Suivant</button>"))
            // Accord's own mark beside a required question's legend, too.
            #expect(section.text.contains(">(obligatoire)</span>") && !section.text.contains("(required)"))
            let refused = try await browser.fillSection(1, [Self.shown, ("a.meetings", "beaucoup")] + Self.frenchAnswers.dropFirst(4))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Saisissez un nombre, par exemple 2,5."))
            #expect(refused.text.contains("Merci de répondre à cette question."))
            _ = try await browser.fillSection(1, Self.frenchAnswers)
            let review = try await browser.get("\(browser.base)/review")
            #expect(review.text.contains("Vérifiez vos réponses"))
            #expect(review.text.contains("2,5 réunions"))
            let thanks = try await browser.fill(
                "\(browser.base)/review", post: "\(browser.base)/submit", [])
            #expect(thanks.headers[.location] == "\(browser.base)/thanks?lang=fr")
            let page = try await browser.get("\(browser.base)/thanks?lang=fr")
            #expect(page.text.contains("<h1>Merci</h1>"))
        }
        // Stored by option id and value, whatever the language.
        let submissions = try fixture.submissions()
        #expect(submissions.count == 1)
        #expect(submissions.first?.answers["first-step"] == .choice("plan"))
        #expect(submissions.first?.answers["meetings"] == .number(2.5))
    }

    @Test func theJoinPageChoiceWinsOverAcceptLanguageAndRefusalsFollowTheBrowser() async throws {
        let fixture = try ServeFixture(workshopJSON: Self.workshop)
        try await fixture.test { client in
            var browser = Participant(client)
            browser.acceptLanguage = "en"
            _ = try await browser.fill(
                browser.base, post: "\(browser.base)/start",
                [("language", "de"), ("partner", "Globex"), ("level", "management")])
            let section = try await browser.get("\(browser.base)/section/1")
            #expect(section.text.contains(#"<html lang="de" dir="ltr">"#))
            #expect(section.text.contains("Teil 1 von 1"))
            #expect(section.text.contains("Stimme zu"))
            // A wrong address, asked in German, says so in German.
            var stranger = Participant(client)
            stranger.acceptLanguage = "de-AT, en;q=0.2"
            stranger.joinCode = "wrongwrongwrongwrongwrong"
            let missing = try await stranger.get(stranger.base)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Nicht gefunden"))
            #expect(missing.text.contains(#"<html lang="de" dir="ltr">"#))
        }
    }

    @Test func aWorkshopInOneLanguageOffersNoChoice() async throws {
        let english = FirstLookWorkshop.json.replacingOccurrences(
            of: #", "de": "Ein erster Blick auf unsere Partnerschaft""#, with: "")
        let fixture = try ServeFixture(workshopJSON: english)
        try await fixture.test { client in
            var browser = Participant(client)
            browser.acceptLanguage = "fr"
            let join = try await browser.get(browser.base)
            #expect(!join.text.contains(#"name="language""#))
            #expect(join.text.contains(#"<html lang="en" dir="ltr">"#))
        }
    }
}
