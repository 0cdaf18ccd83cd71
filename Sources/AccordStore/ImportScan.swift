import AccordCore
import Foundation

/// An import file read, decoded and checked a batch at a time: the one place where every
/// backend (SQLite here, PostgreSQL in AccordPostgres) turns an import file's lines into rows
/// to store, so that a line is accepted or refused with the same message on both.
///
/// Memory holds one batch, whatever the size of the file. After the first bad line no more rows
/// are handed out (they would be thrown away), but lines are still checked, so that the error
/// lists every bad line up to `AnswerStore.maxImportProblems`.
package struct ImportScan {
    /// The file as the user named it, for messages (`name:LINE: message`).
    package let name: String
    /// Rows handed out so far, by round.
    package private(set) var counts: [Int: Int] = [:]
    private var reader: LineReader
    private var problems: [StoreError.LineProblem] = []
    private var atEnd = false

    /// Opens `path` for reading.
    /// - Throws: `StoreError.unreadableFile` when it cannot be opened.
    package init(path: String, name: String) throws(StoreError) {
        self.name = name
        do {
            reader = try LineReader(path: path)
        } catch {
            throw .unreadableFile(file: name, reason: Self.describe(error))
        }
    }

    /// Closes the file.
    package func close() { reader.close() }

    /// The checked rows of the next batch of lines, in file order (possibly none); `nil` once the
    /// whole file is read and every line was good.
    /// - Throws: `StoreError.importFailed` at the end when any line was bad, with every bad line
    ///   (up to `AnswerStore.maxImportProblems`); `StoreError.unreadableFile` when reading fails.
    package mutating func nextBatch(_ checker: LineChecker) throws(StoreError) -> [AnswerStore.CheckedSubmission]? {
        guard !atEnd, problems.count <= AnswerStore.maxImportProblems else { return try finish() }
        var batch: [(line: Int, bytes: Data)] = []
        batch.reserveCapacity(AnswerStore.importBatchSize)
        while batch.count < AnswerStore.importBatchSize {
            let bytes: Data?
            do throws(LineReader.Failure) {
                bytes = try reader.next()
            } catch {
                if case .lineTooLong(let line, _) = error {
                    problems.append(.init(file: name, line: line, message: Self.describe(error)))
                    atEnd = true
                    break
                }
                throw .unreadableFile(file: name, reason: Self.describe(error))
            }
            guard let bytes else {
                atEnd = true
                break
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            batch.append((reader.lineNumber, bytes))
        }
        var rows: [AnswerStore.CheckedSubmission] = []
        for (index, result) in checker.check(batch).enumerated() {
            switch result {
            case .problems(let messages):
                for message in messages where problems.count <= AnswerStore.maxImportProblems {
                    problems.append(.init(file: name, line: batch[index].line, message: message))
                }
            case .row(let row):
                guard problems.isEmpty else { continue }
                rows.append(row)
                counts[row.round, default: 0] += 1
            }
        }
        return rows
    }

    private func finish() throws(StoreError) -> [AnswerStore.CheckedSubmission]? {
        guard problems.isEmpty else {
            throw .importFailed(
                file: name, problems: Array(problems.prefix(AnswerStore.maxImportProblems)),
                truncated: problems.count > AnswerStore.maxImportProblems)
        }
        return nil
    }

    private static func describe(_ error: LineReader.Failure) -> String {
        switch error {
        case .unreadable(let reason): reason
        case .lineTooLong(_, let limit): "the line is longer than \(limit / (1 << 20)) MiB"
        }
    }
}
