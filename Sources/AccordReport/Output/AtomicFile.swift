import Foundation
import AccordCore

/// Writes a file so that readers see the old content or the new, never half of it: the text
/// goes to a temporary file beside the target, is flushed, then renamed over it.
public enum AtomicFile {
    /// Writes `text` (UTF-8) to `path`. On failure nothing is left behind and `path` is untouched.
    public static func write(_ text: String, to path: String) throws(ReportError) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
            }
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try handle.write(contentsOf: Data(text.utf8))
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            if rename(temporary.path, target.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: describe(error, folder: folder))
        }
    }

    private static func describe(_ error: any Error, folder: URL) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "the folder \(folder.path) does not exist"
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
