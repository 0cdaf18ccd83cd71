import enum AccordCore.TerminalText
import struct AccordCore.Language
import AccordReport
import AccordServer
import AccordStore
import AccordPostgres
import ArgumentParser
import Foundation

/// `accord serve --session ID`: participants answer in a browser; the facilitator watches
/// counts, opens and closes rounds and reads reports.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Let participants answer a session in a browser, from their own phones and laptops.",
        discussion: """
            Prints the participants' join URL (also as a QR code) and the facilitator's URL, each with \
            its own secret. Both belong to the session and are kept in the database (the facilitator's \
            secret only as a hash): a restarted server takes the same links and open pages, and \
            --new-join-code replaces both. Binds to 127.0.0.1 unless --host says otherwise; on a room's network, use \
            --host 0.0.0.0 with --tls-cert and --tls-key so answers never cross the Wi-Fi in clear. \
            Stop with Ctrl-C: answers already submitted or saved in drafts are in the database.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("The session id.", valueName: "id"))
    var session: String
    @Option(name: .long, help: ArgumentHelp("The address to listen on (0.0.0.0: every interface).", valueName: "address"))
    var host = "127.0.0.1"
    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port = 8080
    @Option(name: .customLong("tls-cert"), help: ArgumentHelp("A PEM certificate chain: serve HTTPS.", valueName: "file"))
    var tlsCertificate: String?
    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The certificate's PEM private key.", valueName: "file"))
    var tlsKey: String?
    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp("The base URL participants reach this server at (default: from --host).", valueName: "url"))
    var publicURL: String?
    @Flag(
        name: .customLong("new-join-code"),
        help: "Replace the session's join code and facilitator secret: old links and QR codes stop working.")
    var newJoinCode = false
    @Flag(
        name: .customLong("new-facilitator-link"),
        help: "Replace only the facilitator's secret (its address was lost or seen); the join link stays.")
    var newFacilitatorLink = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the facilitator's pages when the browser states none, and of the presenter view "
                + "(en, de or fr; default: the workshop's language if Accord speaks it, else English).",
            valueName: "code"))
    var language: String?
    @Flag(
        name: .customLong("behind-proxy"),
        help: "A reverse proxy on this machine forwards the requests (docs/deploying.md): limit draft starts per X-Real-IP.")
    var behindProxy = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        if (tlsCertificate == nil) != (tlsKey == nil) { throw ServeError.incompleteTLS }
        if let language, Language(language) == nil {
            throw ValidationError("--language must be a language code such as de or fr, not '\(input: language)'.")
        }
    }

    func run() throws {
        if let location = try store.postgresLocation() {
            // Several instances may serve one PostgreSQL database: every secret and draft is in it.
            let postgres = try AsyncBridge.value { try await PostgresServeStore.connect(location) }
            for warning in postgres.warnings { StandardError.print("Warning: \(location.description): \(warning)") }
            try serve(postgres, databaseName: location.description) { try? AsyncBridge.run { await postgres.close() } }
        } else {
            let answerStore = try store.openSQLite(.readWrite, upkeep: .serving)
            // What the last submissions owe, before the process exits.
            try serve(answerStore.suspending, databaseName: answerStore.path) { answerStore.payOwedUpkeep() }
        }
    }

    /// Serves the session from `serveStore` until Ctrl-C, then runs `stopped`.
    private func serve(_ serveStore: any ServeStore, databaseName: String, stopped: () -> Void) throws {
        let sessionID = session
        let (newJoinCode, newFacilitatorLink) = (newJoinCode, newFacilitatorLink)
        let (stored, secrets) = try AsyncBridge.value {
            let stored = try await serveStore.session(sessionID)
            let secrets =
                newFacilitatorLink && !newJoinCode
                ? try await serveStore.replaceFacilitatorSecret(
                    session: stored.id, with: Secret.code(length: 32), joinCodeIfNew: Secret.code())
                : try await serveStore.serveSecrets(
                    session: stored.id, rotate: newJoinCode, joinCode: Secret.code(),
                    facilitatorSecret: Secret.code(length: 32))
            return (stored, secrets)
        }
        let tls = try tlsCertificate.map { try WorkshopServer.tlsConfiguration(certificatePath: $0, keyPath: tlsKey!) }
        let scheme = tls == nil ? "http" : "https"
        let reachableHost = NetworkAddress.isWildcard(host) ? (NetworkAddress.firstLANAddress() ?? host) : host
        let baseURL = publicURL ?? "\(scheme)://\(reachableHost.contains(":") ? "[\(reachableHost)]" : reachableHost):\(port)"
        // Behind a proxy that terminates TLS, the public URL says whether participants use HTTPS.
        var configuration = ServeConfiguration(
            sessionID: stored.id, secrets: secrets, isHTTPS: tls != nil || baseURL.hasPrefix("https://"))
        configuration.isBehindProxy = behindProxy
        configuration.language = language.flatMap(Language.init)
        var served = WorkshopServer(
            store: serveStore, configuration: configuration,
            publicBaseURL: baseURL, renderReport: { report in
                // In the language `accord report` picks by default, so the page is its HTML byte for byte.
                let language = (try? ReportLanguage.resolve(nil, workshopLanguage: report.workshop.language)) ?? .english
                return ReportFormat.html.renderer(language: language).render(report)
            })
        // Findings in German or French in the report's sentences, as the terminal console reads them.
        served.findingWords = { finding, report, language in
            FindingWording.sentence(for: finding, in: report, language: language)
        }
        let server = served
        if !NetworkAddress.isLoopback(host) {
            StandardError.print(
                "warning: listening on \(host): anyone on this network with the join link can answer"
                    + (tls == nil ? ", and answers cross the network unencrypted: use --tls-cert and --tls-key" : ""))
        }
        guard let qrCode = QRCode(server.joinURL) else { throw ServeError.urlTooLongForQRCode(server.joinURL) }
        let title = TerminalText.inert(stored.workshop.title.text)
        let application = try server.application(host: host, port: port, tls: tls) {
            StandardError.print(qrCode.terminalText)
            StandardError.print("Serving session \(stored.id) (\(title)). Stop with Ctrl-C.")
            print("join: \(server.joinURL)")
            if let facilitatorURL = server.facilitatorURL {
                print("facilitator: \(facilitatorURL)")
            } else {
                print(
                    "facilitator: the address printed when this session was first served (kept only as a hash; "
                        + "--new-facilitator-link makes a new one)")
            }
            print("presenter: \(server.presenterURL)")
            fflush(nil)
        }
        do {
            try AsyncBridge.run { try await application.runService() }
        } catch {
            throw ServeError.cannotServe(address: "\(host):\(port)", reason: "\(error)")
        }
        stopped()
        StandardError.print("Stopped. Submitted answers and drafts are in \(databaseName).")
        throw ExitCode(130)
    }
}
