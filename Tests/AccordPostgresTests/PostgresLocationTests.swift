import AccordPostgres
import Testing

@Suite struct PostgresLocationTests {
    @Test func aURLNamesUserHostPortAndDatabase() throws {
        let location = try PostgresLocation("postgres://accord:secret@db.example:6543/workshops", environment: [:])
        #expect(location.user == "accord" && location.password == "secret")
        #expect(location.host == "db.example" && location.port == 6543 && location.database == "workshops")
        #expect(!location.requiresTLS)
        #expect(location.description == "postgres://accord@db.example:6543/workshops")
    }

    @Test func thePasswordMayComeFromPGPASSWORDAndTLSFromSslmode() throws {
        let location = try PostgresLocation(
            "postgresql://accord@localhost/w?sslmode=require", environment: ["PGPASSWORD": "p"])
        #expect(location.password == "p" && location.port == 5432 && location.requiresTLS)
    }

    @Test(arguments: [
        ("postgres://localhost/w", "the user is missing"), ("postgres://accord@localhost", "the database is missing"),
        ("postgres://accord@localhost/w?ssl=1", "unknown option 'ssl=1'"),
    ])
    func anIncompleteURLSaysWhatIsMissing(_ url: String, _ message: String) {
        let error = #expect(throws: PostgresStoreError.self) { try PostgresLocation(url, environment: [:]) }
        #expect(error?.errorDescription?.contains(message) == true, "\(String(describing: error?.errorDescription))")
    }

    @Test func aPasswordIsNeverShownInMessages() {
        let error = #expect(throws: PostgresStoreError.self) {
            try PostgresLocation("postgres://accord:hunter2@localhost", environment: [:])
        }
        let message = error?.errorDescription ?? ""
        #expect(!message.contains("hunter2") && message.contains("***"), "\(message)")
    }
}
