import AccordCore
import AccordStore
import Hummingbird

/// What a participant's request is about: the session, its open round, and the draft named by
/// the browser's draft cookie (if it names one of this round).
struct ParticipantVisit {
    /// The session served.
    var session: StoredSession
    /// Its open round.
    var round: Int
    /// The participant's draft, if the cookie names one of this session's open round.
    var draft: Draft?
    /// The cookie's value, even when it names no draft (submitted, discarded).
    var cookie: String?
    /// The language the pages are in: `?lang=`, else the draft's, else `Accept-Language`'s,
    /// else the workshop's own (always one the workshop offers).
    var language: String

    var workshop: Workshop { session.workshop }
}

extension WorkshopServer {
    /// The draft cookie: a random code, nothing else; sent to the participants' pages only
    /// (`/join`, whatever the join code: after `--new-join-code` the draft goes on),
    /// not readable by script, never sent from another site.
    static let draftCookie = "accord_draft"

    /// Checks the join code (404 when wrong) and that a round is open (403 when not), and finds
    /// the draft: the session and the draft are read in one read transaction, which never
    /// waits behind a write.
    func visit(_ request: Request, _ context: ServeRequestContext) async throws -> ParticipantVisit {
        try checkJoinCode(context)
        let cookie = request.cookies[Self.draftCookie]?.value
        let (session, loaded) = try await store.session(
            configuration.sessionID, draftCode: cookie.flatMap { Self.isDraftCode($0) ? $0 : nil })
        guard let round = session.openRound else { throw PageError.roundClosed }
        let draft = loaded.flatMap { $0.sessionID == session.id && $0.round == round ? $0 : nil }
        let offered = session.workshop.offeredLanguages
        let asked = request.uri.queryParameters.get("lang").flatMap(Language.init).flatMap { $0.closest(in: offered) }
        let language =
            asked ?? draft?.language.flatMap { offered.contains($0) ? $0 : nil }
            ?? ParticipantLanguage.requested(by: request, among: offered) ?? session.workshop.language
        return ParticipantVisit(session: session, round: round, draft: draft, cookie: cookie, language: language)
    }

    /// The served session, once the join code is checked (404 when wrong).
    func joinedSession(_ context: ServeRequestContext) async throws -> StoredSession {
        try checkJoinCode(context)
        return try await store.session(configuration.sessionID)
    }

    /// Refuses (404) a request whose join code is wrong, before anything is read.
    func checkJoinCode(_ context: ServeRequestContext) throws {
        guard let code = context.parameters.get("code"), Secret.matches(code, configuration.joinCode) else {
            throw PageError.notFound
        }
    }

    /// Whether `text` looks like a draft code (so nothing else reaches the store).
    static func isDraftCode(_ text: String) -> Bool {
        (4...64).contains(text.utf8.count)
            && text.utf8.allSatisfy {
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
            }
    }

    /// The `Set-Cookie` value that stores `code`, or with `nil` deletes the cookie.
    func draftCookieHeader(_ code: String?) -> String {
        let secure = configuration.isHTTPS ? "; Secure" : ""
        let value = code ?? ""
        let expiry = code == nil ? "; Max-Age=0" : ""
        return "\(Self.draftCookie)=\(value); Path=/join; HttpOnly; SameSite=Strict\(secure)\(expiry)"
    }

    /// The form-token scope of a draft's forms: bound to its code, which only its cookie holds.
    static func draftScope(_ draft: Draft) -> String { "draft:\(draft.code)" }
    /// The form-token scope of the join form.
    var joinScope: String { "join:\(configuration.sessionID)" }

    /// Refuses (403, nothing read further) a form without the right token, or one that the
    /// browser says came from another site.
    func checkForm(_ form: FormData, scope: String, request: Request) throws {
        try checkOrigin(request)
        guard forms.verify(form["csrf"], for: scope) else { throw PageError.staleForm }
    }

    /// Refuses (403) a request that the browser says came from another site. (With
    /// `Referrer-Policy: no-referrer` browsers send `Origin: null` for our own forms, so a
    /// `null` origin proves nothing either way.)
    func checkOrigin(_ request: Request) throws {
        if let site = request.headers[.init("Sec-Fetch-Site")!], site == "cross-site" || site == "same-site" {
            throw PageError.staleForm
        }
        if let origin = request.headers[.origin], origin != "null", let host = request.head.authority {
            let originHost = origin.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            guard originHost == host else { throw PageError.staleForm }
        }
    }
}
