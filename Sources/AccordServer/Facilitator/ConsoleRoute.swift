import AccordCore
import Hummingbird

/// The browser console's counterpart of a facilitator command: the page that shows it, or
/// the form that does it, under the facilitator's path.
struct ConsoleRoute: Sendable, Hashable {
    /// `GET` for a page, `POST` for a step that changes something.
    var method: HTTPRequest.Method
    /// The path after the facilitator's path (`""` for the console itself).
    var path: String

    /// The console's counterpart of every terminal command (`FacilitationCommand`): the
    /// switch makes a new command a compile error until it has one, and `ConsoleRouteTests`
    /// checks that each answers.
    static func route(for command: FacilitationCommand) -> ConsoleRoute {
        switch command {
        case .agenda: ConsoleRoute(method: .get, path: "agenda")
        case .next: ConsoleRoute(method: .post, path: "next")
        case .phase: ConsoleRoute(method: .post, path: "phase")
        // The console shows the phase and its countdown at the top, as the terminal's prompt does.
        case .time: ConsoleRoute(method: .get, path: "")
        case .counts: ConsoleRoute(method: .get, path: "counts")
        // Opening and closing go through their confirm pages.
        case .open: ConsoleRoute(method: .get, path: "open")
        case .close: ConsoleRoute(method: .get, path: "close")
        case .reveal: ConsoleRoute(method: .post, path: "reveal")
        case .more: ConsoleRoute(method: .post, path: "more")
        case .action: ConsoleRoute(method: .get, path: "action")
        case .actions: ConsoleRoute(method: .get, path: "actions")
        case .help: ConsoleRoute(method: .get, path: "help")
        // Nothing to leave in a browser: the help page says that closing the tab loses nothing.
        case .quit: ConsoleRoute(method: .get, path: "help")
        }
    }

    /// The full path under `basePath`.
    func url(_ basePath: String) -> String { path.isEmpty ? basePath : "\(basePath)/\(path)" }
}
