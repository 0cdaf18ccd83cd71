import AccordCore
import AccordReport
import Foundation
import Testing

@Test func printSample() {
    for format in ReportFormat.allCases {
        let text = format.renderer(width: 80).render(SampleReport.twoPartners)
        try? text.write(toFile: "/tmp/render-sample.\(format.rawValue)", atomically: true, encoding: .utf8)
    }
}
