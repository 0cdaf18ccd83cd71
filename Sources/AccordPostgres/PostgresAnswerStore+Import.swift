import AccordCore
import AccordStore
import Foundation
import PostgresNIO

extension PostgresAnswerStore {
    /// Imports a JSON Lines file of submissions into a session: the whole file or nothing, in
    /// one transaction, as `AnswerStore.importSubmissions` does and with the same checks and
    /// messages (both read the file through `ImportScan`).
    ///
    /// Checked rows are streamed with `COPY` into a temporary table while the file is read,
    /// then inserted in the order of their random keys, so the rows of an import carry one
    /// transaction and lie in an order that says nothing about the file's.
    ///
    /// - Throws: `StoreError.importFailed` with every bad line (nothing is stored then),
    ///   `StoreError.roundClosed` when a round closed meanwhile.
    @discardableResult
    public func importSubmissions(session: String, path: String, name: String? = nil) async throws -> ImportSummary {
        var scan = try ImportScan(path: path, name: name ?? path)
        defer { scan.close() }
        let checker = LineChecker(session: try await self.session(session))
        try await transaction {
            try await execute(
                """
                CREATE TEMP TABLE accord_import (
                    id bytea NOT NULL, round integer NOT NULL, partner text NOT NULL, level text NOT NULL,
                    answers text NOT NULL, predictions text NOT NULL) ON COMMIT DROP
                """)
            do {
                try await connection.copyFrom(
                    table: "accord_import", columns: ["id", "round", "partner", "level", "answers", "predictions"],
                    logger: logger
                ) { writer in
                    var buffer = ByteBuffer()
                    while let rows = try scan.nextBatch(checker) {
                        buffer.clear()
                        for row in rows { Self.appendCopyLine(row, to: &buffer) }
                        if buffer.readableBytes > 0 { try await writer.write(buffer) }
                    }
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw PostgresStoreError.server(location.description, reason: Self.describe(error))
            }
            // A round may have closed while the file was read: lock the rounds and look.
            let rounds = try await rounds(of: session, locking: "FOR SHARE")
            for round in scan.counts.keys.sorted() where rounds.first(where: { $0.number == round })?.isOpen != true {
                throw StoreError.roundClosed(session: session, round: round)
            }
            try await execute(
                """
                INSERT INTO submission (id, session_id, round, partner, level, answers, predictions)
                SELECT id, \(session), round, partner, level, answers, predictions FROM accord_import ORDER BY id
                """)
        }
        return ImportSummary(countsByRound: scan.counts)
    }

    /// One row in `COPY`'s text format: a random key, then the columns, tab-separated.
    static func appendCopyLine(_ row: AnswerStore.CheckedSubmission, to buffer: inout ByteBuffer) {
        // bytea as hex: `\x` followed by two hex digits a byte (the backslash escaped for COPY).
        buffer.writeString("\\\\x")
        let hex = Array("0123456789abcdef".utf8)
        for byte in RandomCode.submissionKey() {
            buffer.writeInteger(hex[Int(byte >> 4)])
            buffer.writeInteger(hex[Int(byte & 0x0f)])
        }
        buffer.writeInteger(UInt8(ascii: "\t"))
        buffer.writeString(String(row.round))
        for text in [row.partner, row.level.rawValue, row.answers, row.predictions] {
            buffer.writeInteger(UInt8(ascii: "\t"))
            appendCopyText(text, to: &buffer)
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    /// `text` escaped for `COPY`'s text format: backslash, tab, newline and carriage return.
    static func appendCopyText(_ text: String, to buffer: inout ByteBuffer) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeString("\\t")
            case UInt8(ascii: "\n"): buffer.writeString("\\n")
            case UInt8(ascii: "\r"): buffer.writeString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
