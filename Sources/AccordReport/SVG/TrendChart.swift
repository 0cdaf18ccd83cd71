import AccordCore

/// A slope chart of alignment since the compared round: one line per dimension (and the
/// whole workshop), earlier round on the left, this round on the right, values printed.
struct TrendChart {
    var report: GapReport
    var comparison: RoundComparison
    /// Wide: names beside the lines (long ones numbered, with a key); narrow: every line numbered.
    var layout: ChartLayout = .wide

    var markup: String {
        var rows: [(title: String, base: Double?, now: Double?)] = [(ReportWords.current.wholeWorkshop, comparison.baseAlignment, report.alignment)]
        rows += report.dimensions.map { ($0.title, comparison.baseDimensionAlignment[$0.id] ?? nil, $0.alignment) }
        let missing = rows.filter { $0.base == nil || $0.now == nil }
        let narrow = layout == .narrow
        let left = narrow ? 70.0 : 250.0, right = narrow ? 220.0 : 520.0, top = 40.0, height = 260.0
        let key = SVGKey(rows.map(\.title), fit: 30, numbered: narrow)
        var svg = SVGCanvas(width: narrow ? ChartLayout.narrowWidth : 780, height: top + height + 24 + 16 * Double(missing.count),
                            label: ReportWords.current.trendChartLabel(comparison.baseRound, report.round))
        func y(_ value: Double) -> Double { top + height - value / 100 * height }
        svg.text(ReportWords.current.roundTitle(comparison.baseRound), x: left, y: 18, anchor: "middle", weight: "bold")
        svg.text(ReportWords.current.roundTitle(report.round), x: right, y: 18, anchor: "middle", weight: "bold")
        for axisX in [left, right] { svg.line(x1: axisX, y1: top, x2: axisX, y2: top + height, stroke: "#999") }
        for tick in [0.0, 50, 100] {
            svg.text(NumberText.fixed(tick, 0), x: (left + right) / 2, y: y(tick) + 4, anchor: "middle", size: 11, fill: "#666")
        }
        let leftLabels = LabelLayout.spread(rows.map { y($0.base ?? 0) }, gap: 14)
        let rightLabels = LabelLayout.spread(rows.map { y($0.now ?? 0) }, gap: 14)
        for (index, row) in rows.enumerated() {
            let whole = index == 0
            let marker: SVGMarker = whole ? .filledCircle : .openSquare
            if let base = row.base, let now = row.now {
                svg.line(x1: left, y1: y(base), x2: right, y2: y(now), stroke: whole ? "#000" : "#555",
                         width: whole ? 3 : 1.5, dashed: !whole && index % 2 == 0)
            }
            let label = key.labels[index]
            if let base = row.base {
                svg.marker(marker, x: left, y: y(base), size: 4)
                svg.text("\(label) \(NumberText.index(base))", x: left - 10, y: leftLabels[index] + 4, anchor: "end", size: 11,
                         weight: whole ? "bold" : nil)
            }
            if let now = row.now {
                svg.marker(marker, x: right, y: y(now), size: 4)
                let change = row.base.map { " (\(NumberText.signed(now - $0, 0)))" } ?? ""
                svg.text("\(NumberText.index(now))\(change) \(label)", x: right + 10, y: rightLabels[index] + 4, size: 11,
                         weight: whole ? "bold" : nil)
            }
        }
        for (index, row) in missing.enumerated() {
            let line = TextWrapping.wrap(ReportWords.current.noAlignmentIn(row.title, row.base == nil ? comparison.baseRound : report.round), width: ChartLayout.characters(in: svg.width - 20, size: 11))
            svg.lines(line, x: narrow ? 0 : 20, y: svg.height - 16 * Double(missing.count - index) + 4, spacing: 14, size: 11, fill: "#444")
        }
        svg.height = key.draw(into: &svg, x: narrow ? 0 : 20, y: svg.height, width: svg.width - 20) + 8
        return svg.markup
    }
}
