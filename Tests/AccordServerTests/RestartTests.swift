import AccordCore
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `accord serve` restarted mid-workshop (issue 11, case 3): two servers one after the other
/// over the same database file. The links, the facilitator's page and an open page's form
/// keep working; a form that cannot be accepted comes back with what was typed.
@Suite struct RestartTests {
    /// A section-1 form with a typed comment, as a participant fills it in.
    static let typedSection1: [(String, String)] = [
        ("shown", "vision-shared vision-gap drifting-apart in-strategy"),
        ("a.vision-shared", "1"), ("a.vision-gap", "Budget talks stall every quarter"), ("a.drifting-apart", "2"),
        ("a.in-strategy", "yes"), ("action", "next"),
    ]

    @Test func anOpenPageIsSentAfterARestartAndTheLinksStillWork() async throws {
        let fixture = try ServeFixture()
        let carried = Carried<(Participant, String?)>()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        try await fixture.test(keepFiles: true) { client in
            var participant = Participant(client)
            _ = try await participant.start()
            let token = Participant.csrfToken(in: try await participant.get("\(participant.base)/section/1"))
            carried.value = (participant, token)
        }
        // The server stops while the page is open; another one starts on the same file.
        let restarted = try fixture.restarted()
        #expect(restarted.configuration.joinCode == ServeFixture.joinCode)
        #expect(restarted.facilitatorURL == nil)
        try await Application(router: restarted.router()).test(.router) { client in
            let (carriedParticipant, openPageToken) = try #require(carried.value)
            var participant = carriedParticipant
            participant.client = client
            let next = try await participant.post(
                "\(participant.base)/section/1", FirstLookAnswers.section1, csrf: openPageToken)
            #expect(next.status == .seeOther)
            #expect(next.headers[.location] == "\(participant.base)/section/2")
            #expect(try fixture.store.loadDraft(code: participant.cookie!)?.answers["vision-shared"] == .scale(4))
            #expect(try await client.execute(uri: participant.base, method: .get).status == .ok)
            let facilitator = try await client.execute(uri: "/facilitator/\(ServeFixture.token)", method: .get)
            #expect(facilitator.status == .ok)
            #expect(facilitator.text.contains("Round 1"))
        }
    }

