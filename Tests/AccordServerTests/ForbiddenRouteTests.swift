import AccordCore
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every way in that must be refused: the right status, and nothing stored.
@Suite struct ForbiddenRouteTests {
    @Test func aWrongJoinCodeFindsNothing() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            for path in ["/join/wrong", "/join/wrong/section/1", "/join/wrong/review", "/join/\(ServeFixture.token)"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.text.contains("Acme"), "\(path)")
            }
            let post = try await client.execute(
                uri: "/join/wrong/start", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "partner=Acme&level=management"))
            #expect(post.status == .notFound)
            #expect(post.headers[.setCookie] == nil)
        }
    }

    @Test func aWrongOrMissingFacilitatorTokenFindsNothing() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            for path in ["/facilitator/wrong", "/facilitator/\(ServeFixture.joinCode)", "/facilitator/wrong/report/1"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
            }
            let close = try await client.execute(uri: "/facilitator/\(ServeFixture.joinCode)/close", method: .post)
            #expect(close.status == .notFound)
            #expect(try fixture.store.session(ServeFixture.session).openRound == 1)
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefusedAndNothingIsStored() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            let noToken = try await browser.post(
                "\(browser.base)/start", [("partner", "Acme"), ("level", "management")], csrf: nil)
            #expect(noToken.status == .forbidden)
            #expect(noToken.headers[.setCookie] == nil)
            let forged = try await browser.post(
                "\(browser.base)/start", [("partner", "Acme"), ("level", "management")], csrf: "forged")
            #expect(forged.status == .forbidden)

            _ = try await browser.start()
            let code = try #require(browser.cookie)
            let section = try await browser.post("\(browser.base)/section/1", FirstLookAnswers.section1, csrf: nil)
            #expect(section.status == .forbidden)
            #expect(try fixture.store.loadDraft(code: code)?.answers.isEmpty == true)

            // The join form's token is not a draft's token.
            let join = try await browser.get(browser.base)
            let joinToken = Participant.csrfToken(in: join)
            let crossed = try await browser.post("\(browser.base)/section/1", FirstLookAnswers.section1, csrf: joinToken)
            #expect(crossed.status == .forbidden)

            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let submit = try await browser.post("\(browser.base)/submit", [], csrf: nil)
            #expect(submit.status == .forbidden)
            #expect(try fixture.submissions().isEmpty)

            let facilitator = try await client.execute(uri: "/facilitator/\(ServeFixture.token)/close", method: .post)
            #expect(facilitator.status == .forbidden)
            #expect(try fixture.store.session(ServeFixture.session).openRound == 1)
        }
    }

    @Test func aFormPostedFromAnotherSiteIsRefused() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            let join = try await browser.get(browser.base)
            let token = try #require(Participant.csrfToken(in: join))
            let response = try await client.execute(
                uri: "\(browser.base)/start", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example",
                    .init("Host")!: "127.0.0.1:8080",
                ],
                body: ByteBuffer(string: "partner=Acme&level=management&csrf=\(token)"))
            #expect(response.status == .forbidden)
            #expect(response.headers[.setCookie] == nil)

            let crossSite = try await client.execute(
                uri: "\(browser.base)/start", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .init("Sec-Fetch-Site")!: "cross-site"],
                body: ByteBuffer(string: "partner=Acme&level=management&csrf=\(token)"))
            #expect(crossSite.status == .forbidden)
            #expect(crossSite.headers[.setCookie] == nil)

            // Our own form, as Chromium sends it under `Referrer-Policy: no-referrer`.
            let own = try await client.execute(
                uri: "\(browser.base)/start", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded", .origin: "null",
                    .init("Sec-Fetch-Site")!: "same-origin",
                ],
                body: ByteBuffer(string: "partner=Acme&level=management&csrf=\(token)"))
            #expect(own.status == .seeOther)
        }
    }

    @Test func anOversizedBodyIsRefusedWith413() async throws {
        let fixture = try ServeFixture(maxBodyBytes: 4096)
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            let code = try #require(browser.cookie)
            let page = try await browser.get("\(browser.base)/section/1")
            var fields = FirstLookAnswers.section1
            fields.append(("padding", String(repeating: "x", count: 10_000)))
            // A page, not a bare status, in the language the browser asks for.
            browser.acceptLanguage = "fr"
            let response = try await browser.post("\(browser.base)/section/1", fields, csrf: Participant.csrfToken(in: page))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains(#"<html lang="fr""#) && response.text.contains("Le texte envoyé est trop long"))
            #expect(try fixture.store.loadDraft(code: code)?.answers.isEmpty == true)
        }
    }

    @Test func aClosedRoundTakesNoAnswers() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let review = try await browser.get("\(browser.base)/review")
            try fixture.store.closeRound(session: ServeFixture.session)

            let submit = try await browser.post("\(browser.base)/submit", [], csrf: Participant.csrfToken(in: review))
            #expect(submit.status == .forbidden)
            #expect(submit.text.contains("closed"))
            let join = try await browser.get(browser.base)
            #expect(join.status == .forbidden)
            #expect(try fixture.submissions().isEmpty)
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            for path in ["/join/\(ServeFixture.joinCode)", "/join/wrong", "/facilitator/\(ServeFixture.token)", "/assets/accord.css"] {
                let response = try await client.execute(uri: path, method: .get)
                let csp = try #require(response.headers[.contentSecurityPolicy], "\(path)")
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "\(path)")
                #expect(response.headers[.init("Referrer-Policy")!] == "no-referrer", "\(path)")
                #expect(response.headers[.cacheControl] == "no-store", "\(path)")
                #expect(response.headers[.init("X-Frame-Options")!] == "DENY", "\(path)")
            }
            let page = try await client.execute(uri: "/join/\(ServeFixture.joinCode)", method: .get)
            #expect(!page.text.contains("<script>") && !page.text.contains("style="))
        }
    }

    @Test func nothingAboutTheRequestIsStored() async throws {
        let fixture = try ServeFixture()
        let agent = "Mozilla/5.0 (Distinctive-Agent-7731)"
        let address = "203.0.113.77"
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            let review = try await browser.get("\(browser.base)/review")
            let response = try await client.execute(
                uri: "\(browser.base)/submit", method: .post,
                headers: [
                    .contentType: "application/x-www-form-urlencoded", .userAgent: agent,
                    .init("X-Forwarded-For")!: address, .cookie: "accord_draft=\(browser.cookie!)",
                ],
                body: ByteBuffer(string: "csrf=\(Participant.csrfToken(in: review)!)"))
            #expect(response.status == .seeOther)
            #expect(try fixture.submissions().count == 1)
            try fixture.store.checkpoint()
            for file in try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path) {
                let bytes = try Data(contentsOf: fixture.folder.appendingPathComponent(file))
                #expect(bytes.range(of: Data(agent.utf8)) == nil, "\(file)")
                #expect(bytes.range(of: Data(address.utf8)) == nil, "\(file)")
            }
        }
    }
}
