import ArgumentParser
import Foundation

/// The database option every command that touches stored data takes.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file, or a PostgreSQL database as postgres://USER@HOST:PORT/DB "
                + "(default: $ACCORD_DB, else $XDG_DATA_HOME/accord/accord.sqlite).",
            valueName: "path"
        )
    )
    var db: String?

    /// The database path from `--db`, `ACCORD_DB`, or the XDG data directory.
    var databasePath: String {
        if let db { return db }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["ACCORD_DB"], !path.isEmpty { return path }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() + "/.local/share")
        return dataHome + "/accord/accord.sqlite"
    }
}
