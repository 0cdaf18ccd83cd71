import AccordCore

/// Gap dumbbells: one row per scale question, the `from` group's mean as a filled circle and
/// the `to` group's as an open square on the scale's axis, joined by a bar. Dispersed gaps
/// are dashed and say so; hidden gaps say so instead of being drawn. Question prompts are
/// wrapped, never cut: left of the row when wide, above it when narrow.
struct Dumbbell {
    var report: GapReport
    /// Picks the gap a row shows (partners overall, or levels overall).
    var gap: @Sendable (QuestionReport) -> Gap?
    /// The two groups' names for the legend, in from/to order.
    var fromName: String
    var toName: String
    /// The layout to draw.
    var layout: ChartLayout = .wide

    var markup: String {
        let rows = report.questions.filter { $0.scaleRange != nil }.compactMap { question in gap(question).map { (question, $0) } }
        let narrow = layout == .narrow
        let labelWidth = narrow ? 0 : 390.0, plotWidth = narrow ? ChartLayout.narrowWidth : 380.0, noteWidth = narrow ? 0 : 210.0
        let top = 56.0, lineHeight = 15.0
        let prompts = rows.map { TextWrapping.wrap($0.0.prompt, width: ChartLayout.characters(in: narrow ? plotWidth : labelWidth - 14)) }
        // Narrow rows: prompt lines, then the plot, then the note under it.
        let heights = prompts.map { narrow ? lineHeight * Double($0.count) + 40 : max(34, lineHeight * Double($0.count) + 10) }
        let offsets = heights.indices.map { index in top + heights[..<index].reduce(0, +) }
        let bottom = top + max(heights.reduce(0, +), 34)
        let range = rows.compactMap(\.0.scaleRange).reduce(nil as ClosedRange<Double>?) { partial, next in
            guard let partial else { return next }
            return min(partial.lowerBound, next.lowerBound)...max(partial.upperBound, next.upperBound)
        } ?? 1...5
        var svg = SVGCanvas(width: labelWidth + plotWidth + noteWidth, height: bottom + 16,
                            label: ReportWords.current.dumbbellLabel(fromName, toName))
        func x(_ value: Double) -> Double {
            labelWidth + 10 + (value - range.lowerBound) / (range.upperBound - range.lowerBound) * (plotWidth - 20)
        }
        svg.marker(.filledCircle, x: labelWidth + 10, y: 14, size: 5)
        svg.text(fromName, x: labelWidth + 22, y: 18)
        svg.marker(.openSquare, x: labelWidth + (narrow ? 160 : 170), y: 14, size: 5)
        svg.text(toName, x: labelWidth + (narrow ? 172 : 182), y: 18)
        for tick in stride(from: range.lowerBound, through: range.upperBound, by: 1) {
            svg.line(x1: x(tick), y1: top - 8, x2: x(tick), y2: bottom, stroke: "#ddd")
            svg.text(NumberText.fixed(tick, 0), x: x(tick), y: top - 14, anchor: "middle", size: 11, fill: "#444")
        }
        if rows.isEmpty { svg.text(ReportWords.current.noScaleQuestion, x: labelWidth + (narrow ? 10 : 0), y: top + 20) }
        for (index, (question, gap)) in rows.enumerated() {
            let rowTop = offsets[index]
            let y: Double, noteX: Double, noteY: Double
            if narrow {
                svg.lines(prompts[index], x: 0, y: rowTop + 13, spacing: lineHeight)
                y = rowTop + lineHeight * Double(prompts[index].count) + 10
                (noteX, noteY) = (0, y + 22)
            } else {
                y = rowTop + heights[index] / 2
                svg.lines(prompts[index], x: labelWidth - 10, y: y + 4 - lineHeight * Double(prompts[index].count - 1) / 2,
                          spacing: lineHeight, anchor: "end")
                (noteX, noteY) = (labelWidth + plotWidth + 6, y + 4)
            }
            if index > 0 { svg.line(x1: 0, y1: rowTop, x2: labelWidth + plotWidth, y2: rowTop, stroke: "#eee") }
            let from = question.statistics(gap.from)?.mean, to = question.statistics(gap.to)?.mean
            guard !gap.suppressed, let from, let to else {
                svg.rect(x: x(range.lowerBound), y: y - 7, width: x(range.upperBound) - x(range.lowerBound), height: 14,
                         fill: "url(#hidden)")
                svg.text(ReportVocabulary.hidden, x: noteX, y: noteY, size: 11)
                continue
            }
            svg.line(x1: x(from), y1: y, x2: x(to), y2: y, stroke: gap.dispersed ? "#666" : "#222", width: 3, dashed: gap.dispersed)
            svg.marker(.filledCircle, x: x(from), y: y)
            svg.marker(.openSquare, x: x(to), y: y)
            var note = NumberText.signed(gap.meanDifference, 1)
            if let magnitude = gap.magnitude { note += " · \(ReportWords.current.magnitude(magnitude))" }
            if gap.dispersed { note += " · " + ReportWords.current.dispersed }
            svg.text(note, x: noteX, y: noteY, size: 11, weight: gap.magnitude == .large ? "bold" : nil)
        }
        return svg.markup
    }
}
