@testable import AccordServer
import Foundation
import Testing

/// Every colour pair of the participant and facilitator pages meets WCAG AA in the light and
/// the dark scheme (the report's own test: ReportContrastTests): at least 4.5:1. Colours are read from the stylesheets'
/// variables, so a new colour that fails is caught here.
@Suite struct ContrastTests {
    /// `--name: #rrggbb` declarations in `css`.
    static func variables(_ css: Substring) -> [String: String] {
        Dictionary(css.matches(of: #/--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\b/#).map { (String($0.1), String($0.2)) }) { _, last in last }
    }

    /// The WCAG relative luminance of `#rgb` or `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        var digits = hex.dropFirst().map(String.init)
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(digits[$0] + digits[$0 + 1], radix: 16)!) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    /// The WCAG contrast ratio of two colours.
    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// The page stylesheet's variables in the light scheme, and in the dark one (light
    /// overridden by the `prefers-color-scheme: dark` block).
    static func schemes() -> [String: [String: String]] {
        let css = Assets.css
        let dark = css.components(separatedBy: "prefers-color-scheme: dark")
        let light = variables(Substring(dark[0]))
        let darkBlock = dark.count > 1 ? Substring(dark[1].components(separatedBy: "}")[0]) : ""
        return ["light": light, "dark": light.merging(variables(darkBlock)) { $1 }]
    }

    @Test(arguments: ["light", "dark"])
    func participantAndFacilitatorPagesMeetAA(scheme: String) throws {
        let colours = try #require(Self.schemes()[scheme])
        for (text, background) in [("text", "background"), ("muted", "background"), ("error", "background"),
                                   ("accent", "background"), ("on-accent", "accent")] {
            let (a, b) = (try #require(colours[text]), try #require(colours[background]))
            #expect(Self.ratio(a, b) >= 4.5, "\(scheme): \(text) \(a) on \(background) \(b) is \(Self.ratio(a, b)):1")
        }
        #expect(Self.schemes()["dark"] != Self.schemes()["light"], "the dark scheme sets its own colours")
    }

    @Test func everyTextColourOfThePagesIsAVariable() {
        let fixed = Assets.css.matches(of: #/(^|[\s;{])color:\s*#/#)
        #expect(fixed.isEmpty, "a text colour outside the schemes' variables")
    }
}
