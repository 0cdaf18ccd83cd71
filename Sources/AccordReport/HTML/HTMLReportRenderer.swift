import AccordCore

/// One self-contained HTML page to project in the room: no network (no external CSS, script,
/// font or image; a Content-Security-Policy forbids them), every chart inline SVG, every
/// piece of participant or workshop text escaped and isolated for its own writing direction
/// (`<bdi>` or `dir="auto"`), and readable printed in black and white.
public struct HTMLReportRenderer: ReportRenderer {
    /// Creates an HTML renderer.
    /// The language of the report's own words, which sets the page's `lang` and `dir`;
    /// the workshop's texts (any language, any direction) are isolated where they appear.
    public var language: Language

    /// Creates an HTML renderer writing its own words in `language` (one of `ReportLanguage.available`).
    public init(language: Language = .english) {
        self.language = language
    }

    /// The HTML document.
    public func render(_ report: GapReport) -> String {
        ReportWords.rendering(in: language) { page(report) }
    }

    var words: ReportWords { ReportWords.current }

    private func page(_ report: GapReport) -> String {
        let e = HTMLText.escape, i = HTMLText.isolated
        let language = words.code
        var html = [
            "<!DOCTYPE html>", "<html lang=\"\(language)\" dir=\"\(HTMLText.direction(language: language))\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Accord\">",
            "<title>\(e(words.pageTitle(report.workshop.title, report.round, report.isPreview)))</title>",
            "<style>\n\(HTMLStyle.css)\n\(HTMLStyle.pageHeader(report))\n</style>", "</head>", "<body>",
            "<svg class=\"patterns\" aria-hidden=\"true\" focusable=\"false\">\(SVGPatterns.definitions)</svg>",
            "<header>",
            "<h1 dir=\"auto\">\(e(report.workshop.title))</h1>",
            "<p class=\"meta\">" + words.pageMeta(
                i(report.partnerA), i(report.partnerB), report.round, "<code>\(e(report.session.id))</code>",
                e(report.workshop.version)) + "</p>",
        ]
        if report.isPreview { html.append("<p class=\"preview\">\(e(ReportVocabulary.previewNotice(report)))</p>") }
        html.append("</header>")
        html += headline(report)
        html += findings(report)
        html += actions(report)
        html += overview(report)
        html += understanding(report)
        html += drivers(report)
        html += trend(report)
        for dimension in report.dimensions {
            html.append("<section><h2>\(e(ReportVocabulary.dimensionHeading(dimension, report)))</h2>")
            for line in ReportVocabulary.dimensionNotes(dimension, report) {
                html.append("<p class=\"legend\">\(e(line))</p>")
            }
            html += report.questions(in: dimension.id).flatMap { question($0, report) }
            html.append("</section>")
        }
        let others = report.questionsOutsideDimensions
        if !others.isEmpty {
            html.append("<section><h2>\(e(words.otherQuestions))</h2>")
            html += others.flatMap { question($0, report) }
            html.append("</section>")
        }
        html += comments(report)
        html += methods(report)
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// A chart in both layouts; the stylesheet shows the narrow one on a phone, the wide one
    /// elsewhere and on paper.
    static func figure(_ chart: (ChartLayout) -> String) -> String {
        "<figure class=\"wide\">\(chart(.wide))</figure><figure class=\"narrow\">\(chart(.narrow))</figure>"
    }

    private func headline(_ report: GapReport) -> [String] {
        var change = ""
        if let comparison = report.comparison, let base = comparison.baseAlignment, let now = report.alignment {
            change = "<p>" + words.wasIndex(NumberText.signed(now - base, 0), comparison.baseRound, NumberText.index(base))
                + "</p>"
        }
        let sizes = report.groups.map { summary in
            "<td\(summary.suppressed ? " class=\"hidden\"" : "")>"
                + (summary.suppressed || summary.n == nil ? ReportVocabulary.hidden : String(summary.n!))
                + "</td>"
        }
        return [
            "<section class=\"headline\" aria-label=\"\(HTMLText.escape(words.alignmentIndexLabel))\">",
            "<div><div class=\"index\">\(NumberText.index(report.alignment))<small> / 100</small></div>"
                + "<div class=\"legend\">\(HTMLText.escape(words.alignmentIndexLegend))</div></div>",
            change, "</section>",
            // One row per group, so the table stays narrow however many groups there are.
            "<table class=\"counts\"><caption class=\"legend\">\(HTMLText.escape(words.whoAnswered))</caption>"
                + zip(report.groups, sizes).map { "<tr><th>\(HTMLText.isolated(ReportVocabulary.group($0.group)))</th>\($1)</tr>" }.joined() + "</table>",
        ]
    }

    private func findings(_ report: GapReport) -> [String] {
        let e = HTMLText.escape
        var html = ["<section><h2>\(e(words.largestGaps))</h2>", "<div class=\"findings\">"]
        for (title, kind) in [(words.partnersAnd(report.partnerA, report.partnerB), Gap.Kind.partners),
                              (words.managementAndExecution, .levels)] {
            html.append("<div><h3>\(e(title))</h3>")
            let found = Finding.largest(kind, in: report)
            if found.isEmpty { html.append("<p>\(e(ReportVocabulary.noFindings(kind, in: report)))</p>") }
            html.append("<ol>" + found.map { "<li>\(e($0.sentence))</li>" }.joined() + "</ol></div>")
        }
        html.append("</div>")
        html.append("<p class=\"legend\">" + words.findingsLegendHTML + "\(e(ReportVocabulary.comparisonsNote(report)))</p></section>")
        return html
    }

    private func overview(_ report: GapReport) -> [String] {
        guard !report.dimensions.isEmpty else { return [] }
        let a = HTMLText.isolated(report.partnerA), b = HTMLText.isolated(report.partnerB), e = HTMLText.escape
        return [
            "<section><h2>\(e(words.scoresByGroup))</h2>",
            "<p class=\"legend\">\(e(words.scoresLegend))</p>",
            Self.figure { Heatmap(report: report, layout: $0).markup },
            "<h3>\(words.sideBySide(a, b))</h3>",
            Self.figure { Radar(report: report, layout: $0).markup },
            "<h3>\(e(words.partnerDumbbells))</h3>",
            Self.figure { Dumbbell(report: report, gap: { $0.overallPartnerGap }, fromName: report.partnerA, toName: report.partnerB, layout: $0).markup },
            "<h3>\(e(words.levelDumbbells))</h3>",
            Self.figure {
                Dumbbell(report: report, gap: { $0.overallLevelGap }, fromName: words.levelTitle(.management),
                         toName: words.levelTitle(.execution), layout: $0).markup
            },
            "<p class=\"legend\">\(e(words.dumbbellLegend))</p>",
            "</section>",
        ]
    }
}
