import AccordCore

/// Gap dumbbells: one row per scale question, the `from` group's mean as a filled circle and
/// the `to` group's as an open square on the scale's axis, joined by a bar. Dispersed gaps
/// are dashed and say so; hidden gaps say so instead of being drawn.
struct Dumbbell {
    var report: GapReport
    /// Picks the gap a row shows (partners overall, or levels overall).
    var gap: @Sendable (QuestionReport) -> Gap?
    /// The two groups' names for the legend, in from/to order.
    var fromName: String
    var toName: String

    var markup: String {
        let rows = report.questions.filter { $0.scaleRange != nil }.compactMap { question in gap(question).map { (question, $0) } }
        let labelWidth = 390.0, plotWidth = 380.0, noteWidth = 210.0, rowHeight = 34.0, top = 56.0
        let range = rows.compactMap(\.0.scaleRange).reduce(nil as ClosedRange<Double>?) { partial, next in
            guard let partial else { return next }
            return min(partial.lowerBound, next.lowerBound)...max(partial.upperBound, next.upperBound)
        } ?? 1...5
        var svg = SVGCanvas(width: labelWidth + plotWidth + noteWidth, height: top + rowHeight * Double(max(rows.count, 1)) + 16,
                            label: "Gap dumbbells: \(fromName) against \(toName), mean answer per question")
        func x(_ value: Double) -> Double {
            labelWidth + 10 + (value - range.lowerBound) / (range.upperBound - range.lowerBound) * (plotWidth - 20)
        }
        svg.marker(.filledCircle, x: labelWidth + 10, y: 14, size: 5)
        svg.text(fromName, x: labelWidth + 22, y: 18)
        svg.marker(.openSquare, x: labelWidth + 170, y: 14, size: 5)
        svg.text(toName, x: labelWidth + 182, y: 18)
        for tick in stride(from: range.lowerBound, through: range.upperBound, by: 1) {
            svg.line(x1: x(tick), y1: top - 8, x2: x(tick), y2: top + rowHeight * Double(rows.count), stroke: "#ddd")
            svg.text(NumberText.fixed(tick, 0), x: x(tick), y: top - 14, anchor: "middle", size: 11, fill: "#444")
        }
        if rows.isEmpty { svg.text("No scale question to compare.", x: labelWidth, y: top + 20) }
        for (index, (question, gap)) in rows.enumerated() {
            let y = top + rowHeight * Double(index) + rowHeight / 2
            svg.text(SVGCanvas.shorten(question.prompt, 56), x: labelWidth - 10, y: y + 4, anchor: "end")
            let from = question.statistics(gap.from)?.mean, to = question.statistics(gap.to)?.mean
            guard !gap.suppressed, let from, let to else {
                svg.rect(x: x(range.lowerBound), y: y - 7, width: x(range.upperBound) - x(range.lowerBound), height: 14,
                         fill: "url(#hidden)")
                svg.text(ReportVocabulary.hidden, x: labelWidth + plotWidth + 6, y: y + 4, size: 11)
                continue
            }
            svg.line(x1: x(from), y1: y, x2: x(to), y2: y, stroke: gap.dispersed ? "#666" : "#222", width: 3, dashed: gap.dispersed)
            svg.marker(.filledCircle, x: x(from), y: y)
            svg.marker(.openSquare, x: x(to), y: y)
            var note = NumberText.signed(gap.meanDifference, 1)
            if let magnitude = gap.magnitude { note += " · \(magnitude.rawValue)" }
            if gap.dispersed { note += " · dispersed" }
            svg.text(note, x: labelWidth + plotWidth + 6, y: y + 4, size: 11,
                     weight: gap.magnitude == .large ? "bold" : nil)
        }
        return svg.markup
    }
}
