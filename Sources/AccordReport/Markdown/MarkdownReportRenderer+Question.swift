import AccordCore

extension MarkdownReportRenderer {
    /// One question: a table of groups, then its gaps and understanding gaps.
    func question(_ question: QuestionReport, _ report: GapReport) -> [String] {
        var out = ["", "### \(Self.escape(question.prompt))", ""]
        out.append("`\(question.id)` · \(question.type.rawValue)" + (question.reverse ? " · reverse-worded" : ""))
        guard question.type != .text else { return out + ["", "Free text: see Comments."] }
        out.append("")
        let categories = question.categories
        var header = ["Group", "n"]
        if question.isNumeric { header += ["mean", "sd", "median"] }
        if question.type == .scale { header += ["rwg"] }
        header += categories.map { Self.cell(ReportVocabulary.category($0)) }
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---:|", count: header.count - 1))
        for group in question.groups {
            guard !group.suppressed else {
                out.append("| \(Self.cell("\(group.group)")) | \(ReportVocabulary.hidden) |"
                           + String(repeating: " |", count: header.count - 2))
                continue
            }
            var row = [Self.cell("\(group.group)"), group.n.map(String.init) ?? "—"]
            if question.isNumeric {
                row += [NumberText.fixed(group.mean, 2), NumberText.fixed(group.sd, 2), NumberText.fixed(group.median, 1)]
            }
            if question.type == .scale {
                row += [NumberText.unit(group.rwg)]
            }
            row += categories.map { category in
                switch question.type {
                case .multi: group.selectionRates?[category.key].map { NumberText.fixed($0 * 100, 0) + "%" } ?? "—"
                case .rank: NumberText.fixed(group.meanRanks?[category.key], 1)
                default: group.counts?[category.key].map(String.init) ?? "—"
                }
            }
            out.append("| " + row.joined(separator: " | ") + " |")
        }
        if question.type == .multi { out += ["", "Cells are the share of the group that picked the option."] }
        if question.type == .rank { out += ["", "Cells are mean ranks (1 = most important)."] }
        if !question.gaps.isEmpty {
            out += ["", "Gaps (to minus from):", ""]
            out += question.gaps.map { "- " + Self.escape(ReportVocabulary.gapLine($0, question, in: report)) }
        }
        if !question.understandingGaps.isEmpty {
            out += [""] + ReportVocabulary.understanding(question).map {
                "- Understanding: " + Self.escape($0)
            }
        }
        return out
    }

    /// Text shown literally: AccordCore's one Markdown escape, `MarkdownText.escape`.
    static func escape(_ text: String) -> String { MarkdownText.escape(text) }

    /// Escaped text for a table cell (`escape` already turns line breaks into spaces).
    static func cell(_ text: String) -> String {
        escape(text)
    }
}
