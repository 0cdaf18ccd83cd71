import AccordCore
import AccordReport
import Foundation
import Testing

/// The HTML report is one inert, self-contained page.
@Suite struct HTMLReportTests {
    let html = HTMLReportRenderer().render(SampleReport.twoPartners)

    @Test func aCommentHoldingAScriptComesOutAsText() {
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; is how their portal feels to us."))
    }

    @Test func workshopAndPartnerTextIsEscapedToo() {
        var report = SampleReport.twoPartners
        report.workshop.title = "<img src=x onerror=alert(1)>"
        report.session.partners = ["Acme \"<b>\"", "Globex & Co"]
        report.questions[0].prompt = "</title><script>alert(2)</script>"
        let html = HTMLReportRenderer().render(report)
        #expect(!html.contains("<img"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("Globex &amp; Co"))
    }

    @Test func thePageLoadsNothingFromOutside() {
        #expect(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"))
        for forbidden in ["<link", "<script", "@import", " src=", "<iframe", "<object"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
        let urls = html.components(separatedBy: "http").dropFirst().map { "http" + $0.prefix(30) }
        #expect(urls.allSatisfy { $0.hasPrefix("http://www.w3.org/2000/svg") || $0.hasPrefix("http-equiv") }, "\(urls)")
        let references = html.components(separatedBy: "url(").dropFirst()
        #expect(references.allSatisfy { $0.hasPrefix("#") }, "only in-page patterns may be referenced")
    }

    @Test func everyChartIsPresentAndLabelled() {
        for title in ["Heatmap of dimension scores", "Radar of Acme and Globex", "Gap dumbbells: Acme against Globex",
                      "Gap dumbbells: Management against Execution", "Answers to", "Alignment by dimension, round 1"] {
            #expect(html.contains("aria-label=\"\(title)"), "missing chart \(title)")
        }
        #expect(html.contains("Understanding gaps"))
        #expect(html.contains("<h2>Methods</h2>"))
        #expect(html.contains("@media print"))
    }

    @Test func hiddenGroupsAreHatchedAndLabelledNotColouredAlone() {
        let html = HTMLReportRenderer().render(SampleReport.smallCell)
        #expect(html.contains("fill=\"url(#hidden)\""))
        #expect(html.contains(">hidden</text>"))
    }

    @Test func aPreviewSaysSo() {
        var report = SampleReport.twoPartners
        report.isPreview = true
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("class=\"preview\">PREVIEW: round 2 is still open."))
    }
}
