import AccordCore

extension TextReportRenderer {
    /// One question: its wording, each group's numbers (or why they are hidden), its gaps
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
        for gap in question.understandingGaps {
            out.paragraph(ReportVocabulary.understanding(gap, in: report), indent: "    Understanding: ", hanging: "      ")
        }
    }

    private func numericTable(_ question: QuestionReport, _ report: GapReport, _ out: inout TextOutput) {
        let labelWidth = min(max(question.groups.map { "\($0.group)".count }.max() ?? 8, 8), 22)
        let isScale = question.type == .scale && !question.categories.isEmpty
        let countColumns = isScale ? question.categories.map { TextWrapping.fit($0.key, 4, alignRight: true) } : []
        let base = 4 + labelWidth + 5 + 7 * 3 + 6
        let withAgreement = isScale && base + 13 <= width
        let withCounts = isScale && base + (withAgreement ? 13 : 0) + countColumns.count * 4 + 2 <= width
        var header = "    " + TextWrapping.fit("Group", labelWidth) + TextWrapping.fit("n", 5, alignRight: true)
        header += ["mean", "sd", "median"].map { TextWrapping.fit($0, 7, alignRight: true) }.joined()
        if isScale { header += TextWrapping.fit("rwg", 6, alignRight: true) }
        if withAgreement { header += "  " + TextWrapping.fit("agreement", 11) }
        if withCounts { header += "  " + countColumns.joined() }
        out.line(out.style.dim(header))
        for group in question.groups {
            var row = "    " + TextWrapping.fit("\(group.group)", labelWidth)
            guard !group.suppressed, let n = group.n else {
                out.line(row + " " + out.style.dim(ReportVocabulary.hidden(group.group, in: report)))
                continue
            }
            row += TextWrapping.fit(String(n), 5, alignRight: true)
            row += [group.mean, group.sd, group.median].map {
                TextWrapping.fit(NumberText.fixed($0, 2), 7, alignRight: true)
            }.joined()
            if isScale { row += TextWrapping.fit(NumberText.unit(group.rwg), 6, alignRight: true) }
            if withAgreement {
                let band = group.rwg.map { AgreementLevel(rwg: $0) }
                row += "  " + TextWrapping.fit(band.map(Self.bandName) ?? "—", 11)
            }
            if withCounts {
                row += "  " + question.categories.map {
                    TextWrapping.fit(group.counts?[$0.key].map(String.init) ?? "—", 4, alignRight: true)
                }.joined()
            }
            out.line(row)
        }
        if withCounts {
            let legend = question.categories.map(ReportVocabulary.category).joined(separator: " · ")
            out.paragraph("Scale: " + legend, indent: "    ", hanging: "      ", style: out.style.dim)
        }
    }

    /// Counts, selection rates or mean ranks of a non-numeric question for one group.
    private func categoryLine(_ question: QuestionReport, _ group: QuestionGroupStatistics, _ report: GapReport) -> String {
        guard !group.suppressed else { return ReportVocabulary.hidden(group.group, in: report) }
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

    static func bandName(_ band: AgreementLevel) -> String {
        switch band {
        case .veryStrong: "very strong"
        default: band.rawValue
        }
    }
}
