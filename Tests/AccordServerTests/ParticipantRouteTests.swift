import AccordCore
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The participant's routes, in process: a whole workshop from join to submit, conditions,
/// validation next to the field, back and review, and a submission stored exactly once.
@Suite struct ParticipantRouteTests {
    @Test func aWholeWorkshopIsAnsweredAndStoredOnce() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            let join = try await browser.get(browser.base)
            #expect(join.status == .ok)
            #expect(join.text.contains("Acme") && join.text.contains("Globex"))

            let started = try await browser.start("Globex", level: "execution")
            #expect(started.status == .seeOther)
            #expect(started.headers[.location] == "\(browser.base)/section/1")
            let setCookie = try #require(started.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
            #expect(setCookie.contains("Path=/join;"))

            let first = try await browser.fill(
                "\(browser.base)/section/1", post: "\(browser.base)/section/1", FirstLookAnswers.section1)
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "\(browser.base)/section/2")
            let second = try await browser.fill(
                "\(browser.base)/section/2", post: "\(browser.base)/section/2", FirstLookAnswers.section2)
            #expect(second.headers[.location] == "\(browser.base)/review")

            let review = try await browser.get("\(browser.base)/review")
            #expect(review.status == .ok)
            #expect(review.text.contains("Entering new markets"))
            #expect(!review.text.contains("Before you submit"))
            let token = Participant.csrfToken(in: review)
            let submitted = try await browser.post("\(browser.base)/submit", [], csrf: token)
            #expect(submitted.status == .seeOther)
            #expect(submitted.headers[.location] == "\(browser.base)/thanks")

            let stored = try fixture.submissions()
            #expect(stored.count == 1)
            let submission = try #require(stored.first)
            #expect(submission.partner == "Globex" && submission.level == .execution)
            #expect(submission.answers["vision-shared"] == .scale(4))
            #expect(submission.answers["kpis"] == .multi(["cost", "customers"]))
            #expect(submission.answers["priorities"] == .rank(["customers", "markets", "cost"]))
            #expect(submission.answers["months-to-results"] == .number(12))
            #expect(submission.answers["in-strategy"] == .yesno(true))
            #expect(submission.predictions["months-to-results"] == .number(18))
            #expect(submission.predictions["top-goal"] == .choice("reduced-costs"))
        }
    }

    @Test func aResentSubmitFormCountsOnce() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let review = try await browser.get("\(browser.base)/review")
            let token = Participant.csrfToken(in: review)
            let cookie = browser.cookie
            let first = try await browser.post("\(browser.base)/submit", [], csrf: token)
            browser.cookie = cookie  // the browser resends the same form with the same cookie
            let again = try await browser.post("\(browser.base)/submit", [], csrf: token)
            #expect(first.status == .seeOther)
            #expect(again.status == .seeOther)
            #expect(again.headers[.location] == "\(browser.base)/thanks")
            #expect(try fixture.submissions().count == 1)
        }
    }

    @Test func twoClicksAtOnceCountOnce() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let review = try await browser.get("\(browser.base)/review")
            let token = Participant.csrfToken(in: review)
            let clicks = browser
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        var click = clicks
                        return try await click.post("\(click.base)/submit", [], csrf: token).status.code
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 303 })
            #expect(try fixture.submissions().count == 1)
        }
    }

    @Test func anAnswerThatOpensAQuestionShowsItBeforeMovingOn() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            var fields = FirstLookAnswers.section1
            fields[1] = ("a.vision-shared", "2")
            let response = try await browser.fill(
                "\(browser.base)/section/1", post: "\(browser.base)/section/1", fields)
            #expect(response.status == .ok)
            #expect(response.text.contains("Where do the two partners"))
            #expect(response.text.contains("opened more questions"))
            let again = try await browser.post(
                "\(browser.base)/section/1",
                fields.map { $0.0 == "shown" ? ("shown", "vision-shared vision-gap drifting-apart in-strategy") : $0 }
                    + [("a.vision-gap", "Speed.")],
                csrf: Participant.csrfToken(in: response))
            #expect(again.status == .seeOther)
            let code = try #require(browser.cookie)
            let draft = try #require(try fixture.store.loadDraft(code: code))
            #expect(draft.answers["vision-gap"] == .text("Speed."))

            // Changing the answer so the follow-up is hidden drops its answer.
            let hidden = try await browser.fillSection(1, FirstLookAnswers.section1)
            #expect(hidden.status == .seeOther)
            #expect(try fixture.store.loadDraft(code: code)?.answers["vision-gap"] == nil)
        }
    }

    @Test func aWrongAnswerIsShownNextToItsFieldAndNotStored() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            var fields = FirstLookAnswers.section2
            fields[fields.firstIndex { $0.0 == "a.months-to-results" }!] = ("a.months-to-results", "99")
            fields[fields.firstIndex { $0.0 == "a.kpis" }!] = ("a.kpis", "markets")  // three options; at most two
            fields.append(("a.kpis", "markets"))
            let response = try await browser.fillSection(2, fields)
            #expect(response.status == .unprocessableContent)
            let html = response.text
            let field = try #require(html.range(of: #"<fieldset id="a-months-to-results""#))
            let message = try #require(html.range(of: "outside the allowed range"))
            #expect(field.lowerBound < message.lowerBound)
            #expect(html.contains(#"value="99""#))
            #expect(html.contains("given twice"))
            let draft = try #require(try fixture.store.loadDraft(code: browser.cookie!))
            #expect(draft.answers["months-to-results"] == nil)
            #expect(draft.answers["top-goal"] == .choice("new-markets"))
        }
    }

    @Test func nextNeedsRequiredAnswersButBackDoesNot() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            let partial: [(String, String)] = [
                ("shown", "top-goal kpis priorities months-to-results"), ("a.top-goal", "new-customers"),
            ]
            let next = try await browser.fill(
                "\(browser.base)/section/2", post: "\(browser.base)/section/2", partial + [("action", "next")])
            #expect(next.status == .unprocessableContent)
            #expect(next.text.contains("Please answer this question."))
            let back = try await browser.fill(
                "\(browser.base)/section/2", post: "\(browser.base)/section/2", partial + [("action", "back")])
            #expect(back.status == .seeOther)
            #expect(back.headers[.location] == "\(browser.base)/section/1")
            #expect(try fixture.store.loadDraft(code: browser.cookie!)?.answers["top-goal"] == .choice("new-customers"))

            let review = try await browser.get("\(browser.base)/review")
            #expect(review.text.contains("Before you submit"))
            let refused = try await browser.post("\(browser.base)/submit", [], csrf: Participant.csrfToken(in: review))
            #expect(refused.status == .unprocessableContent)
            #expect(try fixture.submissions().isEmpty)
        }
    }

    @Test func participantTextIsEscapedEverywhere() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            var fields = FirstLookAnswers.section1
            fields[1] = ("a.vision-shared", "1")
            fields[0] = ("shown", "vision-shared vision-gap drifting-apart in-strategy")
            fields.append(("a.vision-gap", #"<script>alert("x")</script>"#))
            _ = try await browser.fillSection(1, fields)
            let page = try await browser.get("\(browser.base)/section/1")
            #expect(!page.text.contains("<script>alert"))
            #expect(page.text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let review = try await browser.get("\(browser.base)/review")
            #expect(!review.text.contains("<script>alert"))
            #expect(review.text.contains("&lt;script&gt;"))
        }
    }
}
