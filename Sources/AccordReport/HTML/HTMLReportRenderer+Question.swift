import AccordCore

extension HTMLReportRenderer {
    /// One question: distribution bars (or a table of rates and ranks), a statistics table,
    /// and its gaps.
    func question(_ question: QuestionReport, _ report: GapReport) -> [String] {
        let e = HTMLText.escape
        var html = [
            "<article class=\"question\">",
            "<h3 dir=\"auto\">\(e(question.prompt))</h3>",
            "<p class=\"id\">\(e(question.id)) · \(e(words.questionType(question.type)))\(question.reverse ? " · \(e(words.reverseWorded))" : "")</p>",
        ]
        if question.type == .text { return html + ["<p>\(e(words.freeText))</p>", "</article>"] }
        if DistributionBar.applies(to: question) {
            html.append(Self.figure { DistributionBar(report: report, question: question, layout: $0).markup })
        }
        html.append(table(question, report))
        if !question.gaps.isEmpty {
            html.append("<ul class=\"gaps\">" + question.gaps.map { gap in
                "<li\(gap.magnitude == .large ? " class=\"large\"" : "")>\(e(ReportVocabulary.gapLine(gap, question, in: report)))</li>"
            }.joined() + "</ul>")
        }
        if !question.understandingGaps.isEmpty {
            html.append("<ul class=\"gaps\">" + ReportVocabulary.understanding(question).map {
                "<li>\(e(words.understandingLabel + $0))</li>"
            }.joined() + "</ul>")
        }
        return html + ["</article>"]
    }

    private func table(_ question: QuestionReport, _ report: GapReport) -> String {
        let e = HTMLText.escape
        var header = [e(words.group), "n"]
        if question.isNumeric { header += [e(words.mean), e(words.sd), e(words.median)] }
        if question.type == .scale { header += ["rwg", e(words.agreementColumn)] }
        if question.type == .multi || question.type == .rank { header += question.categories.map { HTMLText.isolated($0.label) } }
        header += [e(words.dontKnow), e(words.preferNotToSay)]
        var rows = ["<div class=\"table\"><table><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr>"]
        for group in question.groups {
            guard !group.suppressed else {
                rows.append("<tr><td>\(HTMLText.isolated(ReportVocabulary.group(group.group)))</td><td class=\"hidden\" colspan=\"\(header.count - 1)\">"
                            + "\(ReportVocabulary.hidden)</td></tr>")
                continue
            }
            var cells = [HTMLText.isolated(ReportVocabulary.group(group.group)), group.n.map(String.init) ?? "—"]
            if question.isNumeric {
                cells += [NumberText.fixed(group.mean, 2), NumberText.fixed(group.sd, 2), NumberText.fixed(group.median, 1)]
            }
            if question.type == .scale {
                cells += [NumberText.unit(group.rwg), ReportVocabulary.agreement(group.rwg)]
            }
            if question.type == .multi {
                cells += question.categories.map { group.selectionRates?[$0.key].map { NumberText.fixed($0 * 100, 0) + words.percentCell } ?? "—" }
            }
            if question.type == .rank {
                cells += question.categories.map { NumberText.fixed(group.meanRanks?[$0.key], 1) }
            }
            cells += [group.dontKnow.map(String.init) ?? "—", group.preferNotToSay.map(String.init) ?? "—"]
            rows.append("<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
        }
        var note = ""
        if question.type == .multi { note = "<p class=\"legend\">\(e(words.shareLegend))</p>" }
        if question.type == .rank { note = "<p class=\"legend\">\(e(words.rankLegend))</p>" }
        return rows.joined() + "</table></div>" + note
    }

    /// What each partner thinks the other answers, beside what the other really answers.
    func understanding(_ report: GapReport) -> [String] {
        let e = HTMLText.escape
        let questions = report.questions.filter { !$0.understandingGaps.isEmpty }
        guard !questions.isEmpty else { return [] }
        let headers = [words.question, words.whoGuessed, words.about, words.guess, words.realAnswer, words.gap]
        var html = ["<section><h2>\(e(words.understandingGaps))</h2>",
                    "<p class=\"legend\">\(e(words.understandingLegend))</p>",
                    "<div class=\"table\"><table><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr>"]
        for question in questions {
            for gap in question.understandingGaps {
                let numbers = gap.suppressed
                    ? "<td class=\"hidden\" colspan=\"3\">\(ReportVocabulary.hidden)</td>"
                    : ReportVocabulary.understandingCells(gap).map { "<td>\(e($0))</td>" }.joined()
                html.append("<tr><td dir=\"auto\">\(e(question.prompt))</td><td>\(HTMLText.isolated(gap.predictingPartner))</td><td>\(HTMLText.isolated(gap.aboutPartner))</td>\(numbers)</tr>")
            }
        }
        html.append("</table></div>")
        for question in questions {
            html += ReportVocabulary.understanding(question).map { "<p>\(e($0))</p>" }
        }
        return html + ["</section>"]
    }

    /// The trend since the compared round.
    func trend(_ report: GapReport) -> [String] {
        guard let comparison = report.comparison else { return [] }
        return [
            "<section><h2>\(HTMLText.escape(words.trendSince(comparison.baseRound)))</h2>",
            Self.figure { TrendChart(report: report, comparison: comparison, layout: $0).markup },
            "<p class=\"legend\">\(HTMLText.escape(words.trendLegend))</p>",
            "</section>",
        ]
    }

    /// The comments, escaped, shuffled by the report builder.
    func comments(_ report: GapReport) -> [String] {
        let e = HTMLText.escape
        guard !report.comments.isEmpty else { return [] }
        var html = ["<section><h2>\(e(words.comments))</h2>",
                    "<p class=\"legend\">\(e(words.commentsNoteMasked(report.anonymity.minGroupSizeForText)))</p>"]
        for group in report.comments {
            html.append("<h3>\(HTMLText.isolated(report.prompt(of: group.questionID))) <small>(\(HTMLText.isolated(ReportVocabulary.group(group.group))))</small></h3>")
            html += group.comments.map { "<blockquote dir=\"auto\">\(e($0))</blockquote>" }
            if let note = NumberText.commentSample(group) { html.append("<p class=\"legend\">\(e(note))</p>") }
        }
        return html + ["</section>"]
    }

    /// How each number is computed and what was hidden.
    func methods(_ report: GapReport) -> [String] {
        let e = HTMLText.escape
        var html = ["<section class=\"methods\"><h2>\(e(words.methods))</h2><dl>"]
        html += MethodsAppendix.entries(report).map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }
        html.append("</dl><h3>\(e(words.whatWasHidden))</h3><ul>")
        html += MethodsAppendix.suppressions(report).map { "<li>\(e($0))</li>" }
        html.append("</ul>")
        html += ReportVocabulary.warnings(report).map { "<p><strong>\(e(words.warning + words.colon.dropLast()))</strong> \(e($0))</p>" }
        html.append("<p class=\"legend\">" + words.snapshotNote(e(report.workshop.id), e(report.workshop.version), "<code>\(e(report.workshop.sha256))</code>") + "</p>")
        return html + ["</section>"]
    }
}
