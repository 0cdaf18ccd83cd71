import AccordCore

extension TextReportRenderer {
    /// One question: its wording, each group's numbers (or "hidden"), its gaps
    /// and understanding gaps.
    func question(_ question: QuestionReport, _ report: GapReport, _ out: inout TextOutput) {
        out.blank()
        var title = question.prompt
        if question.reverse { title += " (reverse-worded)" }
        out.paragraph(title, indent: "  ", style: out.style.bold)
        out.paragraph("[\(question.type.rawValue), \(question.id)]", indent: "  ", style: out.style.dim)
        if question.type == .text {
            out.paragraph("Free text: see Comments.", indent: "    ")
            return
        }
        if question.isNumeric {
            numericTable(question, report, &out)
        } else {
            for group in question.groups {
                let label = "\(group.group): "
                out.paragraph(label + categoryLine(question, group, report), indent: "    ", hanging: "      ")
            }
        }
        let unsure = question.groups.compactMap { group -> String? in
            let dk = group.dontKnow ?? 0, pnts = group.preferNotToSay ?? 0
            guard !group.suppressed, dk + pnts > 0 else { return nil }
            return "\(group.group) \(dk) don't know, \(pnts) prefer not to say"
        }
        if !unsure.isEmpty { out.paragraph("Not answered: " + unsure.joined(separator: "; "), indent: "    ") }
        if !question.gaps.isEmpty {
            out.line("    Gaps (to minus from):")
            for gap in question.gaps {
                let line = ReportVocabulary.gapLine(gap, question, in: report)
                let style = out.style
                let styled: (String) -> String = { text in
                    if gap.suppressed { return style.dim(text) }
                    return gap.magnitude == .large ? style.alert(text) : text
                }
                out.paragraph(line, indent: "      ", hanging: "        ", style: styled)
            }
        }
        for line in ReportVocabulary.understanding(question) {
            out.paragraph(line, indent: "    Understanding: ", hanging: "      ")
        }
    }

    private func numericTable(_ question: QuestionReport, _ report: GapReport, _ out: inout TextOutput) {
        let isScale = question.type == .scale && !question.categories.isEmpty
        var columns = TextTable.columns(for: question, isScale: isScale)
        let needed = min(max(question.groups.map { "\($0.group)".count }.max() ?? 8, 8), 22)
        // Drop the least important columns first, then shorten group names, to fit the width.
        while 4 + needed + columns.map(\.width).reduce(0, +) > width,
            let drop = columns.lastIndex(where: { $0.optional })
        {
            if columns[drop].isCount { columns.removeAll(where: \.isCount) } else { columns.remove(at: drop) }
        }
        let labelWidth = max(min(needed, width - 4 - columns.map(\.width).reduce(0, +)), 6)
        out.line(out.style.dim("    " + TextWrapping.fit("Group", labelWidth) + columns.map(\.header).joined()))
        for group in question.groups {
            let label = "    " + TextWrapping.fit("\(group.group)", labelWidth)
            guard !group.suppressed else {
                out.paragraph(ReportVocabulary.hidden, indent: label + " ",
                              hanging: String(repeating: " ", count: labelWidth + 5), style: out.style.dim)
                continue
            }
            out.line(label + columns.map { $0.cell(group) }.joined())
        }
        if columns.contains(where: \.isCount) {
            let legend = question.categories.map(ReportVocabulary.category).joined(separator: " · ")
            out.paragraph("Scale: " + legend, indent: "    ", hanging: "      ", style: out.style.dim)
        }
    }

    /// Counts, selection rates or mean ranks of a non-numeric question for one group.
    private func categoryLine(_ question: QuestionReport, _ group: QuestionGroupStatistics, _ report: GapReport) -> String {
        guard !group.suppressed else { return ReportVocabulary.hidden }
        let n = group.n.map { "n \($0)" } ?? "n —"
        switch question.type {
        case .multi:
            let rates = question.categories.map { category in
                "\(category.label) \(group.selectionRates?[category.key].map { NumberText.fixed($0 * 100, 0) + "%" } ?? "—")"
            }
            return "\(n); " + rates.joined(separator: " · ")
        case .rank:
            let ranked = question.categories.sorted {
                (group.meanRanks?[$0.key] ?? .infinity) < (group.meanRanks?[$1.key] ?? .infinity)
            }
            return "\(n); mean rank " + ranked.map { "\($0.label) \(NumberText.fixed(group.meanRanks?[$0.key], 1))" }
                .joined(separator: " · ")
        default:
            let counts = question.categories.map { "\($0.label) \(group.counts?[$0.key].map(String.init) ?? "—")" }
            return "\(n); " + counts.joined(separator: " · ")
        }
    }

}
