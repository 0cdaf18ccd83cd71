import AccordCore
import Foundation

/// The two partners' dimension scores overlaid on one radar: partner A solid with filled
/// circles, partner B dashed with open squares, each score printed beside its point (the
/// higher one outside, the lower inside, so they never collide).
struct Radar {
    var report: GapReport
    /// Wide: dimension names wrapped at the spokes, legend right; narrow: numbered spokes,
    /// the key and the legend below.
    var layout: ChartLayout = .wide

    var markup: String {
        let dimensions = report.dimensions
        let narrow = layout == .narrow
        let radius = narrow ? 100.0 : 160.0, centreX = narrow ? ChartLayout.narrowWidth / 2 : 400.0
        let names = dimensions.map { TextWrapping.wrap($0.title, width: 22) }
        let above = Double((names.first?.count ?? 1) - 1) * 14
        let centreY = (narrow ? 135.0 : 215.0) + (narrow ? 0 : above)
        let count = max(dimensions.count, 1)
        let lowest = (0..<count).map { centreY - cos(2 * Double.pi * Double($0) / Double(count)) * radius * 1.16 }.max() ?? centreY
        let lowestLines = narrow ? 0 : Double(names.map(\.count).max() ?? 1) * 14
        let key = SVGKey(dimensions.map(\.title), fit: 0, numbered: narrow)
        var svg = SVGCanvas(width: narrow ? ChartLayout.narrowWidth : 880, height: max(lowest + 30 + lowestLines, 120),
                            label: ReportWords.current.radarLabel(report.partnerA, report.partnerB))
        func point(_ index: Double, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * index / Double(count)
            return (centreX + cos(angle) * radius * value / 100, centreY + sin(angle) * radius * value / 100)
        }
        for ring in [25.0, 50, 75, 100] {
            svg.polygon((0..<count).map { point(Double($0), ring) }, fill: "none", stroke: "#ccc", width: 1)
            let label = point(0.5, ring * (count <= 4 ? 0.72 : 0.92))
            svg.text(NumberText.fixed(ring, 0), x: label.0, y: label.1 + 3, anchor: "middle", size: 11, fill: "#666")
        }
        for (index, dimension) in dimensions.enumerated() {
            let end = point(Double(index), 100), label = point(Double(index), 116)
            svg.line(x1: centreX, y1: centreY, x2: end.0, y2: end.1, stroke: "#bbb")
            let anchor = abs(label.0 - centreX) < 20 ? "middle" : (label.0 > centreX ? "start" : "end")
            let lines = narrow ? [key.labels[index]] : names[index]
            // Names above the centre grow upwards, below it downwards, beside it around the spoke.
            let shift = label.1 < centreY - 20 ? Double(lines.count - 1) : label.1 > centreY + 20 ? 0 : Double(lines.count - 1) / 2
            svg.lines(lines, x: label.0, y: label.1 + 4 - 14 * shift, spacing: 14, anchor: anchor, weight: "bold")
        }
        let groups = [GroupKey(partner: report.partnerA), GroupKey(partner: report.partnerB)]
        let values = groups.map { group in dimensions.map { report.isHidden(group) ? nil : report.score($0, group) } }
        for (side, marker) in [SVGMarker.filledCircle, .openSquare].enumerated() {
            let points = values[side].enumerated().compactMap { index, value in value.map { point(Double(index), $0) } }
            if points.count == values[side].count, points.count >= 2 {
                svg.polygon(points, fill: side == 0 ? "rgba(31,78,121,0.12)" : "none", stroke: marker.colour,
                            width: 2.5, dashed: side == 1)
            }
        }
        for (side, marker) in [SVGMarker.filledCircle, .openSquare].enumerated() {
            for (index, value) in values[side].enumerated() {
                guard let value else { continue }
                let p = point(Double(index), value)
                svg.marker(marker, x: p.0, y: p.1, size: 5)
                let other = values[1 - side][index] ?? -1
                let outward = value > other || (value == other && side == 0)
                let label = point(Double(index), max(value + (outward ? 13 : -13), 4))
                svg.text(NumberText.index(value), x: label.0, y: label.1 + 4, anchor: "middle", size: 11, weight: "bold",
                         fill: marker.colour, className: "halo")
            }
        }
        let legendX = narrow ? 10.0 : 730, legendY = narrow ? svg.height : 30
        svg.marker(.filledCircle, x: legendX, y: legendY, size: 5)
        svg.text(ReportWords.current.solidLine(report.partnerA), x: legendX + 12, y: legendY + 4)
        svg.marker(.openSquare, x: legendX, y: legendY + 22, size: 5)
        svg.text(ReportWords.current.dashedLine(report.partnerB), x: legendX + 12, y: legendY + 26)
        let hidden = groups.filter { report.isHidden($0) }.map { ReportVocabulary.group($0) }
        if !hidden.isEmpty {
            svg.text(ReportWords.current.hiddenList + hidden.joined(separator: ", "), x: legendX, y: legendY + 50, size: 11)
        }
        if narrow {
            svg.height = key.draw(into: &svg, x: 0, y: legendY + (hidden.isEmpty ? 36 : 60), width: ChartLayout.narrowWidth) + 8
        }
        return svg.markup
    }
}
