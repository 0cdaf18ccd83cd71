import AccordCore
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AccordServer

/// The presenter view is safe to project: no secret, no button, no form, no per-group count,
/// the total only once it reaches the threshold; it follows the facilitator's console.
@Suite struct PresenterRouteTests {
    static let path = "/present/\(ServeFixture.joinCode)"

    /// What must never be on the projector.
    static func expectSafe(_ html: String, _ context: String) {
        #expect(!html.contains(ServeFixture.token), "\(context)")
        #expect(!html.contains("/facilitator/"), "\(context)")
        #expect(!html.contains("<form") && !html.contains("<button") && !html.contains("csrf"), "\(context)")
        #expect(!html.contains("<table"), "\(context)")
    }

    @Test func theTotalAppearsOnlyAtTheThresholdAndNoGroupEver() async throws {
        let fixture = try ServeFixture()
        try ConsoleRouteTests.submit(fixture, partner: "Acme", high: true, count: 2)
        try await fixture.test { client in
            let early = try await client.execute(uri: Self.path, method: .get)
            #expect(early.status == .ok)
            Self.expectSafe(early.text, "2 submissions")
            #expect(early.text.contains("appears once there are enough"))
            #expect(!early.text.contains("Acme") && !early.text.contains("Globex"))
            #expect(early.text.contains("<svg") && early.text.contains("http://127.0.0.1:8080/join/\(ServeFixture.joinCode)"))
            // A third submission, still below the threshold in every group but everyone's:
            // the live version changes only because the total now shows.
            let before = try await client.execute(uri: "\(Self.path)/live", method: .get).text
            try ConsoleRouteTests.submit(fixture, partner: "Globex", high: false, count: 1)
            let shown = try await client.execute(uri: Self.path, method: .get).text
            Self.expectSafe(shown, "3 submissions")
            #expect(shown.contains("<strong>3</strong> answers so far."))
            #expect(!shown.contains("Acme") && !shown.contains("Globex"))
            #expect(try await client.execute(uri: "\(Self.path)/live", method: .get).text != before)
        }
    }

    /// Below the threshold, a new submission changes nothing the presenter's script can see.
    @Test func submissionsBelowTheThresholdLeaveTheLiveVersionAlone() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            let first = try await client.execute(uri: "\(Self.path)/live", method: .get).text
            try ConsoleRouteTests.submit(fixture, partner: "Acme", high: true, count: 2)
            #expect(try await client.execute(uri: "\(Self.path)/live", method: .get).text == first)
        }
    }

    @Test func aWrongCodeOrTheFacilitatorSecretFindsNothing() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            for code in ["wrong", ServeFixture.token, String(ServeFixture.joinCode.dropLast())] {
                #expect(try await client.execute(uri: "/present/\(code)", method: .get).status == .notFound)
                #expect(try await client.execute(uri: "/present/\(code)/live", method: .get).status == .notFound)
            }
            let post = try await client.execute(uri: Self.path, method: .post)
            #expect(post.status != .ok && post.status != .seeOther)
        }
    }

    /// The presenter follows the console: the phase and its countdown, then after the round
    /// is closed the revealed section's findings, one section per screen, with no statistics.
    @Test func itFollowsTheFacilitator() async throws {
        let fixture = try ServeFixture()
        try ConsoleRouteTests.submit(fixture, partner: "Acme", high: true, count: 3)
        try ConsoleRouteTests.submit(fixture, partner: "Globex", high: false, count: 3)
        try await fixture.test { client in
            _ = try await ConsoleRouteTests.post(client, "next")
            var view = try await client.execute(uri: Self.path, method: .get).text
            #expect(view.contains("Phase 1 of 2: <span dir=\"auto\">Where we are going</span>"))
            #expect(view.contains("data-countdown>10:00 left of 10:00") || view.contains("left of 10:00"))
            Self.expectSafe(view, "phase 1")
            _ = try fixture.store.closeRound(session: ServeFixture.session)
            view = try await client.execute(uri: Self.path, method: .get).text
            #expect(view.contains("Round 1 is closed"))
            #expect(!view.contains("<svg"))
            _ = try await ConsoleRouteTests.post(client, "reveal")
            view = try await client.execute(uri: Self.path, method: .get).text
            #expect(view.contains("Round 1 results: Where we are going"))
            #expect(view.contains("<ol class=\"findings\"><li>"))
            // The statistics stay on the facilitator's screen.
            #expect(!view.contains("Cliff") && !view.contains("p ="))
            Self.expectSafe(view, "reveal 1")
            _ = try await ConsoleRouteTests.post(client, "reveal", [("section", "2")])
            view = try await client.execute(uri: Self.path, method: .get).text
            #expect(view.contains("Round 1 results: Which outcomes matter") && !view.contains("Where we are going"))
            // Opening the next round takes the results off the projector.
            _ = try fixture.store.openRound(session: ServeFixture.session)
            try fixture.store.setFacilitationState(
                try fixture.store.facilitationState(session: ServeFixture.session).roundChanged(),
                session: ServeFixture.session)
            view = try await client.execute(uri: Self.path, method: .get).text
            #expect(!view.contains("results") && view.contains("Round 2 is open"))
        }
    }
}
