import AccordCore

extension MarkdownReportRenderer {
    /// One question: a table of groups, then its gaps and understanding gaps.
    func question(_ question: QuestionReport, _ report: GapReport) -> [String] {
        let words = ReportWords.current
        var out = ["", "### \(Self.escape(question.prompt))", ""]
        out.append("`\(question.id)` · \(words.questionType(question.type))" + (question.reverse ? " · \(words.reverseWorded)" : ""))
        guard question.type != .text else { return out + ["", words.freeText] }
        out.append("")
        let categories = question.categories
        var header = [words.group, "n"]
        if question.isNumeric { header += [words.mean, words.sd, words.median] }
        if question.type == .scale { header += ["rwg"] }
        header += categories.map { Self.cell(ReportVocabulary.category($0)) }
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---:|", count: header.count - 1))
        for group in question.groups {
            guard !group.suppressed else {
                out.append("| \(Self.cell(ReportVocabulary.group(group.group))) | \(ReportVocabulary.hidden) |"
                           + String(repeating: " |", count: header.count - 2))
                continue
            }
            var row = [Self.cell(ReportVocabulary.group(group.group)), group.n.map(String.init) ?? "—"]
            if question.isNumeric {
                row += [NumberText.fixed(group.mean, 2), NumberText.fixed(group.sd, 2), NumberText.fixed(group.median, 1)]
            }
            if question.type == .scale {
                row += [NumberText.unit(group.rwg)]
            }
            row += categories.map { category in
                switch question.type {
                case .multi: group.selectionRates?[category.key].map { NumberText.fixed($0 * 100, 0) + words.percentSuffix } ?? "—"
                case .rank: NumberText.fixed(group.meanRanks?[category.key], 1)
                default: group.counts?[category.key].map(String.init) ?? "—"
                }
            }
            out.append("| " + row.joined(separator: " | ") + " |")
        }
        if question.type == .multi { out += ["", words.multiNote] }
        if question.type == .rank { out += ["", words.rankNote] }
        if !question.gaps.isEmpty {
            out += ["", words.gapsHeader, ""]
            out += question.gaps.map { "- " + Self.escape(ReportVocabulary.gapLine($0, question, in: report)) }
        }
        if !question.understandingGaps.isEmpty {
            out += [""] + ReportVocabulary.understanding(question).map {
                "- " + words.understandingLabel + Self.escape($0)
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
