import AccordCore

/// Groups × dimensions, each cell the group's 0–100 dimension score, printed in the cell so
/// the chart reads without colour; hidden groups hatched and labelled.
struct Heatmap {
    var report: GapReport
    /// Wide: dimension titles over the columns; narrow: numbered columns and a key below.
    var layout: ChartLayout = .wide

    var markup: String {
        let groups = report.scoredGroups
        let dimensions = report.dimensions
        let narrow = layout == .narrow
        let labelWidth = narrow ? 104.0 : 190.0, cellHeight = 34.0
        // Many dimensions get narrower cells (the chart stays within 1 100 units, shown unshrunk
        // on a desktop) with their titles wrapped over more lines;
        // bold 11.5 px text takes about 7 px a character, so neighbouring titles do not touch.
        let cellWidth = narrow
            ? (ChartLayout.narrowWidth - labelWidth) / Double(max(dimensions.count, 1))
            : min(900 / Double(max(dimensions.count, 1)), 150)
        let key = SVGKey(dimensions.map { ReportWords.current.heatmapKey($0.title, NumberText.index($0.alignment)) }, fit: 0, numbered: narrow)
        let titles = narrow
            ? key.labels.map { [$0] }
            : dimensions.map { Self.titleLines($0.title, characters: Int(cellWidth / 6.6)) }
        let lines = Double(titles.map(\.count).max() ?? 1)
        let top = narrow ? 26 : 22 + 14 * lines
        var svg = SVGCanvas(
            width: narrow ? ChartLayout.narrowWidth : labelWidth + cellWidth * Double(max(dimensions.count, 1)) + 10,
            height: top + cellHeight * Double(groups.count) + 8,
            label: ReportWords.current.heatmapLabel)
        for (column, dimension) in dimensions.enumerated() {
            let x = labelWidth + cellWidth * Double(column) + cellWidth / 2
            for (line, text) in titles[column].enumerated() {
                let y = narrow ? top - 8 : top - 24 - 14 * (Double(titles[column].count) - 1 - Double(line))
                svg.text(text, x: x, y: y, anchor: "middle", size: narrow ? 12 : 11.5, weight: "bold")
            }
            if narrow { continue }
            svg.text("alignment \(NumberText.index(dimension.alignment))", x: x, y: top - 8, anchor: "middle", size: 11, fill: "#444")
        }
        for (row, group) in groups.enumerated() {
            let y = top + cellHeight * Double(row)
            let name = TextWrapping.wrap(ReportVocabulary.group(group), width: ChartLayout.characters(in: labelWidth - 10))
            svg.lines(name, x: labelWidth - 10, y: y + cellHeight / 2 + 4 - 7 * Double(name.count - 1), spacing: 14,
                      anchor: "end", weight: group.isCell ? nil : "bold")
            for (column, dimension) in dimensions.enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                let centre = x + cellWidth / 2, middle = y + cellHeight / 2 + 4
                if report.isHidden(group) {
                    svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: "url(#hidden)", stroke: "#999")
                    svg.text("hidden", x: centre, y: middle, anchor: "middle", size: 11, fill: "#333", className: "halo")
                } else if let score = report.score(dimension, group) {
                    svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: SVGPatterns.score(score), stroke: "#fff")
                    svg.text(NumberText.index(score), x: centre, y: middle, anchor: "middle", size: cellWidth < 30 ? 12 : 13, weight: "bold",
                             fill: SVGPatterns.isDark(SVGPatterns.score(score)) ? "#fff" : "#111")
                } else {
                    svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: "#fff", stroke: "#ccc")
                    svg.text("—", x: centre, y: middle, anchor: "middle", fill: "#555")
                }
            }
        }
        if narrow {
            svg.height = key.draw(into: &svg, x: 0, y: svg.height, width: ChartLayout.narrowWidth) + 8
        }
        return svg.markup
    }

    /// A title wrapped into lines of about `characters` characters, never cut.
    static func titleLines(_ title: String, characters: Int) -> [String] {
        TextWrapping.wrap(title, width: max(characters, 8))
    }
}
