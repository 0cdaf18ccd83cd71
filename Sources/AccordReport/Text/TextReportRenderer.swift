import AccordCore

/// The report for the terminal: headline and largest gaps first, then each dimension with
/// its questions. Lines never exceed `width` characters (escape codes aside), and without
/// colour every meaning is still in the words.
public struct TextReportRenderer: ReportRenderer {
    /// The terminal width in characters (at least 40 is used).
    public var width: Int
    /// Whether ANSI colour may be used (the caller decides: a TTY and no `NO_COLOR`).
    public var colour: Bool
    /// The language of the report's own words and numbers (one of `ReportLanguage.available`).
    public var language: Language

    /// Creates a text renderer.
    public init(width: Int = 80, colour: Bool = false, language: Language = .english) {
        self.width = max(width, 40)
        self.colour = colour
        self.language = language
    }

    /// The report as terminal text, ending with a newline, with every control character
    /// but its own colours made visible (`TerminalText`).
    public func render(_ report: GapReport) -> String {
        ReportWords.rendering(in: language) { renderText(report) }
    }

    private var words: ReportWords { ReportWords.current }

    private func renderText(_ report: GapReport) -> String {
        var out = TextOutput(width: width, style: TerminalStyle(enabled: colour))
        header(report, &out)
        findings(report, &out)
        actions(report, &out)
        dimensionSummary(report, &out)
        drivers(report, &out)
        for dimension in report.dimensions {
            out.rule(ReportVocabulary.dimensionHeading(dimension, report))
            for line in ReportVocabulary.dimensionNotes(dimension, report) {
                out.paragraph(line, indent: "  ")
            }
            for question in report.questions(in: dimension.id) { self.question(question, report, &out) }
        }
        let others = report.questionsOutsideDimensions
        if !others.isEmpty {
            out.rule(words.otherQuestions)
            for question in others { self.question(question, report, &out) }
        }
        comments(report, &out)
        anonymity(report, &out)
        // Workshop text and comments reach the terminal inert: only the report's own colours.
        return TerminalText.inert(keepingStyles: out.text)
    }

    private func header(_ report: GapReport, _ out: inout TextOutput) {
        out.line(out.style.bold(words.reportTitle))
        out.paragraph(words.titleAndVersion(report.workshop.title, report.workshop.version))
        out.paragraph(words.sessionLine(report.session.id, report.partnerA, report.partnerB, report.round))
        if report.isPreview {
            out.blank()
            out.paragraph(ReportVocabulary.previewNotice(report), style: out.style.warning)
        }
        out.blank()
        out.paragraph(ReportVocabulary.headline(report), style: out.style.bold)
        out.blank()
        out.paragraph(words.whoAnswered, style: out.style.bold)
        let parts = report.groups.map { summary in
            summary.suppressed || summary.n == nil
                ? "\(ReportVocabulary.group(summary.group)) \(ReportVocabulary.hidden)"
                : "\(ReportVocabulary.group(summary.group)) \(summary.n!)"
        }
        out.items(parts, indent: "  ")
    }

    private func findings(_ report: GapReport, _ out: inout TextOutput) {
        let sections: [(String, Gap.Kind)] = [
            (words.largestPartnerGaps(report.partnerA, report.partnerB), .partners),
            (words.largestLevelGaps, .levels),
        ]
        for (title, kind) in sections {
            out.blank()
            out.paragraph(title, style: out.style.bold)
            let found = Finding.largest(kind, in: report)
            if found.isEmpty {
                out.paragraph(ReportVocabulary.noFindings(kind, in: report), indent: "  ")
            }
            for (index, finding) in found.enumerated() {
                out.paragraph(finding.sentence, indent: "  \(index + 1). ", hanging: "     ")
            }
        }
        out.blank()
        out.paragraph(ReportVocabulary.comparisonsNote(report), style: out.style.dim)
    }

    private func drivers(_ report: GapReport, _ out: inout TextOutput) {
        guard let introduction = ReportVocabulary.driverIntroduction(report) else { return }
        out.blank()
        out.paragraph(words.drivers, style: out.style.bold)
        out.paragraph(introduction, style: out.style.dim)
        for (_, title, lines) in ReportVocabulary.driverGroups(report) {
            out.paragraph(title, indent: "  ")
            for line in lines { out.paragraph(line, indent: "    • ", hanging: "      ") }
        }
    }

    private func dimensionSummary(_ report: GapReport, _ out: inout TextOutput) {
        guard !report.dimensions.isEmpty else { return }
        out.blank()
        out.paragraph(words.alignmentByDimension, style: out.style.bold)
        let labelWidth = min(max(report.dimensions.map(\.title.count).max() ?? 10, 10), 28, width / 3)
        let trends = report.dimensions.map { ReportVocabulary.dimensionTrend($0, report).map { "  " + $0 } ?? "" }
        let room = width - 2 - labelWidth - 4 - (trends.map(\.count).max() ?? 0) - 1
        let barWidth = min(room, 30)
        for (dimension, trend) in zip(report.dimensions, trends) {
            // A long name wraps onto lines of its own; its last line carries the bar.
            let name = TextWrapping.wrap(dimension.title, width: labelWidth)
            for line in name.dropLast() { out.line("  " + line) }
            var line = "  " + TextWrapping.fit(name.last ?? "", labelWidth) + " "
            line += TextWrapping.fit(NumberText.index(dimension.alignment), 3, alignRight: true)
            if barWidth >= 5 {
                let filled = dimension.alignment.map { Int(($0 / 100 * Double(barWidth)).rounded()) } ?? 0
                line += " " + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
            }
            if line.count + trend.count <= width {
                out.line(line + trend)
            } else {
                out.line(line)
                if !trend.isEmpty { out.paragraph(trend.trimmingPrefix("  ").description, indent: "      ") }
            }
        }
    }

    private func comments(_ report: GapReport, _ out: inout TextOutput) {
        guard !report.comments.isEmpty else { return }
        out.rule(words.comments)
        out.paragraph(words.commentsNote(report.anonymity.minGroupSizeForText), style: out.style.dim)
        for group in report.comments {
            out.blank()
            out.paragraph("\(report.prompt(of: group.questionID)) (\(ReportVocabulary.group(group.group)))", style: out.style.bold)
            for comment in group.comments { out.paragraph(comment, indent: "  • ", hanging: "    ") }
            if let note = NumberText.commentSample(group) { out.paragraph(note, indent: "  ", style: out.style.dim) }
        }
    }

    private func anonymity(_ report: GapReport, _ out: inout TextOutput) {
        out.rule(words.anonymity)
        out.paragraph(ReportVocabulary.anonymityRule(report) + words.anonymityNever0(report.anonymity.minGroupSizeForText))
        for warning in ReportVocabulary.warnings(report) { out.paragraph(words.warning + words.colon + warning, style: out.style.warning) }
        if !report.anonymity.suppressions.isEmpty {
            out.paragraph(
                words.hiddenList + report.anonymity.suppressions.map { ReportVocabulary.group($0.group) }.joined(separator: ", ") + ".")
        }
    }
}
