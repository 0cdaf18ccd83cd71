import AccordCore

/// Groups × dimensions, each cell the group's 0–100 dimension score, printed in the cell so
/// the chart reads without colour; hidden groups hatched and labelled.
struct Heatmap {
    var report: GapReport

    var markup: String {
        let groups = report.scoredGroups
        let dimensions = report.dimensions
        // Many dimensions get narrower cells with their titles wrapped over up to three lines;
        // bold 11.5 px text takes about 7 px a character, so neighbouring titles do not touch.
        let cellWidth = min(max(900 / Double(max(dimensions.count, 1)), 96), 150)
        let titles = dimensions.map { Self.titleLines($0.title, characters: Int(cellWidth / 7.2)) }
        let lines = Double(titles.map(\.count).max() ?? 1)
        let labelWidth = 190.0, cellHeight = 34.0, top = 22 + 14 * lines
        var svg = SVGCanvas(
            width: labelWidth + cellWidth * Double(max(dimensions.count, 1)) + 10,
            height: top + cellHeight * Double(groups.count) + 8,
            label: "Heatmap of dimension scores (0 to 100) for each group")
        for (column, dimension) in dimensions.enumerated() {
            let x = labelWidth + cellWidth * Double(column) + cellWidth / 2
            for (line, text) in titles[column].enumerated() {
                let y = top - 24 - 14 * (Double(titles[column].count) - 1 - Double(line))
                svg.text(text, x: x, y: y, anchor: "middle", size: 11.5, weight: "bold")
            }
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

    /// A title broken into at most three lines of about `characters` characters.
    static func titleLines(_ title: String, characters: Int) -> [String] {
        let lines = TextWrapping.wrap(title, width: max(characters, 8))
        guard lines.count > 3 else { return lines }
        return Array(lines.prefix(2)) + [SVGCanvas.shorten(lines.dropFirst(2).joined(separator: " "), characters)]
    }
}
