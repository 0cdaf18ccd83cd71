import AccordCore
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The facilitator's routes: counts with the anonymity thresholds applied, closing and opening
/// rounds, and a round's report only once it is closed.
@Suite struct FacilitatorRouteTests {
    static let base = "/facilitator/\(ServeFixture.token)"

    /// Stores `count` valid submissions of `partner` at `level` directly in the store.
    static func submit(_ fixture: ServeFixture, partner: String, level: Level, count: Int) throws {
        for _ in 0..<count {
            try fixture.store.submit(
                Submission(
                    partner: partner, level: level,
                    answers: [
                        "vision-shared": .scale(4), "drifting-apart": .scale(2), "in-strategy": .yesno(true),
                        "top-goal": .choice("new-markets"), "kpis": .multi(["cost"]),
                        "priorities": .rank(["markets", "cost", "customers"]), "months-to-results": .number(12),
                    ]),
                session: ServeFixture.session)
        }
    }

    @Test func countsAreShownOnlyForGroupsLargeEnough() async throws {
        let fixture = try ServeFixture()
        try Self.submit(fixture, partner: "Acme", level: .management, count: 3)
        try Self.submit(fixture, partner: "Globex", level: .management, count: 3)
        try Self.submit(fixture, partner: "Globex", level: .execution, count: 1)
        try await fixture.test { client in
            let page = try await client.execute(uri: Self.base, method: .get)
            #expect(page.status == .ok)
            let html = page.text
            func row(_ group: String) -> String? {
                guard let start = html.range(of: "<th scope=\"row\"><bdi>\(group)</bdi></th><td>") else { return nil }
                return String(html[start.upperBound...].prefix { $0 != "<" })
            }
            #expect(row("Everyone") == "7")
            #expect(row("Acme") == "3")
            #expect(row("Globex") == "4")
            // One execution submission: the execution level is hidden, and so is management,
            // which would give it away (7 − management).
            #expect(row("Execution")?.hasPrefix("hidden") == true)
            #expect(row("Management")?.hasPrefix("hidden") == true)
            #expect(row("Globex · Execution")?.hasPrefix("hidden") == true)
            #expect(html.contains("<svg") && html.contains("aria-label=\"QR code of the join address\""))
            #expect(html.contains("http://127.0.0.1:8080/join/\(ServeFixture.joinCode)"))
        }
    }

    @Test func closingTheRoundEndsAnswersAndOpensItsReport() async throws {
        let fixture = try ServeFixture()
        try Self.submit(fixture, partner: "Acme", level: .management, count: 3)
        try Self.submit(fixture, partner: "Globex", level: .management, count: 3)
        try await fixture.test { client in
            let early = try await client.execute(uri: "\(Self.base)/report/1", method: .get)
            #expect(early.status == .conflict)
            #expect(try await client.execute(uri: "\(Self.base)/report/7", method: .get).status == .notFound)

            let close = try await Self.confirm(client, "close", expecting: "Close round 1?")
            #expect(close.status == .seeOther)
            #expect(try fixture.store.session(ServeFixture.session).openRound == nil)
            let join = try await client.execute(uri: "/join/\(ServeFixture.joinCode)", method: .get)
            #expect(join.status == .forbidden)

            let report = try await client.execute(uri: "\(Self.base)/report/1", method: .get)
            #expect(report.status == .ok)
            #expect(report.text.contains("\nEveryone: 6"))

            let open = try await Self.confirm(client, "open", expecting: "Open round 2?")
            #expect(open.status == .seeOther)
            #expect(try fixture.store.session(ServeFixture.session).openRound == 2)
            #expect(try await client.execute(uri: "/join/\(ServeFixture.joinCode)", method: .get).status == .ok)
        }
    }

    /// Follows the page's link to the `action` confirm page, checks its question, and presses
    /// its button.
    static func confirm(_ client: any TestClientProtocol, _ action: String, expecting question: String) async throws
        -> TestResponse
    {
        let page = try await client.execute(uri: base, method: .get)
        #expect(page.text.contains(#"href="\#(base)/\#(action)""#))
        let confirm = try await client.execute(uri: "\(base)/\(action)", method: .get)
        #expect(confirm.text.contains("<h1>\(question)</h1>"))
        #expect(confirm.text.contains(#"<a class="button" href="\#(base)">Cancel</a>"#))
        let token = try #require(Participant.csrfToken(in: confirm))
        let round = question.filter(\.isNumber)
        return try await client.execute(
            uri: "\(base)/\(action)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "csrf=\(token)&round=\(round)"))
    }

    /// Issue 11, case 4: one click on the facilitator page changes no round; only the confirm
    /// page's button does, and only for the round it names.
    @Test func closingAndOpeningNeedTheConfirmStep() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            let page = try await client.execute(uri: Self.base, method: .get)
            #expect(!page.text.contains(#"action="\#(Self.base)/close""#))
            let confirm = try await client.execute(uri: "\(Self.base)/close", method: .get)
            #expect(confirm.text.contains("This cannot be undone"))
            #expect(try fixture.store.session(ServeFixture.session).openRound == 1)
            let token = try #require(Participant.csrfToken(in: confirm))
            // A confirmation without its round, or of another round (a stale page), changes nothing.
            for body in ["csrf=\(token)", "csrf=\(token)&round=2"] {
                let stale = try await client.execute(
                    uri: "\(Self.base)/close", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: body))
                #expect(stale.status == .seeOther)
                #expect(try fixture.store.session(ServeFixture.session).openRound == 1)
            }
            // With the round open there is nothing to open: the confirm page leads back.
            let noOpen = try await client.execute(uri: "\(Self.base)/open", method: .get)
            #expect(noOpen.status == .seeOther)
            #expect(try await Self.confirm(client, "close", expecting: "Close round 1?").status == .seeOther)
            #expect(try await Self.confirm(client, "open", expecting: "Open round 2?").status == .seeOther)
            #expect(try fixture.store.session(ServeFixture.session).openRound == 2)
        }
    }
}
