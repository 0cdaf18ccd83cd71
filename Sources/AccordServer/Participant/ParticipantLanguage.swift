import AccordCore
import Hummingbird

/// The language a participant's browser asks for: `?lang=` (the join page's choice, kept in
/// links until a draft holds it), else `Accept-Language`, matched against the workshop's
/// languages (`Language.negotiate`).
enum ParticipantLanguage {
    /// The requested language among `available` codes (Accord's own catalogues when `nil`),
    /// or `nil` when the request names none of them.
    static func requested(by request: Request, among available: [String]?) -> String? {
        let available = available ?? Catalogue.all.map(\.language.code)
        if let query = request.uri.queryParameters.get("lang"), let language = Language(query),
            let match = language.closest(in: available)
        {
            return match
        }
        guard let header = request.headers[.acceptLanguage] else { return nil }
        return Language.negotiate(acceptLanguage: header, among: available)
    }
}
