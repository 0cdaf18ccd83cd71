import AccordCore
import AccordReport
import Foundation
import Testing

/// The HTML report on a phone and with long names: every chart has a narrow layout whose text
/// is at least 11 px when shown unscaled on a 360 px phone, and no chart label is cut.
/// (scripts/browser-test.py measures the same in Chromium at 360–1 280 px.)
@Suite struct ResponsiveHTMLTests {
    static let longPrompt = "If the partnership ran into serious trouble, my organisation would know whom to call first"
    static let longDimension = "Strategic fit and mutual benefit for both organisations"

    static var longNames: GapReport {
        var report = SampleReport.twoPartners
        if let index = report.questions.firstIndex(where: { $0.type == .scale }) { report.questions[index].prompt = longPrompt }
        report.dimensions[0].title = longDimension
        return report
    }

    let html = HTMLReportRenderer().render(Self.longNames)

    /// The `<svg>` elements inside figures of `kind` (`wide` or `narrow`).
    func charts(_ kind: String) -> [String] {
        html.components(separatedBy: "<figure class=\"\(kind)\">").dropFirst().map { $0.components(separatedBy: "</figure>")[0] }
    }

    @Test func everyChartComesInANarrowLayoutNoWiderThanAPhone() throws {
        let wide = charts("wide"), narrow = charts("narrow")
        #expect(narrow.count == wide.count && narrow.count >= 6)
        for chart in narrow {
            let viewBox = try #require(chart.firstMatch(of: #/viewBox="0 0 ([0-9.]+) /#))
            #expect(Double(viewBox.1)! <= 320, "a narrow chart is \(viewBox.1) units wide")
            let sizes = chart.matches(of: #/font-size="([0-9.]+)"/#).map { Double($0.1)! }
            #expect(sizes.allSatisfy { $0 >= 11 }, "text smaller than 11 px: \(sizes.min() ?? 0)")
        }
        #expect(html.contains("@media screen and (max-width: 600px)"))
        #expect(html.contains("@media print") && html.contains("@top-left { content: \"Partnership Health Check · session"))
    }

    @Test func noChartLabelIsCutAndLongNamesAreWhole() {
        #expect(!html.contains("…"), "a label was cut")
        for kind in ["wide", "narrow"] {
            let text = charts(kind).joined().matches(of: #/<text[^>]*>([^<]*)</text>/#).map { String($0.1) }.joined(separator: " ")
            for name in [Self.longPrompt, Self.longDimension] {
                #expect(name.split(separator: " ").allSatisfy { text.contains($0) }, "\(kind): \(name) is not whole")
            }
        }
    }

    @Test func theTextReportWrapsLongDimensionNamesInsteadOfCuttingThem() {
        let text = TextReportRenderer(width: 80).render(Self.longNames)
        let summary = text.components(separatedBy: "Alignment by dimension")[1].components(separatedBy: "\n\n")[0]
        #expect(!summary.contains("…"), "a dimension name was cut")
        #expect(Self.longDimension.split(separator: " ").allSatisfy { summary.contains($0) })
    }

    @Test func theWhoAnsweredTableHasOneRowPerGroup() {
        let table = html.components(separatedBy: "<table class=\"counts\">")[1].components(separatedBy: "</table>")[0]
        #expect(table.components(separatedBy: "<tr>").count - 1 == SampleReport.twoPartners.groups.count)
    }
}
