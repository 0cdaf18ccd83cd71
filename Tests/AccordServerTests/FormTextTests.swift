import AccordCore
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Text entering through a browser form (issue 10 cases 3 and 4, issue 18 case 3): the same
/// number grammar and normalisation as every other channel.
@Suite struct FormTextTests {
    /// Section 2's answers with `typed` for the months.
    static func months(_ typed: String) -> [(String, String)] {
        FirstLookAnswers.section2.map { $0.0 == "a.months-to-results" ? ($0.0, typed) : $0 }
    }

    @Test func aHexNumberIsRefusedAndATextareaArrivesInNFCWithNewlines() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            var section1 = FirstLookAnswers.section1
            section1[0].1 += " vision-gap"
            section1[1].1 = "2"
            section1.append(("a.vision-gap", "Zu\u{308}rich\r\nand \u{200B}Basel"))
            #expect(try await browser.fillSection(1, section1).status == .seeOther)
            for refused in ["0x1p4", "1e1", "1.000"] {
                let section2 = Self.months(refused)
                let page = try await browser.fillSection(2, section2)
                #expect(page.status == .unprocessableContent, "\(refused) was accepted")
                if refused == "1.000" { #expect(page.text.contains("can be read as 1000 or as 1")) }
            }
            #expect(try await browser.fillSection(2, Self.months("12 months")).status == .seeOther)
            let review = try await browser.get("\(browser.base)/review")
            _ = try await browser.post("\(browser.base)/submit", [], csrf: Participant.csrfToken(in: review))
            let stored = try #require(try fixture.submissions().first)
            #expect(stored.answers["months-to-results"] == .number(12))
            guard case .text(let text)? = stored.answers["vision-gap"] else { Issue.record("no comment"); return }
            #expect(Array(text.utf8) == Array("Z\u{FC}rich\nand \u{200B}Basel".utf8))
        }
    }

    @Test func aCommentWithNothingVisibleIsLeftUnanswered() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            var section1 = FirstLookAnswers.section1
            section1[0].1 += " vision-gap"
            section1[1].1 = "2"
            section1.append(("a.vision-gap", "\u{200B}\u{FEFF}"))
            #expect(try await browser.fillSection(1, section1).status == .seeOther)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let review = try await browser.get("\(browser.base)/review")
            _ = try await browser.post("\(browser.base)/submit", [], csrf: Participant.csrfToken(in: review))
            let stored = try #require(try fixture.submissions().first)
            #expect(stored.answers["vision-gap"] == nil)
        }
    }
}
