import Hummingbird

/// Adds the security headers to every response, errors included (an unexpected error becomes
/// a plain 500 page that reveals nothing): a content security policy
/// without inline script, no referrer (the join code is in the URL), no caching (answer pages
/// must not stay on a shared phone or in a proxy), no framing, no content sniffing.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Whether the server runs over HTTPS, so browsers are told to keep to it.
    var isHTTPS: Bool

    /// The policy of a report page: the report renderer's inline style sheet and SVG, and
    /// still no script, no form, no framing.
    static var reportContentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; "
            + "base-uri 'none'"
    }

    /// The policy of every other page: the shared style sheet and script only; the script may
    /// fetch from this server alone (the live updates of the console and the presenter view).
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // The message names what failed (the database, a file), never the request.
            context.logger.error("\(error.localizedDescription)")
            response = try PageError.unexpected.response(from: request, context: context)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[values: .init("Referrer-Policy")!] = ["no-referrer"]
        response.headers[.cacheControl] = "no-store"
        response.headers[values: .init("X-Content-Type-Options")!] = ["nosniff"]
        response.headers[values: .init("X-Frame-Options")!] = ["DENY"]
        response.headers[values: .init("Cross-Origin-Opener-Policy")!] = ["same-origin"]
        if isHTTPS {
            response.headers[values: .init("Strict-Transport-Security")!] = ["max-age=31536000"]
        }
        return response
    }
}
