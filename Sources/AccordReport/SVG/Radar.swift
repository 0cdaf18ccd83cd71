import AccordCore
import Foundation

/// The two partners' dimension scores overlaid on one radar: partner A solid with filled
/// circles, partner B dashed with open squares, each score printed beside its point (the
/// higher one outside, the lower inside, so they never collide).
struct Radar {
    var report: GapReport

    var markup: String {
        let dimensions = report.dimensions
        let radius = 160.0, centreX = 400.0, centreY = 215.0
        let count = max(dimensions.count, 1)
        let lowest = (0..<count).map { centreY - cos(2 * Double.pi * Double($0) / Double(count)) * radius * 1.16 }.max() ?? centreY
        var svg = SVGCanvas(width: 880, height: max(lowest + 30, 120),
                            label: "Radar of \(report.partnerA) and \(report.partnerB) dimension scores (0 to 100)")
        func point(_ index: Double, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * index / Double(count)
            return (centreX + cos(angle) * radius * value / 100, centreY + sin(angle) * radius * value / 100)
        }
        for ring in [25.0, 50, 75, 100] {
            svg.polygon((0..<count).map { point(Double($0), ring) }, fill: "none", stroke: "#ccc", width: 1)
            let label = point(0.5, ring * (count <= 4 ? 0.72 : 0.92))
            svg.text(NumberText.fixed(ring, 0), x: label.0, y: label.1 + 3, anchor: "middle", size: 9, fill: "#888")
        }
        for (index, dimension) in dimensions.enumerated() {
            let end = point(Double(index), 100), label = point(Double(index), 116)
            svg.line(x1: centreX, y1: centreY, x2: end.0, y2: end.1, stroke: "#bbb")
            let anchor = abs(label.0 - centreX) < 20 ? "middle" : (label.0 > centreX ? "start" : "end")
            svg.text(SVGCanvas.shorten(dimension.title, 24), x: label.0, y: label.1 + 4, anchor: anchor, weight: "bold")
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
        svg.marker(.filledCircle, x: 730, y: 30, size: 5)
        svg.text("\(report.partnerA) (solid line)", x: 742, y: 34)
        svg.marker(.openSquare, x: 730, y: 52, size: 5)
        svg.text("\(report.partnerB) (dashed line)", x: 742, y: 56)
        let hidden = groups.filter { report.isHidden($0) }.map { "\($0)" }
        if !hidden.isEmpty {
            svg.text("Hidden: " + hidden.joined(separator: ", "), x: 730, y: 80, size: 11)
        }
        return svg.markup
    }
}
