import AccordCore
import AccordPostgres
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Two `accord serve` instances over one database, each request going to either (issue 17):
/// a participant starts on one, saves section 1 there, continues on the other, submits on the
/// first; the facilitator closes the round on one and reads the report on the other. The same
/// routes on SQLite (two stores over one file) and PostgreSQL (two `PostgresServeStore`s;
/// skipped without `ACCORD_TEST_POSTGRES`).
@Suite struct StatelessServeTests {
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
    }

    static let postgresURL = ProcessInfo.processInfo.environment["ACCORD_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Two servers over one new session, made as `accord serve` makes them: the secrets read
    /// from the store (the second instance gets the first one's).
    static func servers(_ backend: Backend) async throws -> (WorkshopServer, WorkshopServer, () async -> Void) {
        // A new id each time: the PostgreSQL test database outlives a run, and rounds are never deleted.
        let session = "stateless-\(UInt32.random(in: 0...UInt32.max))"
        let snapshot = Data(FirstLookWorkshop.json.utf8)
        let workshop = try WorkshopLoader().load(snapshot, file: "first-look.json")
        let stores: [any ServeStore]
        let close: () async -> Void
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stateless-\(UUID().uuidString)")
            let path = folder.appendingPathComponent("accord.sqlite").path
            let first = try AnswerStore(path: path)
            try first.createSession(id: session, snapshot: snapshot, workshop: workshop, partners: ["Acme", "Globex"])
            stores = [first.suspending, try AnswerStore(path: path).suspending]
            close = { try? FileManager.default.removeItem(at: folder) }
        case .postgres:
            let location = try PostgresLocation(try #require(postgresURL))
            let setup = try await PostgresAnswerStore.connect(location, createSchema: true)
            try await setup.createSession(id: session, snapshot: snapshot, workshop: workshop, partners: ["Acme", "Globex"])
            await setup.close()
            let one = try await PostgresServeStore.connect(location, connections: 2)
            let two = try await PostgresServeStore.connect(location, connections: 2)
            stores = [one, two]
            close = { await one.close(); await two.close() }
        }
        var servers: [WorkshopServer] = []
        for (index, store) in stores.enumerated() {
            let secrets = try await store.serveSecrets(
                session: session, rotate: false, joinCode: index == 0 ? ServeFixture.joinCode : "OTHER",
                facilitatorSecret: index == 0 ? ServeFixture.token : "other-secret")
            servers.append(
                WorkshopServer(
                    store: store, configuration: ServeConfiguration(sessionID: session, secrets: secrets),
                    publicBaseURL: "http://127.0.0.1:8080", renderReport: ServeFixture.renderReport))
        }
        return (servers[0], servers[1], close)
    }

    @Test(arguments: Backend.allCases)
    func anyInstanceServesAnyRequest(_ backend: Backend) async throws {
        if backend == .postgres, Self.postgresURL == nil { return }  // no server to test against
        let (one, two, close) = try await Self.servers(backend)
        #expect(two.configuration.joinCode == ServeFixture.joinCode, "the second instance reads the first's secrets")
        try await Application(router: one.router()).test(.router) { first in
            try await Application(router: two.router()).test(.router) { second in
                for partner in ["Acme", "Acme", "Acme", "Globex", "Globex", "Globex"] {
                    var browser = Participant(first)
                    #expect(try await browser.start(partner).status == .seeOther)
                    #expect(try await browser.fillSection(1, FirstLookAnswers.section1).status == .seeOther)
                    browser.client = second  // the next request lands on the other instance
                    let section2 = try await browser.fillSection(2, FirstLookAnswers.section2)
                    #expect(section2.headers[.location] == "\(browser.base)/review")
                    let review = try await browser.get("\(browser.base)/review")
                    #expect(review.text.contains("Entering new markets"))
                    browser.client = first  // a token signed by one instance is good on the other
                    let submitted = try await browser.post("\(browser.base)/submit", [], csrf: Participant.csrfToken(in: review))
                    #expect(submitted.headers[.location] == "\(browser.base)/thanks")
                }
                let base = "/facilitator/\(ServeFixture.token)"
                let confirm = try await second.execute(uri: "\(base)/close", method: .get)
                let token = try #require(Participant.csrfToken(in: confirm))
                let closed = try await first.execute(
                    uri: "\(base)/close", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "csrf=\(token)&round=1"))
                #expect(closed.status == .seeOther)
                let report = try await second.execute(uri: "\(base)/report/1", method: .get)
                #expect(report.status == .ok)
                #expect(report.text.contains("\nEveryone: 6"))
            }
        }
        await close()
    }
}
