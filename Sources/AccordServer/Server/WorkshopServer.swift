import AccordCore
import AccordStore
import Hummingbird
import Synchronization

/// `accord serve`: participants answer a session's workshop in a browser, the facilitator
/// watches counts, opens and closes rounds and reads reports.
///
/// Pages are rendered on the server as plain HTML forms; every answer goes through the same
/// checks as in the terminal and is stored through the same `AnswerStore` transactions.
/// Nothing about a request (address, user agent, time) is stored or logged.
public struct WorkshopServer: Sendable {
    /// Turns a closed round's report into an HTML document.
    public typealias ReportRenderer = @Sendable (GapReport) -> String

    /// The store the session lives in.
    public let store: AnswerStore
    /// The session, its secrets and limits.
    public let configuration: ServeConfiguration
    /// The base URL participants reach the server at (for the QR code), such as
    /// `http://192.168.1.20:8080`.
    public let publicBaseURL: String
    let renderReport: ReportRenderer
    let csrf = CSRFTokens()
    let submitted = SubmittedDrafts()

    /// Creates a server over `store`.
    public init(
        store: AnswerStore, configuration: ServeConfiguration, publicBaseURL: String,
        renderReport: @escaping ReportRenderer = ReportSummaryPage.render
    ) {
        self.store = store
        self.configuration = configuration
        self.publicBaseURL = publicBaseURL
        self.renderReport = renderReport
    }

    /// The URL participants open (and the QR code holds).
    public var joinURL: String { publicBaseURL + configuration.joinPath }
    /// The facilitator's URL.
    public var facilitatorURL: String { publicBaseURL + configuration.facilitatorPath }

    /// Every route, behind the security headers.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware(isHTTPS: configuration.isHTTPS))
        addAssetRoutes(to: router)
        addParticipantRoutes(to: router)
        addFacilitatorRoutes(to: router)
        return router
    }

    /// Reads a form body of at most `configuration.maxBodyBytes` (413 beyond).
    func form(of request: Request) async throws -> FormData {
        var request = request
        let buffer = try await request.collectBody(upTo: configuration.maxBodyBytes)
        return FormData(String(buffer: buffer))
    }
}

/// Drafts submitted since the server started, so that a resent submit form (a double click,
/// the back button) is answered "already submitted" rather than with an error. Only random
/// draft codes are kept, in memory; nothing in them says who or when.
final class SubmittedDrafts: Sendable {
    private let codes = Mutex<Set<String>>([])
    /// Keeps at most this many codes.
    static let limit = 100_000

    func insert(_ code: String) {
        codes.withLock { codes in
            if codes.count >= Self.limit { codes.removeAll() }
            codes.insert(code)
        }
    }

    func remove(_ code: String) {
        _ = codes.withLock { $0.remove(code) }
    }

    func contains(_ code: String) -> Bool { codes.withLock { $0.contains(code) } }
}
