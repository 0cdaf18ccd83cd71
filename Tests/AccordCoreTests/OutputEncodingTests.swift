import AccordCore
import Foundation
import Testing

/// The one encoder per output syntax (`docs/text.md`, "How text leaves").
@Suite struct OutputEncodingTests {
    // MARK: CSV

    @Test func aCRLFInsideTextIsQuotedSoTheRecordStaysWhole() {
        // "\r\n" is one Character, equal to neither "\n" nor "\r": quoting decides on scalars.
        #expect(CSVField.text("first\r\nsecond").encoded == "\"first\r\nsecond\"")
        #expect(CSVField.text("lone\rcr").encoded == "\"lone\rcr\"")
        #expect(CSVField.text("say \"hi\"\u{301}").encoded == "\"say \"\"hi\"\"\u{301}\"")
        #expect(CSVField.text("plain").encoded == "plain")
    }

    @Test(arguments: ["=2+5", "+10% or more", "-10% or worse", "@SUM(1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"])
    func textThatASpreadsheetWouldRunIsDefused(text: String) {
        let encoded = CSVField.text(text).encoded
        let unquoted = encoded.hasPrefix("\"") ? String(encoded.dropFirst()) : encoded
        #expect(unquoted.hasPrefix("'"), "\(encoded)")
    }

    @Test func numbersAndAccordsOwnListsAreNotGuarded() {
        #expect(CSVField.number(-3).encoded == "-3")
        #expect(CSVField.number(315.28).encoded == "315.28")
        #expect(CSVField.number(nil).encoded == "")
        #expect(CSVField.number(.nan).encoded == "")
        #expect(CSVField.bool(true).encoded == "true")
        #expect(CSVField.list("-3=3;-2=3;-1=0").encoded == "-3=3;-2=3;-1=0")
        // A list holding anything but identifiers and numbers is guarded like text.
        #expect(CSVField.list("-1+cmd|' /C calc'!A0").encoded.hasPrefix("'"))
        #expect(CSVField.record([.text("a,b"), .number(1)]) == "\"a,b\",1\r\n")
    }

    // MARK: HTML

    @Test func htmlEscapeWorksOnScalarsSoACombiningMarkCannotHideAQuote() {
        let hostile = "\"\u{301} onmouseover=\"alert(1)\" <\u{338}script>"
        let escaped = HTMLText.escape(hostile)
        #expect(!escaped.unicodeScalars.contains("\"") && !escaped.unicodeScalars.contains("<"))
        #expect(HTMLText.escape("a & b's <i>") == "a &amp; b&#39;s &lt;i&gt;")
        #expect(HTMLText.isolated("שלום?") == "<bdi>שלום?</bdi>")
    }

    @Test(arguments: [
        ("he", "rtl"), ("ar", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("he-IL", "rtl"), ("az-Arab", "rtl"),
        ("ku-Latn", "ltr"), ("en", "ltr"), ("de-CH", "ltr"), ("", "ltr"),
    ])
    func pagesTakeTheirDirectionFromTheLanguage(language: String, direction: String) {
        #expect(HTMLText.direction(language: language) == direction)
    }

    // MARK: JSON

    @Test func jsonQuotingEscapesEverythingThatCouldActOutsideAString() throws {
        let hostile = "\u{1B}[2J\u{1B}]52;c;aGk=\u{07} \u{9B}2J </script> a&b \u{2028}\u{2029} \u{7F} \"\\ 👍🏽"
        let quoted = JSONString.quote(hostile)
        for forbidden: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{7F}", "<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!quoted.unicodeScalars.contains(forbidden), "U+\(String(forbidden.value, radix: 16))")
        }
        #expect(try JSONReader().readValue(Data(quoted.utf8)) == .string(hostile))
        #expect(JSONValue.string(hostile).serialized == quoted, "JSONValue quotes through JSONString")
    }

    // MARK: Markdown

    @Test func markdownEscapeAddsNoConstruct() {
        #expect(MarkdownText.escape("# Owned\n## again") == "\\# Owned \\#\\# again")
        #expect(MarkdownText.escape("[click](javascript:alert(1))") == "\\[click\\](javascript:alert(1))")
        #expect(MarkdownText.escape("![x](javascript:x)") == "\\!\\[x\\](javascript:x)")
        #expect(MarkdownText.escape("<script>") == "&lt;script&gt;")
        #expect(MarkdownText.escape("- item") == "\\- item")
        #expect(MarkdownText.escape("1. first") == "1\\. first")
        #expect(MarkdownText.escape("rated 4.5 of 5") == "rated 4.5 of 5")
        #expect(MarkdownText.escape("a | b *c* _d_ `e` ~f~") == "a \\| b \\*c\\* \\_d\\_ \\`e\\` \\~f\\~")
    }

    // MARK: Terminal

    @Test func terminalTextShowsControlCharactersInsteadOfObeyingThem() {
        #expect(TerminalText.inert("\u{1B}[2J title") == "\u{241B}[2J title")
        #expect(TerminalText.inert("\u{1B}]52;c;aGk=\u{07}") == "\u{241B}]52;c;aGk=\u{2407}")
        #expect(TerminalText.inert("\u{9B}2J") == "\u{FFFD}2J")
        #expect(TerminalText.inert("a\r\nb\rc\td") == "a\nb\nc\td")
        #expect(TerminalText.inert("plain ✓") == "plain ✓")
    }

    @Test func accordsOwnColoursSurviveButNothingElse() {
        let styled = "\u{1B}[1mBold\u{1B}[0m \u{01}\u{1B}[36m\u{02}> \u{01}\u{1B}[0m\u{02}"
        #expect(TerminalText.inert(keepingStyles: styled) == styled)
        let hostile = "\u{1B}[1m" + "\u{1B}[2J\u{1B}[H\u{1B}]52;c;aGk=\u{07}" + "\u{1B}[0m"
        let inert = TerminalText.inert(keepingStyles: hostile)
        #expect(inert == "\u{1B}[1m\u{241B}[2J\u{241B}[H\u{241B}]52;c;aGk=\u{2407}\u{1B}[0m")
    }
}
