import AccordCore
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 19: cookie-less `POST /start` requests cannot pile up drafts. One client starts a
/// bounded number, the open round holds a bounded number, and abandoned browser drafts expire.
/// Refusals say what to do without inviting a second participation.
@Suite struct DraftLimitTests {
    /// Posts the join form `times` times without a cookie, as a script would; the statuses.
    static func startWithoutCookie(_ client: any TestClientProtocol, times: Int) async throws -> [HTTPResponse.Status] {
        var statuses: [HTTPResponse.Status] = []
        let join = try await client.execute(uri: "/join/\(ServeFixture.joinCode)", method: .get)
        let token = try #require(Participant.csrfToken(in: join))
        for _ in 0..<times {
            let response = try await client.execute(
                uri: "/join/\(ServeFixture.joinCode)/start", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "partner=Acme&level=management&csrf=\(token)"))
            statuses.append(response.status)
        }
        return statuses
    }

    static func drafts(_ fixture: ServeFixture) throws -> Int {
        try fixture.store.draftCount(session: ServeFixture.session)
    }

    @Test func oneClientStartsABoundedNumberOfDrafts() async throws {
        // No refill during the test, however slow the machine.
        let fixture = try ServeFixture(draftStartBurst: 5, draftStartRefillSeconds: 86_400)
        try await fixture.test { client in
            let statuses = try await Self.startWithoutCookie(client, times: 40)
            #expect(statuses.prefix(5).allSatisfy { $0 == .seeOther })
            #expect(statuses.dropFirst(5).allSatisfy { $0 == .tooManyRequests })
            #expect(try Self.drafts(fixture) == 5)
            var browser = Participant(client)
            let refused = try await browser.start()
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text.contains("Wait a minute, then press Start again"))
            #expect(browser.cookie == nil)
        }
    }

    @Test func theOpenRoundHoldsABoundedNumberOfBrowserDrafts() async throws {
        let fixture = try ServeFixture(maxBrowserDrafts: 3)
        // A terminal participant's draft does not count against browsers.
        _ = try fixture.store.startDraft(session: ServeFixture.session, partner: "Globex", level: .execution)
        try await fixture.test { client in
            let statuses = try await Self.startWithoutCookie(client, times: 10)
            #expect(statuses.prefix(3).allSatisfy { $0 == .seeOther })
            #expect(statuses.dropFirst(3).allSatisfy { $0 == .serviceUnavailable })
            #expect(try Self.drafts(fixture) == 4)
            var browser = Participant(client)
            let refused = try await browser.start()
            #expect(refused.text.contains("The workshop is full for now"))
            #expect(refused.text.contains("Tell the facilitator"))
        }
    }

    @Test func startingAgainReplacesTheBrowsersOwnDraft() async throws {
        let fixture = try ServeFixture(maxBrowserDrafts: 1)
        try await fixture.test { client in
            var browser = Participant(client)
            let first = try await browser.start()
            let second = try await browser.start("Globex")
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(try Self.drafts(fixture) == 1)
        }
    }
}
