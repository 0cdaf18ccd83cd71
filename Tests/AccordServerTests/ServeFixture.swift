import AccordCore
import AccordReport
import AccordServer
import AccordStore
import Foundation
import Hummingbird
import HummingbirdTesting

/// A real store in a temporary folder with one session of the `first-look` workshop, and a
/// server over it with known secrets.
struct ServeFixture {
    static let joinCode = "joincodejoincodejoincode"
    static let token = "facilitatortokenfacilitatortoken"
    static let session = "s1"

    let folder: URL
    let store: AnswerStore
    let server: WorkshopServer

    init(
        maxBodyBytes: Int = 64 * 1024, maxBrowserDrafts: Int = 1000, draftStartBurst: Int = 30,
        draftStartRefillSeconds: Double = 10, workshopJSON: String = FirstLookWorkshop.json, language: Language? = nil
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-serve-\(UUID().uuidString)")
        store = try AnswerStore(path: folder.appendingPathComponent("accord.sqlite").path)
        let snapshot = Data(workshopJSON.utf8)
        let workshop = try WorkshopLoader().load(snapshot, file: "first-look.json")
        try store.createSession(id: Self.session, snapshot: snapshot, workshop: workshop, partners: ["Acme", "Globex"])
        let secrets = try store.serveSecrets(
            session: Self.session, rotate: true, joinCode: Self.joinCode, facilitatorSecret: Self.token)
        var configuration = ServeConfiguration(
            sessionID: Self.session, secrets: secrets, maxBodyBytes: maxBodyBytes,
            maxBrowserDrafts: maxBrowserDrafts, draftStartBurst: draftStartBurst,
            draftStartRefillSeconds: draftStartRefillSeconds)
        configuration.language = language
        var server = WorkshopServer(
            store: store.suspending, configuration: configuration,
            publicBaseURL: "http://127.0.0.1:8080", renderReport: Self.renderReport)
        server.findingWords = Self.findingWords
        self.server = server
    }

    /// What `accord serve` passes: findings in German or French in the report's sentences.
    static let findingWords: WorkshopServer.FindingWords = { finding, report, language in
        FindingWording.sentence(for: finding, in: report, language: language)
    }

    /// A stand-in for the HTML renderer `accord serve` injects: what the page was given, one fact a line, so tests can check the report
    /// came from the session façade with its trend and actions. The CLI tests compare the real
    /// page with `accord report --format html`.
    static let renderReport: WorkshopServer.ReportRenderer = { report in
        (["round \(report.round)", "compared with round \(report.comparison.map { String($0.baseRound) } ?? "none")",
          "actions \(report.actions.count)"]
            + report.groups.map { "\($0.group): \($0.n.map(String.init) ?? "hidden")" }).joined(separator: "\n")
    }

    /// A second server over the same database file, as `accord serve` makes it when started
    /// again: a new store connection, the secrets read back (or, with `newJoinCode`, replaced).
    func restarted(newJoinCode: Bool = false) throws -> WorkshopServer {
        let store = try AnswerStore(path: folder.appendingPathComponent("accord.sqlite").path)
        let secrets = try store.serveSecrets(
            session: Self.session, rotate: newJoinCode, joinCode: Secret.code(), facilitatorSecret: Secret.code(length: 32))
        return WorkshopServer(
            store: store.suspending, configuration: ServeConfiguration(sessionID: Self.session, secrets: secrets),
            publicBaseURL: "http://127.0.0.1:8080", renderReport: Self.renderReport)
    }

    /// Runs `test` against the router in process (HummingbirdTesting's `.router` mode).
    /// With `keepFiles`, the database stays for a restarted server (`restarted()`).
    func test(
        keepFiles: Bool = false, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        defer { if !keepFiles { try? FileManager.default.removeItem(at: folder) } }
        let application = Application(router: server.router())
        try await application.test(.router) { client in try await test(client) }
    }

    /// Submissions stored in round `round`.
    func submissions(round: Int = 1) throws -> [Submission] {
        var all: [Submission] = []
        try store.forEachSubmission(session: Self.session, round: round) { all.append($0) }
        return all
    }
}

/// A participant's browser: keeps the draft cookie, reads CSRF tokens out of forms.
struct Participant {
    var client: any TestClientProtocol
    var cookie: String?
    var joinCode = ServeFixture.joinCode
    /// The browser's `Accept-Language`, if any.
    var acceptLanguage: String?
    var base: String { "/join/\(joinCode)" }

    init(_ client: any TestClientProtocol) { self.client = client }

    mutating func get(_ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: headers())
        remember(response)
        return response
    }

    mutating func post(_ path: String, _ fields: [(String, String)], csrf: String?) async throws -> TestResponse {
        var all = fields
        if let csrf { all.append(("csrf", csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(
            uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Opens `page` and posts `fields` with the page's CSRF token.
    mutating func fill(_ page: String, post path: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let form = try await get(page)
        return try await post(path, fields, csrf: Self.csrfToken(in: form))
    }

    /// Opens section `number` of the workshop and posts `fields` to it.
    mutating func fillSection(_ number: Int, _ fields: [(String, String)]) async throws -> TestResponse {
        try await fill("\(base)/section/\(number)", post: "\(base)/section/\(number)", fields)
    }

    /// Starts as `partner` at `level`.
    mutating func start(_ partner: String = "Acme", level: String = "management") async throws -> TestResponse {
        try await fill(base, post: "\(base)/start", [("partner", partner), ("level", level)])
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "accord_draft=\(cookie)" }
        if let acceptLanguage { headers[.acceptLanguage] = acceptLanguage }
        return headers
    }

    private mutating func remember(_ response: TestResponse) {
        guard let setCookie = response.headers[.setCookie], setCookie.hasPrefix("accord_draft=") else { return }
        let value = setCookie.dropFirst("accord_draft=".count).prefix { $0 != ";" }
        cookie = value.isEmpty ? nil : String(value)
    }

    static func csrfToken(in response: TestResponse) -> String? {
        let html = String(buffer: response.body)
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

/// A whole valid answer to `first-look`, section by section, as form fields.
enum FirstLookAnswers {
    static let section1: [(String, String)] = [
        ("shown", "vision-shared drifting-apart in-strategy"),
        ("a.vision-shared", "4"), ("p.vision-shared", "3"), ("a.drifting-apart", "2"), ("a.in-strategy", "yes"),
        ("action", "next"),
    ]
    static let section2: [(String, String)] = [
        ("shown", "top-goal kpis priorities months-to-results"),
        ("a.top-goal", "new-markets"), ("p.top-goal", "reduced-costs"),
        ("a.kpis", "cost"), ("a.kpis", "customers"),
        ("a.priorities.1", "customers"), ("a.priorities.2", "markets"), ("a.priorities.3", "cost"),
        ("a.months-to-results", "12"), ("p.months-to-results", "18"),
        ("action", "next"),
    ]
}
