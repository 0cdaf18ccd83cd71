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

    static var notFound: PageError {
        PageError(status: .notFound, title: "Not found", message: "There is nothing here. Check the address you were given.")
    }

    static var staleForm: PageError {
        PageError(
            status: .forbidden, title: "This form has expired",
            message: "The page was sent without its security token, or from an old page. Go back, reload the page and send it again.")
    }

    static var unexpected: PageError {
        PageError(
            status: .internalServerError, title: "Something went wrong",
            message: "Nothing you answered so far is lost. Go back and try again in a moment.")
    }

    static var roundClosed: PageError {
        PageError(
            status: .forbidden, title: "The round is closed",
            message: "This round takes no more answers. Ask the facilitator whether a new round is open.")
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = "<h1>\(HTML.escape(title))</h1>\n<p>\(HTML.escape(message))</p>"
        return Response.html(HTML.page(title: title, body: body), status: status)
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
