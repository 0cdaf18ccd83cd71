import AccordCore
import AccordStore
import Hummingbird

extension WorkshopServer {
    /// The language of the console page `request` asks for (`FacilitatorLanguage.console`).
    func consoleLanguage(_ request: Request, _ session: StoredSession) -> FacilitatorLanguage {
        var language = FacilitatorLanguage.console(request, default: configuration.language, workshop: session.workshop)
        language.findingWords = findingWords
        return language
    }

    /// The language of the presenter view (`FacilitatorLanguage.presenter`).
    func presenterLanguage(_ request: Request, _ session: StoredSession) -> FacilitatorLanguage {
        var language = FacilitatorLanguage.presenter(request, default: configuration.language, workshop: session.workshop)
        language.findingWords = findingWords
        return language
    }

    /// A console page in `language`; a language chosen with `?lang=` is kept in its cookie.
    func consoleHTML(_ page: String, _ language: FacilitatorLanguage, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        if language.isChosen { headers[.setCookie] = language.cookieHeader(secure: configuration.isHTTPS) }
        return .html(page, status: status, headers: headers)
    }
}
