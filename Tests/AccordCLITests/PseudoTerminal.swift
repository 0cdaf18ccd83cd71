import CPseudoTerminal
import Foundation
import Glibc

/// Runs the built `accord` on a real pseudo-terminal, the way a person at a terminal runs it:
/// its standard input, output and error are the secondary end; the test types into the
/// primary end and reads what is shown. Every wait has a deadline, so a test never hangs.
final class PseudoTerminal {
    /// Why driving the terminal failed, with what the terminal showed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    private let primary: Int32
    private var received = Data()
    /// Bytes of `received` already matched by `expect`.
    private var consumed = 0

    /// Starts `accord` with `arguments` on a fresh terminal of `rows` × `columns`.
    init(
        _ arguments: [String], environment: [String: String] = [:], rows: UInt16 = 50, columns: UInt16 = 100
    ) throws {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        guard accord_openpty(&primary, &secondary, rows, columns) == 0 else {
            throw Failure(description: "openpty failed: \(String(cString: strerror(errno)))")
        }
        self.primary = primary
        let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        process.executableURL = AccordProcess.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "dumb"
        env["INPUTRC"] = "/dev/null"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["NO_COLOR"] = nil
        env["ACCESSIBLE"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        do {
            try process.run()
        } catch {
            close(secondary)
            close(primary)
            throw error
        }
        // Only the child holds the secondary end now: reading fails once it exits.
        close(secondary)
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(primary)
    }

    /// Types `text` (control characters included: `\u{03}` is Ctrl-C, `\u{1B}[A` is Up).
    func send(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(primary, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Types `line` and Enter.
    func sendLine(_ line: String) {
        send(line + "\r")
    }

    /// Waits for `text` and then for the prompt after it (readline has set up the terminal
    /// by then), and types `keys`; returns what was shown. Typing before the prompt races with
    /// readline's switch out of the terminal's line mode.
    @discardableResult
    func at(_ text: String, type keys: String, prompt: String = "> ") throws -> String {
        let shown = try expect(text) + expect(prompt)
        send(keys)
        return shown
    }

    /// Waits until `text` appears after what earlier waits matched; returns everything shown
    /// up to and including it.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 30) throws -> String {
        let needle = Data(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = received.range(of: needle, in: consumed..<received.count) {
                let shown = String(decoding: received[consumed..<range.upperBound], as: UTF8.self)
                consumed = range.upperBound
                return shown
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, readAvailable(waitingAtMost: remaining) else {
                throw Failure(
                    description: "'\(text)' did not appear within \(timeout) s. The terminal showed:\n\(transcript)")
            }
        }
    }

    /// Waits for the process to end, reading everything it shows, and returns its status.
    func waitForExit(timeout: TimeInterval = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0, readAvailable(waitingAtMost: deadline.timeIntervalSinceNow) {}
        while process.isRunning, deadline.timeIntervalSinceNow > 0 { usleep(10_000) }
        guard !process.isRunning else {
            process.terminate()
            throw Failure(description: "accord did not exit within \(timeout) s. The terminal showed:\n\(transcript)")
        }
        return process.terminationStatus
    }

    /// Everything shown so far, with the terminal's carriage returns removed.
    var transcript: String {
        String(decoding: received, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }

    /// What was shown after the last match, carriage returns removed.
    var rest: String {
        String(decoding: received[consumed...], as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }

    /// Reads what the terminal shows, waiting at most `seconds`; `false` when nothing came
    /// (timeout) or the process closed the terminal.
    private func readAvailable(waitingAtMost seconds: TimeInterval) -> Bool {
        var poller = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(max(1, min(seconds, 3600) * 1000)))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(primary, &buffer, buffer.count)
        guard count > 0 else { return false }  // EIO: every secondary end is closed
        received.append(contentsOf: buffer[0..<count])
        return true
    }
}
