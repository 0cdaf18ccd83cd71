import AccordCore
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AccordServer

/// The browser console has a counterpart of every terminal console command, behind the
/// facilitator's secret, and walks a workshop from its first phase to agreed actions.
@Suite struct ConsoleRouteTests {
    static let base = FacilitatorRouteTests.base

    /// Stores `count` submissions of `partner` at management level that answer `high` or low
    /// on every scale, so that the partners' gaps are large findings.
    static func submit(_ fixture: ServeFixture, partner: String, high: Bool, count: Int) throws {
        for _ in 0..<count {
            try fixture.store.submit(
                Submission(
                    partner: partner, level: .management,
                    answers: [
                        "vision-shared": .scale(high ? 5 : 1), "drifting-apart": .scale(high ? 1 : 5),
                        "in-strategy": .yesno(high), "top-goal": .choice(high ? "new-markets" : "reduced-costs"),
                        "kpis": .multi(high ? ["markets"] : ["cost"]),
                        "priorities": .rank(high ? ["markets", "cost", "customers"] : ["cost", "customers", "markets"]),
                        "months-to-results": .number(high ? 6 : 36),
                    ]),
                session: ServeFixture.session)
        }
    }

    /// Posts a console form with the facilitator's form token.
    static func post(
        _ client: any TestClientProtocol, _ path: String, _ fields: [(String, String)] = [], csrf: Bool = true
    ) async throws -> TestResponse {
        let page = try await client.execute(uri: base, method: .get)
        var all = fields
        if csrf { all.append(("csrf", try #require(Participant.csrfToken(in: page)))) }
        return try await client.execute(
            uri: "\(base)/\(path)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: all.map { "\(Participant.encode($0.0))=\(Participant.encode($0.1))" }.joined(separator: "&")))
    }

    /// Every command of the terminal console (`ConsoleCommand.usage`, made from
    /// `FacilitationCommand`) answers on the web with the secret, and only with it; a step that
    /// changes something needs the form token too.
    @Test func everyTerminalCommandHasAWebCounterpart() async throws {
        let fixture = try ServeFixture()
        try Self.submit(fixture, partner: "Acme", high: true, count: 3)
        try Self.submit(fixture, partner: "Globex", high: false, count: 3)
        _ = try fixture.store.closeRound(session: ServeFixture.session)
        #expect(Set(FacilitationCommand.allCases.map(\.rawValue)) == [
            "agenda", "next", "phase", "time", "counts", "open", "close", "reveal", "more", "action", "actions",
            "help", "quit",
        ])
        try await fixture.test { client in
            for command in FacilitationCommand.allCases {
                let route = ConsoleRoute.route(for: command)
                let wrong = try await client.execute(
                    uri: route.url("/facilitator/wrong\(ServeFixture.joinCode)"), method: route.method)
                #expect(wrong.status == .notFound, "\(command)")
                if route.method == .get {
                    let page = try await client.execute(uri: route.url(Self.base), method: .get)
                    #expect([.ok, .seeOther].contains(page.status), "\(command): \(page.status)")
                    if command != .close { #expect(page.status == .ok, "\(command)") }
                } else {
                    let fields = command == .phase ? [("phase", "1")] : []
                    let refused = try await Self.post(client, route.path, fields, csrf: false)
                    #expect(refused.status == .forbidden, "\(command)")
                    let done = try await Self.post(client, route.path, fields)
                    #expect(done.status == .seeOther, "\(command)")
                }
            }
            // The help page names every terminal command.
            let help = try await client.execute(uri: "\(Self.base)/help", method: .get).text
            for command in FacilitationCommand.allCases {
                #expect(help.contains("<code>\(HTML.escape(command.usage))</code>"), "\(command)")
            }
        }
    }

    /// A workshop from the console: phases with a countdown, close, reveal two sections and
    /// `more`, an action against a finding, the actions list; the state survives a restart.
    @Test func aWorkshopFromFirstPhaseToAgreedAction() async throws {
        let fixture = try ServeFixture()
        try Self.submit(fixture, partner: "Acme", high: true, count: 3)
        try Self.submit(fixture, partner: "Globex", high: false, count: 3)
        try await fixture.test(keepFiles: true) { client in
            #expect(try await Self.post(client, "next").status == .seeOther)
            var console = try await client.execute(uri: Self.base, method: .get).text
            #expect(console.contains("Phase 1 of 2: <span dir=\"auto\">Where we are going</span>"))
            #expect(console.contains("left of 10:00"))
            #expect(console.contains("Next phase: Which outcomes matter"))
            _ = try await Self.post(client, "next")
            _ = try await Self.post(client, "phase", [("phase", "1")])
            console = try await client.execute(uri: Self.base, method: .get).text
            #expect(console.contains("Phase 1 of 2"))
            // Revealing needs a closed round.
            #expect(try await Self.post(client, "reveal").status == .badRequest)
            _ = try fixture.store.closeRound(session: ServeFixture.session)
            #expect(try await Self.post(client, "reveal").status == .seeOther)
            console = try await client.execute(uri: Self.base, method: .get).text
            #expect(console.contains("Revealed: round 1, Where we are going (section 1 of 2)"))
            #expect(console.contains("<ol class=\"findings\"><li>"))
            _ = try await Self.post(client, "reveal")
            console = try await client.execute(uri: Self.base, method: .get).text
            #expect(console.contains("Revealed: round 1, Which outcomes matter (section 2 of 2)"))
            let state = try fixture.store.facilitationState(session: ServeFixture.session)
            #expect(state.revealedIndex == 1 && state.revealedRound == 1 && state.discussingResults)
            if console.contains("More findings") {
                _ = try await Self.post(client, "more")
                #expect(try fixture.store.facilitationState(session: ServeFixture.session).moreDepth == 1)
            }

            // An action on finding 1, owned by Globex; a wrong owner brings the form back.
            let form = try await client.execute(uri: "\(Self.base)/action", method: .get)
            #expect(form.text.contains("name=\"finding\" value=\"1\""))
            let wrong = try await Self.post(client, "action", [("text", "Agree one goal"), ("owner", "Initech")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Agree one goal") && wrong.text.contains("role=\"alert\""))
            let recorded = try await Self.post(
                client, "action", [("text", "Agree one goal"), ("owner", "Globex"), ("due", "2"), ("finding", "1")])
            #expect(recorded.status == .seeOther)
            let actions = try fixture.store.actions(session: ServeFixture.session)
            #expect(actions.count == 1 && actions[0].owner == "Globex" && !actions[0].questionIDs.isEmpty)
            let list = try await client.execute(uri: "\(Self.base)/actions", method: .get).text
            #expect(list.contains("#1 <bdi>Globex</bdi>, for round 2:"))
        }
        // A restarted server shows the same revealed section on the projector.
        let restarted = try fixture.restarted()
        let application = Application(router: restarted.router())
        try await application.test(.router) { client in
            let presenter = try await client.execute(uri: "/present/\(ServeFixture.joinCode)", method: .get)
            #expect(presenter.text.contains("Round 1 results: Which outcomes matter"))
        }
        try? FileManager.default.removeItem(at: fixture.folder)
    }
}
