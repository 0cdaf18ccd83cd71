import AccordCore
import Foundation
import GRDB

/// What an import stored.
public struct ImportSummary: Sendable, Hashable {
    /// Submissions stored, by round.
    public var countsByRound: [Int: Int]
    /// All submissions stored.
    public var count: Int { countsByRound.values.reduce(0, +) }
}

extension AnswerStore {
    /// The most problems an import reports before it stops looking.
    public static let maxImportProblems = 100

    /// Imports a JSON Lines file of submissions (`product.md`) into a session: the whole file
    /// or nothing, in one transaction. The file is streamed in chunks, so memory does not grow
    /// with its size.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - name: the file as the user named it, for messages (`name:LINE: message`).
    /// - Throws: `StoreError.importFailed` with every bad line (up to `maxImportProblems`);
    ///   nothing is stored then.
    @discardableResult
    public func importSubmissions(session: String, path: String, name: String? = nil) throws(StoreError) -> ImportSummary {
        let name = name ?? path
        var reader: LineReader
        do {
            reader = try LineReader(path: path)
        } catch {
            throw .unreadableFile(file: name, reason: Self.describe(lineFailure: error))
        }
        defer { reader.close() }
        return try write { db in
            let stored = try self.session(session, in: db)
            var problems: [StoreError.LineProblem] = []
            var counts: [Int: Int] = [:]
            let statement = try db.cachedStatement(sql: Self.insertSQL)
            func report(_ line: Int, _ messages: [String]) {
                for message in messages where problems.count < Self.maxImportProblems + 1 {
                    problems.append(StoreError.LineProblem(file: name, line: line, message: message))
                }
            }
            while problems.count <= Self.maxImportProblems {
                let bytes: Data?
                do throws(LineReader.Failure) {
                    bytes = try reader.next()
                } catch {
                    if case .lineTooLong(let line, _) = error {
                        report(line, [Self.describe(lineFailure: error)])
                        break
                    }
                    throw StoreError.unreadableFile(file: name, reason: Self.describe(lineFailure: error))
                }
                guard let bytes else { break }
                let line = reader.lineNumber
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let decoded = ImportLine.decode(bytes, workshop: stored.workshop)
                report(line, decoded.problems)
                guard let submission = decoded.submission else { continue }
                switch Self.problems(of: submission, in: stored) {
                case .failure(.invalidSubmission(_, let answerProblems)): report(line, answerProblems)
                case .failure(let error): report(line, [error.errorDescription ?? "\(error)"])
                case .success(let row):
                    // After the first problem nothing more is written: it would be rolled back.
                    guard problems.isEmpty else { continue }
                    try statement.execute(arguments: Self.arguments(row, session: session))
                    counts[row.round, default: 0] += 1
                }
            }
            if !problems.isEmpty {
                let truncated = problems.count > Self.maxImportProblems
                throw StoreError.importFailed(
                    file: name, problems: Array(problems.prefix(Self.maxImportProblems)), truncated: truncated)
            }
            return ImportSummary(countsByRound: counts)
        }
    }

    private static func describe(lineFailure error: LineReader.Failure) -> String {
        switch error {
        case .unreadable(let reason): reason
        case .lineTooLong(_, let limit): "the line is longer than \(limit / (1 << 20)) MiB"
        }
    }
}
