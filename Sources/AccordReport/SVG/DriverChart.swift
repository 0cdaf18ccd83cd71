import AccordCore

/// The driver chart of one group: each dimension at (its 0–100 score, its driver strength r),
/// the interval drawn as a vertical whisker. The top-left quadrant (strong driver, low score)
/// is shaded and labelled "act here first". Dimensions without an r are listed, not drawn.
struct DriverChart {
    var report: GapReport
    var group: GroupKey

    var markup: String {
        let left = 60.0, top = 32.0, plotWidth = 520.0, plotHeight = 300.0, right = 200.0
        var svg = SVGCanvas(
            width: left + plotWidth + right, height: top + plotHeight + 50,
            label: "Driver chart for \(group): dimension score against driver strength")
        func x(_ score: Double) -> Double { left + score / 100 * plotWidth }
        func y(_ r: Double) -> Double { top + (1 - (r + 1) / 2) * plotHeight }
        // The "act here first" quadrant: strong drivers (r ≥ .30) with low scores (< 60).
        svg.rect(
            x: x(0), y: y(1), width: x(DriverStrength.lowScore) - x(0), height: y(DriverStrength.strongR) - y(1),
            fill: "#fde2c8", className: "act-first")
        svg.text("act here first", x: x(2), y: y(1) + 16)
        svg.rect(x: left, y: top, width: plotWidth, height: plotHeight, fill: "none", stroke: "#555")
        svg.line(x1: x(0), y1: y(0), x2: x(100), y2: y(0), stroke: "#999", dashed: true)
        for tick in stride(from: 0.0, through: 100, by: 20) {
            svg.text(SVGCanvas.n(tick), x: x(tick) - 8, y: top + plotHeight + 16)
        }
        for tick in [-1.0, -0.5, 0, 0.5, 1] {
            svg.text(NumberText.fixed(tick, 1), x: left - 34, y: y(tick) + 4)
        }
        svg.text("dimension score (0–100)", x: left + plotWidth / 2 - 70, y: top + plotHeight + 36)
        svg.text("r", x: left - 50, y: top + plotHeight / 2)
        var legendY = top + 10
        for (index, dimension) in report.dimensions.enumerated() {
            guard let driver = dimension.drivers.first(where: { $0.group == group }) else { continue }
            let name = "\(index + 1) \(SVGCanvas.shorten(dimension.title, 24))"
            guard let r = driver.r, let score = driver.score else {
                svg.text(name + ": —", x: left + plotWidth + 12, y: legendY)
                legendY += 18
                continue
            }
            if let low = driver.ciLow, let high = driver.ciHigh {
                svg.line(x1: x(score), y1: y(low), x2: x(score), y2: y(high), stroke: "#333")
            }
            svg.marker(.filledCircle, x: x(score), y: y(r), size: 5)
            svg.text("\(index + 1)", x: x(score) + 7, y: y(r) - 6)
            svg.text(name + (driver.isActHereFirst ? " ◆" : ""), x: left + plotWidth + 12, y: legendY)
            legendY += 18
        }
        return svg.markup
    }
}
