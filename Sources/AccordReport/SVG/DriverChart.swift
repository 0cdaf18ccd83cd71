import AccordCore

/// The driver chart of one group: each dimension at (its 0–100 score, its driver strength r),
/// the interval drawn as a vertical whisker. The top-left quadrant (strong driver, low score)
/// is shaded and labelled "act here first". Points carry their dimension's number; the key
/// gives every dimension's full title (wrapped, never cut), with "—" for one without an r.
struct DriverChart {
    var report: GapReport
    var group: GroupKey
    /// Wide: the key beside the plot; narrow: a smaller plot with the key under it.
    var layout: ChartLayout = .wide

    var markup: String {
        let narrow = layout == .narrow
        let left = 44.0, top = 24.0
        let plotWidth = narrow ? ChartLayout.narrowWidth - left - 12 : 480.0
        let plotHeight = narrow ? 220.0 : 300.0
        let width = narrow ? ChartLayout.narrowWidth : 780.0
        var svg = SVGCanvas(
            width: width, height: top + plotHeight + 44,
            label: ReportWords.current.driverChartLabel(ReportVocabulary.group(group)))
        func x(_ score: Double) -> Double { left + score / 100 * plotWidth }
        func y(_ r: Double) -> Double { top + (1 - (r + 1) / 2) * plotHeight }
        // The "act here first" quadrant: strong drivers (r ≥ .30) with low scores (< 60).
        svg.rect(
            x: x(0), y: y(1), width: x(DriverStrength.lowScore) - x(0), height: y(DriverStrength.strongR) - y(1),
            fill: "#fde2c8", className: "act-first")
        svg.text(ReportWords.current.actHereFirst, x: x(2), y: y(1) + 16, size: 12)
        svg.rect(x: left, y: top, width: plotWidth, height: plotHeight, fill: "none", stroke: "#555")
        svg.line(x1: x(0), y1: y(0), x2: x(100), y2: y(0), stroke: "#767676", dashed: true)
        for tick in stride(from: 0.0, through: 100, by: narrow ? 50 : 20) {
            svg.text(SVGCanvas.n(tick), x: x(tick), y: top + plotHeight + 16, anchor: "middle", size: 12)
        }
        for tick in [-1.0, -0.5, 0, 0.5, 1] {
            svg.text(NumberText.fixed(tick, 1), x: left - 6, y: y(tick) + 4, anchor: "end", size: 12)
        }
        svg.text(ReportWords.current.driverAxis, x: left + plotWidth / 2, y: top + plotHeight + 36, anchor: "middle", size: 12)

        var keyRows: [(number: String, text: String)] = []
        for (index, dimension) in report.dimensions.enumerated() {
            guard let driver = dimension.drivers.first(where: { $0.group == group }) else { continue }
            let number = String(index + 1)
            guard let r = driver.r, let score = driver.score else {
                keyRows.append((number, dimension.title + ": —"))
                continue
            }
            if let low = driver.ciLow, let high = driver.ciHigh {
                svg.line(x1: x(score), y1: y(low), x2: x(score), y2: y(high), stroke: "#333")
            }
            svg.marker(.filledCircle, x: x(score), y: y(r), size: 5)
            svg.text(number, x: x(score) + 7, y: y(r) - 6, size: 12)
            keyRows.append((number, dimension.title + (driver.isActHereFirst ? " ◆" : "")))
        }
        // The key: beside the plot when wide, under it when narrow; full titles, wrapped.
        let keyX = narrow ? 0 : left + plotWidth + 16
        let keyWidth = narrow ? width : width - keyX
        var keyY = narrow ? svg.height + 4 : top
        for row in keyRows {
            keyY += 12
            svg.text(row.number, x: keyX, y: keyY, size: 12, weight: "bold")
            keyY = svg.lines(
                TextWrapping.wrap(row.text, width: ChartLayout.characters(in: keyWidth - 24)), x: keyX + 24, y: keyY,
                size: 12) - 12 + 4
        }
        svg.height = max(svg.height, keyY + 8)
        return svg.markup
    }
}
