import AccordCore

/// One question's answers as a 100 % stacked bar per group. Scale points go light to dark
/// (order survives in grey); options alternate solid fills and patterns. Each segment wide
/// enough carries its count; hidden groups are a hatched bar that says so.
struct DistributionBar {
    var report: GapReport
    var question: QuestionReport

    /// Whether this question has counts to draw.
    static func applies(to question: QuestionReport) -> Bool {
        [.scale, .choice, .yesno].contains(question.type) && !question.categories.isEmpty
    }

    var markup: String {
        let labelWidth = 190.0, barWidth = 480.0, rowHeight = 26.0
        let categories = question.categories
        let legendRows = legendLayout(categories, width: labelWidth + barWidth + 80)
        let top = 10 + 20 * Double(legendRows.count)
        var svg = SVGCanvas(width: labelWidth + barWidth + 80, height: top + rowHeight * Double(question.groups.count) + 6,
                            label: "Answers to \"\(question.prompt)\" by group")
        for (row, items) in legendRows.enumerated() {
            for (index, x) in items {
                let y = 6 + 20 * Double(row)
                svg.rect(x: x, y: y, width: 14, height: 14, fill: fill(index), stroke: "#333")
                svg.text(ReportVocabulary.category(categories[index]), x: x + 19, y: y + 11, size: 11)
            }
        }
        for (row, group) in question.groups.enumerated() {
            let y = top + rowHeight * Double(row)
            svg.text("\(group.group)", x: labelWidth - 8, y: y + 16, anchor: "end", size: 12, weight: group.group.isCell ? nil : "bold")
            let counts = categories.map { group.counts?[$0.key] ?? 0 }
            let total = counts.reduce(0, +)
            guard !group.suppressed, total > 0 else {
                svg.rect(x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 8, fill: "url(#hidden)", stroke: "#999")
                let note = group.suppressed ? ReportVocabulary.hidden : "no answers"
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

    /// Legend entries laid out left to right, wrapping into rows: (category index, x).
    private func legendLayout(_ categories: [AnswerCategory], width: Double) -> [[(Int, Double)]] {
        var rows: [[(Int, Double)]] = [[]]
        var x = 0.0
        for (index, category) in categories.enumerated() {
            let itemWidth = 30 + Double(ReportVocabulary.category(category).count) * 6.5
            if x + itemWidth > width, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append((index, x))
            x += itemWidth
        }
        return rows
    }
}
