import AccordCore

/// The words every human-readable format uses for groups, bands and hidden values, so the
/// text, Markdown and HTML reports say the same thing the same way, in the report's language
/// (`ReportWords.current`).
enum ReportVocabulary {
    /// The report's words.
    static var words: ReportWords { ReportWords.current }

    /// A group as a label (tables, lists): `Globex`, `Globex · Execution`, `Management`, `Everyone`.
    static func group(_ group: GroupKey) -> String {
        switch (group.partner, group.level) {
        case (let partner?, let level?): words.cell(partner, level)
        case (let partner?, nil): partner
        case (nil, let level?): words.levelTitle(level)
        case (nil, nil): words.everyone
        }
    }

    /// A group as the subject of a sentence: `Globex`, `Globex execution`, `Management`, `Everyone`.
    static func subject(_ group: GroupKey) -> String {
        switch (group.partner, group.level) {
        case (let partner?, let level?): words.cellSubject(partner, level)
        case (nil, let level?): words.levelSubject(level)
        default: self.group(group)
        }
    }

    /// A group inside a sentence (levels in lower case): `management`, `Acme execution`.
    static func object(_ group: GroupKey) -> String {
        if group.partner == nil, let level = group.level { return words.levelInSentence(level) }
        return subject(group)
    }

    /// How a hidden group is shown in place of its numbers: never as 0, and the same words for
    /// every hidden group. A reason per group ("fewer than 3", "protects a smaller group") would
    /// bound its count: with Acme shown as 4, two Acme cells "fewer than 3" are 2 and 2.
    static var hidden: String { words.hidden }

    /// The readable name of an rwg band.
    static func agreement(_ rwg: Double?) -> String {
        guard let rwg else { return "—" }
        return words.agreement(AgreementLevel(rwg: rwg))
    }

    /// What the findings list says when it has nothing to show.
    static func noFindings(_ kind: Gap.Kind, in report: GapReport) -> String {
        report.allGapsHidden(kind) ? words.noFindingsHidden : words.noFindings
    }

    /// The preview notice for an open round.
    static func previewNotice(_ report: GapReport) -> String {
        words.previewNotice(report.round)
    }

    /// The headline: the alignment index and, when compared, its change.
    static func headline(_ report: GapReport) -> String {
        var line = words.alignmentIndex(NumberText.index(report.alignment))
        if let comparison = report.comparison {
            if let base = comparison.baseAlignment, let now = report.alignment {
                line += words.indexChange(NumberText.signed(now - base, 0), comparison.baseRound, NumberText.index(base))
            } else {
                line += words.indexNoBase(comparison.baseRound)
            }
        }
        return line
    }

    /// A category label with its key when they differ (`4 Agree`).
    static func category(_ category: AnswerCategory) -> String {
        category.label == category.key || Int(category.key) == nil ? category.label : "\(category.key) \(category.label)"
    }
}

extension ReportVocabulary {
    /// `Trust · alignment 64`.
    static func dimensionHeading(_ dimension: DimensionReport, _ report: GapReport) -> String {
        var heading = words.dimensionHeading(dimension.title, NumberText.index(dimension.alignment))
        if let trend = dimensionTrend(dimension, report) { heading += " (\(trend))" }
        return heading
    }

    /// `+4 since round 1`, when the report is compared with an earlier round.
    static func dimensionTrend(_ dimension: DimensionReport, _ report: GapReport) -> String? {
        guard let comparison = report.comparison else { return nil }
        guard let base = comparison.baseDimensionAlignment[dimension.id] ?? nil, let now = dimension.alignment else {
            return words.noRoundValue(comparison.baseRound)
        }
        return words.sinceRound(NumberText.signed(now - base, 0), comparison.baseRound)
    }

    /// A question's understanding gaps as lines, worded once in the model
    /// (`UnderstandingGap.lines(_:prompt:wording:)`): each shown gap, then one line naming the
    /// question for the hidden ones.
    static func understanding(_ question: QuestionReport) -> [String] {
        UnderstandingGap.lines(question.understandingGaps, prompt: question.prompt, wording: words.understanding)
    }

    /// A shown understanding gap's guess, real answer and gap for a table: means (scale),
    /// medians (number), each side's most frequent answer with its share and the TVD (choice, yes/no).
    static func understandingCells(_ gap: UnderstandingGap) -> [String] {
        if let tvd = gap.tvd, let guess = gap.predictedTop, let real = gap.actualTop {
            let top = { (answer: UnderstandingGap.TopAnswer) in "\(answer.label) \(NumberText.fixed(answer.share * 100, 0))" + words.percentCell }
            return [top(guess), top(real), "\(words.tvd) \(NumberText.fixed(tvd, 2))"]
        }
        if gap.predictedMedian != nil || gap.actualMedian != nil {
            return ["\(words.medianWord) " + NumberText.fixed(gap.predictedMedian, 1),
                    "\(words.medianWord) " + NumberText.fixed(gap.actualMedian, 1), NumberText.signed(gap.gap, 1)]
        }
        return [NumberText.fixed(gap.predictedMean, 1), NumberText.fixed(gap.actualMean, 1), NumberText.signed(gap.gap, 1)]
    }

    /// A gap's statistics in a short line: `Acme → Globex: −1.4 (large, δ −0.62, p = 0.004), dispersed`.
    static func gapLine(_ gap: Gap, _ question: QuestionReport, in report: GapReport) -> String {
        let label = "\(group(gap.from)) → \(group(gap.to))"
        if gap.suppressed { return label + words.colon + hidden }
        var parts: [String] = []
        if let magnitude = gap.magnitude { parts.append(words.magnitude(magnitude)) }
        if let delta = gap.cliffsDelta { parts.append("δ \(NumberText.fixed(delta, 2))") }
        if let tvd = gap.tvd, !question.isNumeric { parts.append("\(words.tvd) \(NumberText.fixed(tvd, 2))") }
        if let tau = gap.kendallTau { parts.append("τ \(NumberText.fixed(tau, 2))") }
        let finding = Finding(question: question, gap: gap)
        if let note = finding.pNote { parts.append(note) }
        var line = label + words.colon
        if let difference = gap.meanDifference { line += NumberText.signed(difference, 2) + " " }
        if let interval = intervalNote(gap) { parts.append(interval) }
        if !parts.isEmpty {
            line += gap.meanDifference == nil ? parts.joined(separator: ", ") : "(\(parts.joined(separator: ", ")))"
        }
        if gap.dispersed { line += ", " + words.dispersed }
        if let change = changeNote(gap, question, in: report) {
            line += words.semicolon + change
        } else if let base = report.baseGap(for: gap, in: question.id), let round = report.comparison?.baseRound {
            if base.suppressed {
                line += words.semicolon + words.roundValue(round, hidden)
            } else if let was = base.meanDifference {
                line += words.semicolon + words.roundValue(round, NumberText.signed(was, 2))
            }
        }
        return line
    }
}

extension ReportVocabulary {
    /// The short name of an rwg band for tables: `none`, `weak`, …, `very strong`.
    static func agreementBand(_ band: AgreementLevel) -> String {
        words.agreementBand(band)
    }

    /// The anonymity rule, said once for all hidden groups.
    static func anonymityRule(_ report: GapReport) -> String {
        words.anonymityRule(report.anonymity.minGroupSize)
    }

    /// The report's anonymity warnings in its language, for every format.
    static func warnings(_ report: GapReport) -> [String] {
        report.anonymity.warnings.map(words.disclosureWarning)
    }
}
