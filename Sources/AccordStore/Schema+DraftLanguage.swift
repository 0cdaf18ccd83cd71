import GRDB

extension Schema {
    /// `v4-draft-language`: the language a participant answers in, kept with the draft so
    /// that resuming (in the terminal or the browser) continues in it. It is never copied to
    /// the submission: in a small group a rare language would tell who answered.
    static func addDraftLanguage(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE draft ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) BETWEEN 2 AND 35);
                """)
    }
}
