import AccordCore

/// The report for a wiki or an email: the text report's content as Markdown tables and
/// lists, plus a methods appendix. Text from participants and the workshop is escaped so it
/// cannot add links, images or HTML.
public struct MarkdownReportRenderer: ReportRenderer {
    /// The language of the report's own words and numbers (one of `ReportLanguage.available`).
    public var language: Language

    /// Creates a Markdown renderer.
    public init(language: Language = .english) {
        self.language = language
    }

    /// The Markdown document.
    public func render(_ report: GapReport) -> String {
        ReportWords.rendering(in: language) { document(report) }
    }

    private var words: ReportWords { ReportWords.current }

    private func document(_ report: GapReport) -> String {
        var out: [String] = []
        out.append("# " + words.documentTitle(Self.escape(report.workshop.title)))
        out.append("")
        out.append(words.documentMeta("`\(report.session.id)`", Self.escape(report.partnerA), Self.escape(report.partnerB),
                                      report.round, Self.escape(report.workshop.version)))
        if report.isPreview { out += ["", "> **\(ReportVocabulary.previewNotice(report))**"] }
        out += ["", "**\(ReportVocabulary.headline(report))**", ""]
        out += ["## \(words.whoAnswered)", "", "| \(words.group) | \(words.participants) |", "|---|---:|"]
        for summary in report.groups {
            let n = summary.suppressed || summary.n == nil
                ? ReportVocabulary.hidden : String(summary.n!)
            out.append("| \(Self.cell(ReportVocabulary.group(summary.group))) | \(n) |")
        }
        for (title, kind) in [(words.largestPartnerGaps(report.partnerA, report.partnerB), Gap.Kind.partners),
                              (words.largestLevelGaps, .levels)] {
            out += ["", "## \(Self.escape(title))", ""]
            let found = Finding.largest(kind, in: report)
            if found.isEmpty { out.append(Self.escape(ReportVocabulary.noFindings(kind, in: report))) }
            for (index, finding) in found.enumerated() { out.append("\(index + 1). \(Self.escape(finding.sentence))") }
        }
        out += ["", Self.escape(ReportVocabulary.comparisonsNote(report))]
        out += actions(report)
        if !report.dimensions.isEmpty {
            out += ["", "## \(words.alignmentHeading)", "", "| \(words.dimension) | \(words.alignmentColumn) |"
                + (report.comparison.map { " \(words.sinceRoundColumn($0.baseRound)) |" } ?? ""),
                "|---|---:|" + (report.comparison == nil ? "" : "---:|")]
            for dimension in report.dimensions {
                var row = "| \(Self.cell(dimension.title)) | \(NumberText.index(dimension.alignment)) |"
                if report.comparison != nil { row += " \(ReportVocabulary.dimensionTrend(dimension, report) ?? "") |" }
                out.append(row)
            }
            out += scoreTable(report)
        }
        if let introduction = ReportVocabulary.driverIntroduction(report) {
            out += ["", "## \(words.drivers)", "", Self.escape(introduction)]
            for (_, title, lines) in ReportVocabulary.driverGroups(report) {
                out += ["", "**\(Self.escape(title))**", ""] + lines.map { "- " + Self.escape($0) }
            }
        }
        for dimension in report.dimensions {
            out += ["", "## \(Self.escape(ReportVocabulary.dimensionHeading(dimension, report)))"]
            for line in ReportVocabulary.dimensionNotes(dimension, report) { out += ["", Self.escape(line)] }
            for question in report.questions(in: dimension.id) { out += self.question(question, report) }
        }
        let others = report.questionsOutsideDimensions
        if !others.isEmpty {
            out += ["", "## \(words.otherQuestions)"]
            for question in others { out += self.question(question, report) }
        }
        out += comments(report)
        out += appendix(report)
        return out.joined(separator: "\n") + "\n"
    }

    private func scoreTable(_ report: GapReport) -> [String] {
        var out = ["", words.scoreTableIntro, ""]
        out.append("| \(words.group) | " + report.dimensions.map { Self.cell($0.title) }.joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---:|", count: report.dimensions.count))
        for group in report.scoredGroups {
            let cells = report.dimensions.map { dimension -> String in
                if report.isHidden(group) { return ReportVocabulary.hidden }
                return NumberText.index(report.score(dimension, group))
            }
            out.append("| \(Self.cell(ReportVocabulary.group(group))) | " + cells.joined(separator: " | ") + " |")
        }
        return out
    }

    private func comments(_ report: GapReport) -> [String] {
        guard !report.comments.isEmpty else { return [] }
        var out = ["", "## \(words.comments)", "", words.commentsNote(report.anonymity.minGroupSizeForText)]
        for group in report.comments {
            out += ["", "### \(Self.escape(report.prompt(of: group.questionID))) (\(Self.escape(ReportVocabulary.group(group.group))))", ""]
            out += group.comments.map { "> " + Self.escape($0).replacingOccurrences(of: "\n", with: " ") + "\n" }
            if let note = NumberText.commentSample(group) { out.append("*\(Self.escape(note))*") }
        }
        return out
    }

    private func appendix(_ report: GapReport) -> [String] {
        var out = ["", "## \(words.methods)", ""]
        for (title, text) in MethodsAppendix.entries(report) { out += ["**\(title).** \(Self.escape(text))", ""] }
        out += ["### \(words.whatWasHidden)", ""]
        out += MethodsAppendix.suppressions(report).map { "- " + Self.escape($0) }
        for warning in ReportVocabulary.warnings(report) { out += ["", "**\(words.warning)\(words.colon.dropLast())** " + Self.escape(warning)] }
        return out
    }
}
