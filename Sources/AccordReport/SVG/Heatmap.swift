import AccordCore

/// Groups × dimensions, each cell the group's 0–100 dimension score, printed in the cell so
/// the chart reads without colour; hidden groups hatched and labelled.
struct Heatmap {
    var report: GapReport

    var markup: String {
        let groups = report.scoredGroups
        let dimensions = report.dimensions
        let labelWidth = 190.0, cellWidth = 150.0, cellHeight = 34.0, top = 44.0
        var svg = SVGCanvas(
            width: labelWidth + cellWidth * Double(max(dimensions.count, 1)) + 10,
            height: top + cellHeight * Double(groups.count) + 8,
            label: "Heatmap of dimension scores (0 to 100) for each group")
        for (column, dimension) in dimensions.enumerated() {
            let x = labelWidth + cellWidth * Double(column) + cellWidth / 2
            svg.text(SVGCanvas.shorten(dimension.title, 22), x: x, y: top - 24, anchor: "middle", weight: "bold")
            svg.text("alignment \(NumberText.index(dimension.alignment))", x: x, y: top - 8, anchor: "middle", size: 11, fill: "#444")
        }
        for (row, group) in groups.enumerated() {
            let y = top + cellHeight * Double(row)
            svg.text("\(group)", x: labelWidth - 10, y: y + cellHeight / 2 + 4, anchor: "end",
                     weight: group.isCell ? nil : "bold")
            for (column, dimension) in dimensions.enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                let centre = x + cellWidth / 2, middle = y + cellHeight / 2 + 4
                if report.isHidden(group) {
                    svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: "url(#hidden)", stroke: "#999")
                    svg.text("hidden", x: centre, y: middle, anchor: "middle", size: 11, fill: "#333", className: "halo")
                } else if let score = report.score(dimension, group) {
                    svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: SVGPatterns.score(score), stroke: "#fff")
                    svg.text(NumberText.index(score), x: centre, y: middle, anchor: "middle", size: 13, weight: "bold",
                             fill: score > 55 ? "#fff" : "#111")
                } else {
                    svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: "#fff", stroke: "#ccc")
                    svg.text("—", x: centre, y: middle, anchor: "middle", fill: "#555")
                }
            }
        }
        return svg.markup
    }
}