    @Test func theFacilitatorSecretIsStoredOnlyAsItsHash() throws {
        let fixture = try ServeFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        try fixture.store.checkpoint()
        for file in try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path) {
            let bytes = try Data(contentsOf: fixture.folder.appendingPathComponent(file))
            #expect(bytes.range(of: Data(ServeFixture.token.utf8)) == nil, "\(file)")
        }
        let secrets = try fixture.store.serveSecrets(session: ServeFixture.session, rotate: false, joinCode: "x", facilitatorSecret: "y")
        #expect(secrets.facilitatorSecretSHA256 == Digest.sha256Hex(ServeFixture.token))
        #expect(secrets.newFacilitatorSecret == nil)
    }

    @Test func aNewJoinCodeReplacesBothLinksAndADraftGoesOn() async throws {
        let fixture = try ServeFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        var draft = try fixture.store.startDraft(session: ServeFixture.session, partner: "Acme", level: .management)
        draft.answers["vision-shared"] = .scale(4)
        try fixture.store.saveDraft(draft)
        let code = draft.code
        let restarted = try fixture.restarted(newJoinCode: true)
        let joinPath = restarted.configuration.joinPath
        let facilitatorPath = try #require(restarted.configuration.facilitatorPath)
        #expect(restarted.configuration.joinCode != ServeFixture.joinCode)
        try await Application(router: restarted.router()).test(.router) { client in
            let cookie: HTTPFields = [.cookie: "accord_draft=\(code)"]
            let join = try await client.execute(uri: joinPath, method: .get, headers: cookie)
            #expect(join.text.contains("Continue your answers"))
            let section = try await client.execute(uri: "\(joinPath)/section/1", method: .get, headers: cookie)
            #expect(section.text.contains(#"value="4" checked"#))
            #expect(try await client.execute(uri: "/join/\(ServeFixture.joinCode)", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/facilitator/\(ServeFixture.token)", method: .get).status == .notFound)
            #expect(try await client.execute(uri: facilitatorPath, method: .get).status == .ok)
        }
    }

    @Test func aStaleFormComesBackWithWhatWasTyped() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            let code = try #require(browser.cookie)
            let stale = try await browser.post("\(browser.base)/section/1", Self.typedSection1, csrf: "from-an-old-page")
            #expect(stale.status == .forbidden)
            #expect(stale.text.contains("not saved yet"))
            #expect(stale.text.contains("Budget talks stall every quarter"))
            #expect(stale.text.contains(#"value="1" checked"#))
            #expect(try fixture.store.loadDraft(code: code)?.answers.isEmpty == true)
            // The page carries a good token: sending it again saves the answers.
            let again = try await browser.post(
                "\(browser.base)/section/1", Self.typedSection1, csrf: Participant.csrfToken(in: stale))
            #expect(again.status == .seeOther)
            #expect(try fixture.store.loadDraft(code: code)?.answers["vision-gap"] == .text("Budget talks stall every quarter"))
        }
    }

    @Test func aFormToAClosedRoundOrWithoutADraftKeepsWhatWasTyped() async throws {
        let fixture = try ServeFixture()
        try await fixture.test { client in
            var browser = Participant(client)
            _ = try await browser.start()
            let token = Participant.csrfToken(in: try await browser.get("\(browser.base)/section/1"))

            var stranger = Participant(client)
            stranger.cookie = "GONEGONEGONE"
            let gone = try await stranger.post("\(stranger.base)/section/1", Self.typedSection1, csrf: token)
            #expect(gone.status == .conflict)
            #expect(gone.text.contains("Budget talks stall every quarter"))
            #expect(gone.text.contains("If you submitted, your answers are in"))
            #expect(!gone.text.contains("Start again"))

            try fixture.store.closeRound(session: ServeFixture.session)
            let closed = try await browser.post("\(browser.base)/section/1", Self.typedSection1, csrf: token)
            #expect(closed.status == .forbidden)
            #expect(closed.text.contains("The round is closed"))
            #expect(closed.text.contains("Budget talks stall every quarter"))
        }
    }

    /// Issue 11, case 5: a submit resent after the cookie was cleared says the answers are in,
    /// and nothing on the page invites answering again, before or after a restart.
    @Test func aResentSubmitSaysTheAnswersAreIn() async throws {
        let fixture = try ServeFixture()
        let token = Carried<String>()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        try await fixture.test(keepFiles: true) { client in
            var browser = Participant(client)
            _ = try await browser.start()
            _ = try await browser.fillSection(1, FirstLookAnswers.section1)
            _ = try await browser.fillSection(2, FirstLookAnswers.section2)
            token.value = Participant.csrfToken(in: try await browser.get("\(browser.base)/review"))
            let first = try await browser.post("\(browser.base)/submit", [], csrf: token.value)
            #expect(first.status == .seeOther)
            #expect(browser.cookie == nil)  // cleared by the submit
            let again = try await browser.post("\(browser.base)/submit", [], csrf: token.value)
            #expect(again.status == .seeOther)
            #expect(again.headers[.location] == "\(browser.base)/thanks")
            let thanks = try await browser.get("\(browser.base)/thanks")
            #expect(thanks.text.contains("Your answers are in"))
        }
        try await Application(router: try fixture.restarted().router()).test(.router) { client in
            var browser = Participant(client)
            let resent = try await browser.post("\(browser.base)/submit", [], csrf: token.value)
            #expect(resent.status == .conflict)
            #expect(resent.text.contains("your answers are already in and nothing more is needed"))
            for invitation in ["Start again", "join link", "start again", "answer again"] {
                #expect(!resent.text.contains(invitation), "\(invitation)")
            }
        }
        #expect(try fixture.submissions().count == 1)
    }
}

/// A value handed from one test server's closure to the next (they run one after the other).
final class Carried<Value>: @unchecked Sendable {
    var value: Value?
}
