/// The SQLite store of sessions, rounds, drafts and submissions.
public enum AccordStoreModule {}
