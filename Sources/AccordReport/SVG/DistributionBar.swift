import AccordCore

/// One question's answers as a 100 % stacked bar per group. Scale points go light to dark
/// (order survives in grey); options alternate solid fills and patterns. Each segment wide
/// enough carries its count; hidden groups are a hatched bar that says so.
struct DistributionBar {
    var report: GapReport
    var question: QuestionReport
    /// Wide: group names left of the bars; narrow: each group's name above its bar.
    var layout: ChartLayout = .wide

    /// Whether this question has counts to draw.
    static func applies(to question: QuestionReport) -> Bool {
        [.scale, .choice, .yesno].contains(question.type) && !question.categories.isEmpty
    }

    var markup: String {
        let narrow = layout == .narrow
        let labelWidth = narrow ? 0 : 190.0, barWidth = narrow ? ChartLayout.narrowWidth - 44 : 480.0
        let rowHeight = narrow ? 40.0 : 26.0, barTop = narrow ? 14.0 : 0
        let categories = question.categories
        let legend = legendLayout(categories, width: labelWidth + barWidth + (narrow ? 44 : 80))
        let top = 10 + legend.height
        var svg = SVGCanvas(width: labelWidth + barWidth + (narrow ? 44 : 80), height: top + rowHeight * Double(question.groups.count) + 6,
                            label: ReportWords.current.distributionLabel(question.prompt))
        for entry in legend.entries {
            svg.rect(x: entry.x, y: entry.y, width: 14, height: 14, fill: fill(entry.index), stroke: "#333")
            svg.lines(entry.lines, x: entry.x + 19, y: entry.y + 11, spacing: 14, size: 11)
        }
        for (row, group) in question.groups.enumerated() {
            let y = top + rowHeight * Double(row) + barTop
            if narrow {
                svg.text(ReportVocabulary.group(group.group), x: 0, y: y, size: 12, weight: group.group.isCell ? nil : "bold")
            } else {
                svg.text(ReportVocabulary.group(group.group), x: labelWidth - 8, y: y + 16, anchor: "end", size: 12, weight: group.group.isCell ? nil : "bold")
            }
            let counts = categories.map { group.counts?[$0.key] ?? 0 }
            let total = counts.reduce(0, +)
            guard !group.suppressed, total > 0 else {
                svg.rect(x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 8, fill: "url(#hidden)", stroke: "#999")
                let note = group.suppressed ? ReportVocabulary.hidden : ReportWords.current.noAnswers
                svg.text(note, x: labelWidth + barWidth / 2, y: y + 16, anchor: "middle", size: 11, className: "halo")
                continue
            }
            var x = labelWidth
            for (index, count) in counts.enumerated() where count > 0 {
                let width = barWidth * Double(count) / Double(total)
                svg.rect(x: x, y: y + 3, width: width, height: rowHeight - 8, fill: fill(index), stroke: "#333")
                if width >= 18 {
                    svg.text(String(count), x: x + width / 2, y: y + 16, anchor: "middle", size: 11,
                             fill: isDark(index) ? "#fff" : "#111", className: fill(index).hasPrefix("url") ? "halo" : nil)
                }
                x += width
            }
            svg.text("n \(group.n.map(String.init) ?? "—")", x: labelWidth + barWidth + 8, y: y + 16, size: 11, fill: "#444")
        }
        return svg.markup
    }

    private func fill(_ index: Int) -> String {
        question.type == .scale ? SVGPatterns.ordinal(index, of: question.categories.count) : SVGPatterns.nominal(index)
    }

    private func isDark(_ index: Int) -> Bool {
        question.type == .scale ? SVGPatterns.ordinalIsDark(index, of: question.categories.count) : SVGPatterns.nominalIsDark(index)
    }

    /// Legend entries laid out left to right, wrapping into rows; a name longer than the
    /// chart is wrapped onto lines of its own. Returns the entries and the legend's height.
    private func legendLayout(_ categories: [AnswerCategory], width: Double)
        -> (entries: [(index: Int, x: Double, y: Double, lines: [String])], height: Double) {
        var entries: [(index: Int, x: Double, y: Double, lines: [String])] = []
        var x = 0.0, y = 6.0, rowHeight = 20.0
        for (index, category) in categories.enumerated() {
            let lines = TextWrapping.wrap(ReportVocabulary.category(category), width: ChartLayout.characters(in: width - 24, size: 11))
            let itemWidth = 30 + Double(lines.map(\.count).max() ?? 0) * 6.6
            if x > 0, x + itemWidth > width || lines.count > 1 {
                (x, y, rowHeight) = (0, y + rowHeight, 20)
            }
            entries.append((index, x, y, lines))
            x += itemWidth
            rowHeight = max(rowHeight, 6 + 14 * Double(lines.count))
        }
        return (entries, y + rowHeight - 6)
    }
}
