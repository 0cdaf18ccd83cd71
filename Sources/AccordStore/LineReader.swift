import Foundation

/// Reads a file line by line in fixed-size chunks, so that memory stays flat however large the
/// file is. Lines end with `\n` (a trailing `\r` is dropped).
struct LineReader {
    /// Why a line could not be read.
    enum Failure: Error {
        case unreadable(String)
        case lineTooLong(line: Int, limit: Int)
    }

    private let handle: FileHandle
    private let chunkSize: Int
    private let maxLineLength: Int
    private var buffer = Data()
    private var start = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    /// Opens `path` for reading.
    init(path: String, chunkSize: Int = 1 << 20, maxLineLength: Int = 16 << 20) throws(Failure) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw .unreadable(reason)
        }
        self.handle = handle
        self.chunkSize = chunkSize
        self.maxLineLength = maxLineLength
    }

    /// The next line's bytes without its end, or `nil` at the end of the file.
    mutating func next() throws(Failure) -> Data? {
        while true {
            if let newline = nextNewline() {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < buffer.endIndex else { return nil }
                var end = buffer.endIndex
                if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = buffer.endIndex
                lineNumber += 1
                return line
            }
            if buffer.endIndex - start > maxLineLength {
                throw .lineTooLong(line: lineNumber + 1, limit: maxLineLength)
            }
            // Keep the unfinished line, drop what was consumed, then read on.
            buffer = Data(buffer[start...])
            start = 0
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw .unreadable(error.localizedDescription)
            }
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }

    /// The index of the next `\n` in the buffer from `start`, found with `memchr`.
    private func nextNewline() -> Int? {
        let count = buffer.count - start
        guard count > 0 else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + start, 0x0A, count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Closes the file.
    func close() { try? handle.close() }
}
