/// The server settings that would let a PostgreSQL server keep what Accord's anonymity promise
/// says nobody keeps (`docs/anonymity.md`, `docs/deploying.md`): when each submission was
/// committed, or the answers themselves in the server log. Read at every connection; a problem
/// refuses the connection, a warning is printed on stderr.
public struct AnonymityCheck: Sendable, Hashable {
    /// Settings that make Accord refuse the database.
    public var problems: [String] = []
    /// Settings that Accord tolerates but the user should know about.
    public var warnings: [String] = []

    /// The settings read, by name (`SELECT name, setting FROM pg_settings WHERE name IN …`).
    static let settingNames = [
        "track_commit_timestamp", "log_statement", "log_min_duration_statement", "log_min_duration_sample",
        "log_statement_sample_rate", "log_transaction_sample_rate", "log_parameter_max_length",
    ]

    /// Judges `settings` (as `pg_settings.setting` spells them; missing ones count as defaults).
    public init(settings: [String: String]) {
        if settings["track_commit_timestamp"] == "on" {
            problems.append(
                "track_commit_timestamp is on: the server records when each transaction committed, "
                    + "so the time of every submission would be kept; set it to off (postgresql.conf, restart)")
        }
        // Which statements the log would write, and whether their parameters (answers) go with them.
        var logged: [String] = []
        let statement = settings["log_statement"] ?? "none"
        if statement == "mod" || statement == "all" { logged.append("log_statement = \(statement)") }
        if let duration = Int(settings["log_min_duration_statement"] ?? "-1"), duration >= 0 {
            logged.append("log_min_duration_statement = \(duration)")
        }
        if let duration = Int(settings["log_min_duration_sample"] ?? "-1"), duration >= 0,
            (Double(settings["log_statement_sample_rate"] ?? "1") ?? 1) > 0
        {
            logged.append("log_min_duration_sample = \(duration)")
        }
        if let rate = Double(settings["log_transaction_sample_rate"] ?? "0"), rate > 0 {
            logged.append("log_transaction_sample_rate = \(rate)")
        }
        guard !logged.isEmpty else { return }
        let names = logged.joined(separator: ", ")
        if (settings["log_parameter_max_length"] ?? "-1") != "0" {
            problems.append(
                "\(names): the server log would keep statements with their parameters, the answers among "
                    + "them; turn statement logging off for Accord's database, or set log_parameter_max_length = 0")
        } else {
            warnings.append(
                "\(names): the server log keeps the time of each statement (not the answers, "
                    + "log_parameter_max_length = 0): whoever reads it sees when submissions arrived")
        }
    }
}
