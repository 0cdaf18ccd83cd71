import Foundation
import Testing

/// Issue 10 case 7: a workshop in a right-to-left language gives right-to-left pages, and
/// workshop and participant text is isolated for its own direction.
@Suite struct RightToLeftPageTests {
    /// The first-look workshop with Hebrew as its language and a Hebrew title.
    static let hebrew = FirstLookWorkshop.json
        .replacingOccurrences(of: #""language": "en""#, with: #""language": "he""#)
        .replacingOccurrences(of: #""en": "A first look at our partnership""#, with: #""he": "מבט ראשון על השותפות שלנו?""#)
        .replacingOccurrences(of: #""en":"#, with: #""he":"#)

    @Test func everyParticipantPageOfAHebrewWorkshopIsRightToLeft() async throws {
        let fixture = try ServeFixture(workshopJSON: Self.hebrew)
        try await fixture.test { client in
            var browser = Participant(client)
            let join = try await browser.get(browser.base)
            #expect(join.status == .ok, "\(join.text)")
            #expect(join.text.contains(#"<html lang="he" dir="rtl">"#))
            #expect(join.text.contains(#"<h1 dir="auto">מבט ראשון על השותפות שלנו?</h1>"#))
            #expect(join.text.contains("<bdi>Acme</bdi>"))
            _ = try await browser.start("Globex", level: "execution")
            let section = try await browser.get("\(browser.base)/section/1")
            #expect(section.text.contains(#"<html lang="he" dir="rtl">"#))
            #expect(section.text.contains("<legend><bdi>"))
        }
    }

    @Test func anEnglishWorkshopStaysLeftToRight() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            let join = try await browser.get(browser.base)
            #expect(join.text.contains(#"<html lang="en" dir="ltr">"#))
        }
    }
}
