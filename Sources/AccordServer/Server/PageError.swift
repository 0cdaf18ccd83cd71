import AccordCore
import Hummingbird

/// A refusal shown to the browser as a small HTML page with the right status: 404 for a wrong
/// join code or token (nothing tells a guesser how close they were), 403 for a missing CSRF
/// token or a closed round, 409 for a report of an open round.
struct PageError: HTTPResponseError {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// The page's heading.
    var title: String
    /// What happened and what to do, in plain words.
    var message: String
    /// The title and message in a participant's language, for refusals a participant meets;
    /// `nil` for the facilitator's, which are in `language`.
    var localized: (@Sendable (PageStrings) -> PageStrings.Refusal)?
    /// The language `title` and `message` are already in (a facilitator's refusal, in the
    /// console's language); `nil` for a participant's refusal or an English one.
    var language: String?

    init(status: HTTPResponse.Status, title: String, message: String) {
        self.status = status
        self.title = title
        self.message = message
    }

    /// A refusal already worded in `language` (the facilitator's, `FacilitatorLanguage`).
    init(status: HTTPResponse.Status, _ refusal: PageStrings.Refusal, language: String) {
        self.init(status: status, title: refusal.title, message: refusal.message)
        self.language = language
    }

    /// A participant's refusal: `text` picks its words from the catalogue.
    init(status: HTTPResponse.Status, _ text: @escaping @Sendable (PageStrings) -> PageStrings.Refusal) {
        let english = text(Catalogue.english.pages)
        self.init(status: status, title: english.title, message: english.message)
        localized = text
    }

    /// The refusal in `language`'s words (English for a facilitator's refusal).
    func text(in language: String) -> PageStrings.Refusal {
        localized?(Catalogue.for(code: language).pages) ?? PageStrings.Refusal(title, message)
    }

    static var notFound: PageError { PageError(status: .notFound, \.notFound) }

    static var staleForm: PageError { PageError(status: .forbidden, \.staleForm) }

    static var unexpected: PageError { PageError(status: .internalServerError, \.unexpected) }

    static var roundClosed: PageError { PageError(status: .forbidden, \.roundClosed) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        // No workshop is at hand here: the language the browser asks for, among Accord's own.
        let language = self.language ?? (localized == nil ? "en" : ParticipantLanguage.requested(by: request, among: nil) ?? "en")
        let text = text(in: language)
        let body = "<h1>\(HTML.escape(text.title))</h1>\n<p>\(HTML.escape(text.message))</p>"
        return Response.html(HTML.page(title: text.title, language: language, body: body), status: status)
    }
}

extension Response {
    /// An HTML page.
    static func html(_ page: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    /// A redirect after a POST: the browser follows it with a GET, so reloading never resends.
    static func seeOther(_ location: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }
}
