import AccordPostgres
import Testing

/// The server settings that would record when or what participants answered (docs/deploying.md).
@Suite struct AnonymityCheckTests {
    @Test func aDefaultServerIsAccepted() {
        let check = AnonymityCheck(settings: [
            "track_commit_timestamp": "off", "log_statement": "none", "log_min_duration_statement": "-1",
            "log_min_duration_sample": "-1", "log_statement_sample_rate": "1", "log_transaction_sample_rate": "0",
            "log_parameter_max_length": "-1",
        ])
        #expect(check.problems.isEmpty && check.warnings.isEmpty)
    }

    @Test func commitTimestampsAreRefused() {
        let check = AnonymityCheck(settings: ["track_commit_timestamp": "on"])
        #expect(check.problems.count == 1)
        #expect(check.problems.first?.hasPrefix("track_commit_timestamp is on") == true)
    }

    @Test(arguments: [
        ["log_statement": "all"], ["log_statement": "mod"], ["log_min_duration_statement": "0"],
        ["log_min_duration_statement": "250"], ["log_transaction_sample_rate": "0.01"],
        ["log_min_duration_sample": "0", "log_statement_sample_rate": "0.5"],
    ])
    func statementLoggingWithParametersIsRefused(_ settings: [String: String]) {
        let check = AnonymityCheck(settings: settings)
        #expect(check.problems.count == 1)
        #expect(check.problems.first?.contains("the answers among them") == true)
    }

    @Test func statementLoggingWithoutParametersIsOnlyAWarning() {
        let check = AnonymityCheck(settings: ["log_statement": "all", "log_parameter_max_length": "0"])
        #expect(check.problems.isEmpty)
        #expect(check.warnings.count == 1)
        #expect(check.warnings.first?.contains("when submissions arrived") == true)
    }

    @Test func ddlLoggingIsFine() {
        #expect(AnonymityCheck(settings: ["log_statement": "ddl"]).problems.isEmpty)
    }
}
