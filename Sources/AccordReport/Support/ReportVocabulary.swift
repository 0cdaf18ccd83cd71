import AccordCore

/// The words every human-readable format uses for groups, bands and hidden values, so the
/// text, Markdown and HTML reports say the same thing the same way.
enum ReportVocabulary {
    /// A group as the subject of a sentence: `Globex`, `Globex execution`, `Management`, `Everyone`.
    static func subject(_ group: GroupKey) -> String {
        switch (group.partner, group.level) {
        case (let partner?, let level?): "\(partner) \(level.rawValue)"
        case (let partner?, nil): partner
        case (nil, let level?): level.title
        case (nil, nil): "Everyone"
        }
    }

    /// A group inside a sentence (levels in lower case): `management`, `Acme execution`.
    static func object(_ group: GroupKey) -> String {
        if group.partner == nil, let level = group.level { return level.rawValue }
        return subject(group)
    }

    /// How a hidden group is shown in place of its numbers: never as 0, and the same words for
    /// every hidden group. A reason per group ("fewer than 3", "protects a smaller group") would
    /// bound its count: with Acme shown as 4, two Acme cells "fewer than 3" are 2 and 2.
    static let hidden = "hidden"

    /// The readable name of an rwg band.
    static func agreement(_ rwg: Double?) -> String {
        guard let rwg else { return "—" }
        switch AgreementLevel(rwg: rwg) {
        case .none: return "no agreement"
        case .weak: return "weak agreement"
        case .moderate: return "moderate agreement"
        case .strong: return "strong agreement"
        case .veryStrong: return "very strong agreement"
        }
    }

    /// What the findings list says when it has nothing to show.
    static func noFindings(_ kind: Gap.Kind, in report: GapReport) -> String {
        report.allGapsHidden(kind)
            ? "Hidden: a group this comparison needs is hidden (see Anonymity)."
            : "No gap larger than negligible."
    }

    /// The preview notice for an open round.
    static func previewNotice(_ report: GapReport) -> String {
        "PREVIEW: round \(report.round) is still open. These numbers will change as more people answer; "
            + "the final report is made when the round is closed."
    }

    /// The headline: the alignment index and, when compared, its change.
    static func headline(_ report: GapReport) -> String {
        var line = "Alignment index: \(NumberText.index(report.alignment)) / 100"
        if let comparison = report.comparison {
            if let base = comparison.baseAlignment, let now = report.alignment {
                line += " (\(NumberText.signed(now - base, 0)) since round \(comparison.baseRound), was \(NumberText.index(base)))"
            } else {
                line += " (round \(comparison.baseRound) had no index to compare)"
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
        var heading = "\(dimension.title) · alignment \(NumberText.index(dimension.alignment))"
        if let trend = dimensionTrend(dimension, report) { heading += " (\(trend))" }
        return heading
    }

    /// `+4 since round 1`, when the report is compared with an earlier round.
    static func dimensionTrend(_ dimension: DimensionReport, _ report: GapReport) -> String? {
        guard let comparison = report.comparison else { return nil }
        guard let base = comparison.baseDimensionAlignment[dimension.id] ?? nil, let now = dimension.alignment else {
            return "no round \(comparison.baseRound) value"
        }
        return "\(NumberText.signed(now - base, 0)) since round \(comparison.baseRound)"
    }

    /// A question's understanding gaps as lines, worded once in the model
    /// (`UnderstandingGap.lines(_:prompt:)`): each shown gap, then one line naming the question
    /// for the hidden ones.
    static func understanding(_ question: QuestionReport) -> [String] {
        UnderstandingGap.lines(question.understandingGaps, prompt: question.prompt)
    }

    /// A shown understanding gap's guess, real answer and gap for a table: means (scale),
    /// medians (number), each side's most frequent answer with its share and the TVD (choice, yes/no).
    static func understandingCells(_ gap: UnderstandingGap) -> [String] {
        if let tvd = gap.tvd, let guess = gap.predictedTop, let real = gap.actualTop {
            let top = { (answer: UnderstandingGap.TopAnswer) in "\(answer.label) \(NumberText.fixed(answer.share * 100, 0)) %" }
            return [top(guess), top(real), "TVD \(NumberText.fixed(tvd, 2))"]
        }
        if gap.predictedMedian != nil || gap.actualMedian != nil {
            return ["median " + NumberText.fixed(gap.predictedMedian, 1), "median " + NumberText.fixed(gap.actualMedian, 1),
                    NumberText.signed(gap.gap, 1)]
        }
        return [NumberText.fixed(gap.predictedMean, 1), NumberText.fixed(gap.actualMean, 1), NumberText.signed(gap.gap, 1)]
    }

    /// A gap's statistics in a short line: `Acme → Globex: −1.4 (large, δ −0.62, p = 0.004), dispersed`.
    static func gapLine(_ gap: Gap, _ question: QuestionReport, in report: GapReport) -> String {
        let label = "\(gap.from) → \(gap.to)"
        if gap.suppressed { return "\(label): \(hidden)" }
        var parts: [String] = []
        if let magnitude = gap.magnitude { parts.append(magnitude.rawValue) }
        if let delta = gap.cliffsDelta { parts.append("δ \(NumberText.fixed(delta, 2))") }
        if let tvd = gap.tvd, !question.isNumeric { parts.append("TVD \(NumberText.fixed(tvd, 2))") }
        if let tau = gap.kendallTau { parts.append("τ \(NumberText.fixed(tau, 2))") }
        let finding = Finding(question: question, gap: gap)
        if let note = finding.pNote { parts.append(note) }
        var line = label + ": "
        if let difference = gap.meanDifference { line += NumberText.signed(difference, 2) + " " }
        if let interval = intervalNote(gap) { parts.append(interval) }
        if !parts.isEmpty {
            line += gap.meanDifference == nil ? parts.joined(separator: ", ") : "(\(parts.joined(separator: ", ")))"
        }
        if gap.dispersed { line += ", dispersed" }
        if let change = changeNote(gap, question, in: report) {
            line += "; " + change
        } else if let base = report.baseGap(for: gap, in: question.id), let round = report.comparison?.baseRound {
            if base.suppressed {
                line += "; round \(round): hidden"
            } else if let was = base.meanDifference {
                line += "; round \(round): \(NumberText.signed(was, 2))"
            }
        }
        return line
    }
}

extension ReportVocabulary {
    /// The short name of an rwg band for tables: `none`, `weak`, …, `very strong`.
    static func agreementBand(_ band: AgreementLevel) -> String {
        band == .veryStrong ? "very strong" : band.rawValue
    }
}
