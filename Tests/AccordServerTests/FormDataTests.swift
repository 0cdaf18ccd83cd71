import AccordCore
import Foundation
import Testing

@testable import AccordServer

/// A posted form's fields decode as they did with Foundation's percent decoding (issue 16:
/// the server now decodes on bytes): `+` is a space, `%XY` a byte, and a malformed escape or
/// bytes that are not UTF-8 keep the text as sent.
@Suite struct FormDataTests {
    /// What the server did before: `+` to space, Foundation's decoding, else the raw text.
    static func foundationDecoded(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return TextNormalization.normalized(spaced.removingPercentEncoding ?? spaced)
    }

    static let bodies = [
        "a.q1=4&csrf=ab12&shown=q1+q2+q3", "a.text=Z%C3%BCrich%0D%0Aand+%E2%80%8BBasel",
        "a.x=100%25+sure", "a.x=%", "a.x=%4", "a.x=%zz+ok", "a.x=%FF%FE", "a.x=50%+off", "=empty&name=",
        "a.x=Zu%CC%88rich", "a%2Eq=%2B1", "a.x=%e2%82%ac", "a.x=%00", "solo", "a.x=1=2",
    ]

    @Test func everyFieldDecodesAsFoundationDecodedIt() {
        for body in Self.bodies {
            let form = FormData(body)
            let expected = body.split(separator: "&").map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (Self.foundationDecoded(String(parts[0])), parts.count > 1 ? Self.foundationDecoded(String(parts[1])) : "")
            }
            #expect(form.fields.map(\.name) == expected.map(\.0), "names of \(body)")
            #expect(form.fields.map(\.value) == expected.map(\.1), "values of \(body)")
        }
    }

    @Test func aTypedCommentArrivesInNFCWithNewlines() {
        let form = FormData("a.c=Zu%CC%88rich%0D%0Aand+more&a.c=second")
        #expect(Array((form["a.c"] ?? "").utf8) == Array("Z\u{FC}rich\nand more".utf8))
        #expect(form.all("a.c").count == 2)
    }
}
