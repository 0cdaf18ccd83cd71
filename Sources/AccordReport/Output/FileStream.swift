import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `TextOutputStream` onto an open file descriptor: text is gathered as UTF-8 in a buffer
/// of `capacity` bytes and written out whenever it fills, so a large report goes to its file
/// or to standard output as it is rendered. The first write error is kept; later text is
/// dropped, and `finish()` throws it.
public struct FileStream: TextOutputStream {
    /// The bytes gathered before they are written.
    public static let capacity = 1 << 16

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32?

    /// A stream onto `descriptor`, which the caller opened and closes.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    /// Standard output.
    public static func standardOutput() -> FileStream { FileStream(descriptor: STDOUT_FILENO) }

    /// Appends `string`, writing the buffer out when it is full.
    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            if buffer.count + bytes.count > Self.capacity { flush() }
            if bytes.count >= Self.capacity {
                writeAll(bytes)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }
    }

    /// Writes out what is buffered.
    /// - Throws: `POSIXError` with the first write's error, if any write failed.
    public mutating func finish() throws {
        flush()
        if let failure { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    private mutating func flush() {
        let pending = buffer
        pending.withUnsafeBufferPointer { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, var start = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, start, left)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            start += written
            left -= written
        }
    }
}

/// `write(2)`, named apart from `FileStream.write(_:)`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
