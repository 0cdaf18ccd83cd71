import AccordCore
import AccordStore
import Hummingbird
import Synchronization

/// `accord serve`: participants answer a session's workshop in a browser, the facilitator
/// watches counts, opens and closes rounds and reads reports.
///
/// Pages are rendered on the server as plain HTML forms; every answer goes through the same
/// checks as in the terminal and is stored through the same store transactions (`ServeStore`: SQLite or PostgreSQL).
/// Nothing about a request (address, user agent, time) is stored or logged.
public struct WorkshopServer: Sendable {
    /// Turns a closed round's report into an HTML document: `accord serve` passes the HTML
    /// renderer of `accord report --format html`, so the page is that report byte for byte.
    public typealias ReportRenderer = @Sendable (GapReport) -> String
    /// A revealed finding in the report's sentence in a language, or `nil` where the report
    /// has none: `accord serve` passes AccordReport's `FindingWording.sentence`, so the
    /// console and the presenter view word findings as the terminal console and the report do.
    public typealias FindingWords = @Sendable (DiscussionFinding, GapReport, Language) -> String?

    /// The store the session lives in.
    public let store: any ServeStore
    /// The session, its secrets and limits.
    public let configuration: ServeConfiguration
    /// The base URL participants reach the server at (for the QR code), such as
    /// `http://192.168.1.20:8080`.
    public let publicBaseURL: String
    let renderReport: ReportRenderer
    /// How findings are worded in German or French (`nil`: Core's English observation).
    public var findingWords: FindingWords?
    let forms: FormTokens
    let submitted = SubmittedForms()
    let draftStarts: DraftStartLimiter
    let phaseClock = PhaseClock()
    let layouts = WorkshopLayouts()

    /// Creates a server over `store`; `renderReport` renders the reports of closed rounds.
    public init(
        store: any ServeStore, configuration: ServeConfiguration, publicBaseURL: String,
        renderReport: @escaping ReportRenderer
    ) {
        self.store = store
        self.configuration = configuration
        self.publicBaseURL = publicBaseURL
        self.renderReport = renderReport
        forms = FormTokens(key: configuration.secrets.formKey)
        draftStarts = DraftStartLimiter(
            burst: configuration.draftStartBurst, refillSeconds: configuration.draftStartRefillSeconds)
    }

    /// The URL participants open (and the QR code holds).
    public var joinURL: String { publicBaseURL + configuration.joinPath }
    /// The presenter view's URL, for the projector: no secret in it beyond the join code
    /// that the projector shows anyway.
    public var presenterURL: String { publicBaseURL + configuration.presenterPath }
    /// The presenter view's path.
    var presenterPath: String { configuration.presenterPath }
    /// The facilitator's URL, when its secret was made by this run (the database keeps only
    /// its hash, so a restarted server cannot print it again).
    public var facilitatorURL: String? { configuration.facilitatorPath.map { publicBaseURL + $0 } }

    /// Every route, behind the security headers.
    public func router() -> Router<ServeRequestContext> {
        let router = Router(context: ServeRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware(isHTTPS: configuration.isHTTPS))
        addAssetRoutes(to: router)
        addParticipantRoutes(to: router)
        addFacilitatorRoutes(to: router)
        addPresenterRoutes(to: router)
        return router
    }

    /// Reads a form body of at most `configuration.maxBodyBytes` (413 beyond).
    func form(of request: Request) async throws -> FormData {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: configuration.maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw PageError(status: .contentTooLarge, \.tooLarge)
        }
        return FormData(String(buffer: buffer))
    }
}

/// The tokens of submit forms accepted since the server started, so that a resent submit form
/// (a double click, the back button, after the cookie was cleared) is answered "your answers
/// are in" rather than with an error. Only tokens (keyed digests of random draft codes) are
/// kept, in memory and bounded; nothing in them says who or when.
final class SubmittedForms: Sendable {
    private let tokens = Mutex<Set<String>>([])
    /// Keeps at most this many tokens.
    static let limit = 100_000

    func insert(_ token: String) {
        tokens.withLock { tokens in
            if tokens.count >= Self.limit { tokens.removeAll() }
            tokens.insert(token)
        }
    }

    func remove(_ token: String) {
        _ = tokens.withLock { $0.remove(token) }
    }

    func contains(_ token: String?) -> Bool {
        guard let token else { return false }
        return tokens.withLock { $0.contains(token) }
    }
}
