import AccordCore

extension TextReportRenderer {
    /// One question: its wording, each group's numbers (or "hidden"), its gaps
    /// and understanding gaps.
    func question(_ question: QuestionReport, _ report: GapReport, _ out: inout TextOutput) {
        out.blank()
        let words = ReportWords.current
        var title = question.prompt
        if question.reverse { title += " (\(words.reverseWorded))" }
        out.paragraph(title, indent: "  ", style: out.style.bold)
        out.paragraph("[\(words.questionType(question.type)), \(question.id)]", indent: "  ", style: out.style.dim)
        if question.type == .text {
            out.paragraph(words.freeText, indent: "    ")
            return
        }
        if question.isNumeric {
            numericTable(question, report, &out)
        } else {
            for group in question.groups {
                let label = ReportVocabulary.group(group.group) + words.colon
                out.paragraph(label + categoryLine(question, group, report), indent: "    ", hanging: "      ")
            }
        }
        let unsure = question.groups.compactMap { group -> String? in
            let dk = group.dontKnow ?? 0, pnts = group.preferNotToSay ?? 0
            guard !group.suppressed, dk + pnts > 0 else { return nil }
            return words.unsure(ReportVocabulary.group(group.group), dk, pnts)
        }
        if !unsure.isEmpty { out.paragraph(words.notAnswered + unsure.joined(separator: words.semicolon), indent: "    ") }
        if !question.gaps.isEmpty {
            out.line("    " + words.gapsHeader)
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
            out.paragraph(line, indent: "    " + words.understandingLabel, hanging: "      ")
        }
    }

    private func numericTable(_ question: QuestionReport, _ report: GapReport, _ out: inout TextOutput) {
        let isScale = question.type == .scale && !question.categories.isEmpty
        var columns = TextTable.columns(for: question, isScale: isScale)
        let needed = min(max(question.groups.map { ReportVocabulary.group($0.group).count }.max() ?? 8, 8), 22)
        // Drop the least important columns first, then shorten group names, to fit the width.
        while 4 + needed + columns.map(\.width).reduce(0, +) > width,
            let drop = columns.lastIndex(where: { $0.optional })
        {
            if columns[drop].isCount { columns.removeAll(where: \.isCount) } else { columns.remove(at: drop) }
        }
        let labelWidth = max(min(needed, width - 4 - columns.map(\.width).reduce(0, +)), 6)
        out.line(out.style.dim("    " + TextWrapping.fit(ReportWords.current.group, labelWidth) + columns.map(\.header).joined()))
        for group in question.groups {
            let label = "    " + TextWrapping.fit(ReportVocabulary.group(group.group), labelWidth)
            guard !group.suppressed else {
                out.paragraph(ReportVocabulary.hidden, indent: label + " ",
                              hanging: String(repeating: " ", count: labelWidth + 5), style: out.style.dim)
                continue
            }
            out.line(label + columns.map { $0.cell(group) }.joined())
        }
        if columns.contains(where: \.isCount) {
            let legend = question.categories.map(ReportVocabulary.category).joined(separator: " · ")
            out.paragraph(ReportWords.current.scaleLegend + legend, indent: "    ", hanging: "      ", style: out.style.dim)
        }
    }

    /// Counts, selection rates or mean ranks of a non-numeric question for one group.
    private func categoryLine(_ question: QuestionReport, _ group: QuestionGroupStatistics, _ report: GapReport) -> String {
        guard !group.suppressed else { return ReportVocabulary.hidden }
        let n = group.n.map { "n \($0)" } ?? "n —"
        switch question.type {
        case .multi:
            let rates = question.categories.map { category in
                "\(category.label) \(group.selectionRates?[category.key].map { NumberText.fixed($0 * 100, 0) + ReportWords.current.percentSuffix } ?? "—")"
            }
            return n + ReportWords.current.semicolon + rates.joined(separator: " · ")
        case .rank:
            let ranked = question.categories.sorted {
                (group.meanRanks?[$0.key] ?? .infinity) < (group.meanRanks?[$1.key] ?? .infinity)
            }
            return n + ReportWords.current.semicolon + ReportWords.current.meanRank + " " + ranked.map { "\($0.label) \(NumberText.fixed(group.meanRanks?[$0.key], 1))" }
                .joined(separator: " · ")
        default:
            let counts = question.categories.map { "\($0.label) \(group.counts?[$0.key].map(String.init) ?? "—")" }
            return n + ReportWords.current.semicolon + counts.joined(separator: " · ")
        }
    }

}
