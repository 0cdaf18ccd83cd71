import Foundation

/// Runs a Python 3 script (reference tools such as jsonschema live there).
enum Python {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ script: String, arguments: [String] = []) throws -> Result {
        try run(python: ["-c", script] + arguments)
    }

    /// Runs the script file at `path`.
    static func run(file path: String, arguments: [String] = []) throws -> Result {
        try run(python: [path] + arguments)
    }

    private static func run(python arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
