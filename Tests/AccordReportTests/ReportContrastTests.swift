import AccordCore
import AccordReport
import Foundation
import Testing

/// The HTML report's colour pairs meet WCAG AA (4.5:1) whatever the browser's colour scheme:
/// the report is always light. Same formula as AccordServerTests/ContrastTests (test targets
/// cannot share a file).
@Suite struct ReportContrastTests {
    static func variables(_ css: Substring) -> [String: String] {
        Dictionary(css.matches(of: #/--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\b/#).map { (String($0.1), String($0.2)) }) { _, last in last }
    }

    static func luminance(_ hex: String) -> Double {
        var digits = hex.dropFirst().map(String.init)
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(digits[$0] + digits[$0 + 1], radix: 16)!) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func theReportMeetsAAInEitherSchemeBecauseItIsAlwaysLight() throws {
        let html = HTMLReportRenderer().render(SampleReport.twoPartners)
        let style = Substring(html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0])
        #expect(style.contains("color-scheme: light;") && !style.contains("prefers-color-scheme"))
        let colours = Self.variables(style)
        for text in ["ink", "muted", "warn", "accent"] {
            for background in ["paper", "quote"] {
                let (a, b) = (try #require(colours[text]), try #require(colours[background]))
                #expect(Self.ratio(a, b) >= 4.5, "report: \(text) \(a) on \(background) \(b) is \(Self.ratio(a, b)):1")
            }
        }
        // Chart text: dark text on white and on light fills, white text only on dark fills.
        for match in html.matches(of: #/<text [^>]*fill="(#[0-9a-f]{3,6})"/#) where match.1 != "#fff" {
            #expect(Self.ratio(String(match.1), "#fff") >= 4.5, "chart text \(match.1) on white")
        }
        let ramp = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]
        for fill in ramp {
            let dark = ["#2171b5", "#08519c", "#08306b"].contains(fill)
            #expect(Self.ratio(dark ? "#fff" : "#111", fill) >= 4.5, "text on \(fill)")
        }
    }
}
