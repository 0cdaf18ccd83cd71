import AccordStore
import Foundation
import Hummingbird

/// What a live page's script asks for every two seconds: the version of what the page shows
/// (a digest of its content without the countdown: when it changes, the script reloads the
/// page) and the countdown's text. The version of the presenter view is made of what it
/// shows and nothing else, so it cannot say more than the projector does.
struct LiveStatus: Codable, Sendable {
    var version: String
    var countdown: String

    /// The version of a page whose content (without the countdown) is `content`.
    static func version(of content: String) -> String { String(Digest.sha256Hex(content).prefix(16)) }

    /// The status as a JSON response.
    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
