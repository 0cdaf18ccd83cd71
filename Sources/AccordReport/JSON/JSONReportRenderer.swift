import AccordCore

/// The report as the JSON contract of `product.md` (checked against
/// `schema/report.schema.json`), with extra fields after the contract's. Keys keep a fixed
/// order; a statistic that does not apply or is suppressed is an explicit `null`.
public struct JSONReportRenderer: ReportRenderer {
    /// The language of the human-readable strings (the anonymity rule, understanding-gap
    /// sentences); keys, enum values and numbers never change with it.
    public var language: Language

    /// Creates a JSON renderer.
    public init(language: Language = .english) {
        self.language = language
    }

    /// Pretty-printed JSON with a final newline.
    public func render(_ report: GapReport) -> String {
        var text = ""
        render(report, into: &text)
        return text
    }

    /// Writes the JSON to `output` as it is printed: no string of the whole document is built.
    public func render<Output: TextOutputStream>(_ report: GapReport, into output: inout Output) {
        ReportWords.rendering(in: language) { document(report).write(to: &output) }
        output.write("\n")
    }

    func document(_ report: GapReport) -> OrderedJSON {
        .object([
            ("formatVersion", .int(GapReport.formatVersion)),
            ("workshop", .object([
                ("id", .string(report.workshop.id)), ("version", .string(report.workshop.version)),
                ("title", .string(report.workshop.title)), ("sha256", .string(report.workshop.sha256)),
            ])),
            ("session", .object([
                ("id", .string(report.session.id)), ("partners", .array(report.session.partners.map(OrderedJSON.string))),
            ])),
            ("round", .int(report.round)),
            ("anonymity", anonymity(report)),
            ("groups", .array(report.groups.map { summary in
                .object(Self.key(summary.group) + [
                    ("n", .integer(summary.suppressed ? nil : summary.n)), ("suppressed", .bool(summary.suppressed)),
                ])
            })),
            ("questions", .array(report.questions.map { question($0, report) })),
            ("dimensions", .array(report.dimensions.map { dimension($0, report) })),
            ("alignment", .number(report.alignment)),
            ("preview", .bool(report.isPreview)),
            ("warnings", .array(ReportVocabulary.warnings(report).map(OrderedJSON.string))),
            ("comments", .array(report.comments.map { group in
                .object([
                    ("questionId", .string(group.questionID)), ("group", .object(Self.key(group.group))),
                    ("comments", .strings(group.comments)),
                ] + (group.isSample ? [("total", .int(group.total))] : []))
            })),
            ("comparison", comparison(report)),
        ] + actions(report) + reliability(report))
    }

    private func anonymity(_ report: GapReport) -> OrderedJSON {
        .object([
            ("minGroupSize", .int(report.anonymity.minGroupSize)),
            ("minGroupSizeForText", .int(report.anonymity.minGroupSizeForText)),
            ("warnings", .array(ReportVocabulary.warnings(report).map(OrderedJSON.string))),
            ("rule", .string(ReportVocabulary.anonymityRule(report))),
            // The hidden groups with no reason each: a reason per group would bound its count.
            ("suppressions", .array(report.anonymity.suppressions.map { .object(Self.key($0.group)) })),
        ])
    }

    private func question(_ question: QuestionReport, _ report: GapReport) -> OrderedJSON {
        let keys = question.categories.map(\.key)
        return .object([
            ("id", .string(question.id)), ("type", .string(question.type.rawValue)),
            ("dimension", .text(question.dimension)),
            ("groups", .array(question.groups.map { shown in
                // A hidden group's numbers are never written, whatever the model holds.
                let group = shown.suppressed ? QuestionGroupStatistics.suppressed(shown.group) : shown
                return .object(Self.key(group.group) + [
                    ("suppressed", .bool(group.suppressed)), ("n", .integer(group.n)),
                    ("mean", .number(group.mean)), ("sd", .number(group.sd)), ("median", .number(group.median)),
                    ("rwg", .number(group.rwg)), ("counts", Self.map(group.counts, keys, OrderedJSON.int)),
                    ("dontKnow", .integer(group.dontKnow)), ("preferNotToSay", .integer(group.preferNotToSay)),
                    ("adm", .number(group.adm)),
                    ("selectionRates", Self.map(group.selectionRates, keys, { OrderedJSON.number($0) })),
                    ("meanRanks", Self.map(group.meanRanks, keys, { OrderedJSON.number($0) })),
                ])
            })),
            ("gaps", .array(question.gaps.map { gap($0, keys) })),
            ("section", .string(question.section)), ("prompt", .string(question.prompt)),
            ("reverse", .bool(question.reverse)),
            ("categories", .array(question.categories.map { .object([("key", .string($0.key)), ("label", .string($0.label))]) })),
            ("understandingGaps", .array(question.understandingGaps.map { gap in
                let gap = gap.suppressed
                    ? UnderstandingGap(predictingPartner: gap.predictingPartner, aboutPartner: gap.aboutPartner, suppressed: true)
                    : gap
                return .object([
                    ("predictingPartner", .string(gap.predictingPartner)), ("aboutPartner", .string(gap.aboutPartner)),
                    ("suppressed", .bool(gap.suppressed)), ("predictedMean", .number(gap.predictedMean)),
                    ("actualMean", .number(gap.actualMean)), ("gap", .number(gap.gap)),
                    ("predictedMedian", .number(gap.predictedMedian)), ("actualMedian", .number(gap.actualMedian)),
                    ("tvd", .number(gap.tvd)), ("predictedTop", Self.top(gap.predictedTop)),
                    ("actualTop", Self.top(gap.actualTop)),
                    ("actualShareOfPredictedTop", .number(gap.actualShareOfPredictedTop)),
                    ("sentence", gap.sentence(ReportWords.current.understanding).map(OrderedJSON.string) ?? .null),
                ])
            })),
        ])
    }

    /// A most frequent answer with its share, or `null`.
    private static func top(_ answer: UnderstandingGap.TopAnswer?) -> OrderedJSON {
        guard let answer else { return .null }
        return .object([("key", .string(answer.key)), ("label", .string(answer.label)), ("share", .number(answer.share))])
    }

    private func gap(_ shown: Gap, _ keys: [String]) -> OrderedJSON {
        let gap = shown.suppressed
            ? Gap(kind: shown.kind, partner: shown.partner, from: shown.from, to: shown.to, suppressed: true) : shown
        return .object([
            ("kind", .string(gap.kind.rawValue)), ("partner", .text(gap.partner)),
            ("from", .object(Self.key(gap.from))), ("to", .object(Self.key(gap.to))),
            ("meanDifference", .number(gap.meanDifference)), ("cliffsDelta", .number(gap.cliffsDelta)),
            ("emd", .number(gap.emd)), ("tvd", .number(gap.tvd)), ("kendallTau", .number(gap.kendallTau)),
            ("pValue", .number(gap.pValue)), ("suppressed", .bool(gap.suppressed)),
            ("rateDifferences", Self.map(gap.rateDifferences, keys, { OrderedJSON.number($0) })),
            ("minimumPValue", .number(gap.minimumPValue)), ("normalizedGap", .number(gap.normalizedGap)),
            ("dispersed", gap.suppressed ? .null : .bool(gap.dispersed)),
            ("magnitude", .text(gap.magnitude?.rawValue)),
            ("qValue", .number(gap.qValue)), ("ciLow", .number(gap.ciLow)), ("ciHigh", .number(gap.ciHigh)),
        ])
    }

    private func dimension(_ dimension: DimensionReport, _ report: GapReport) -> OrderedJSON {
        .object([
            ("id", .string(dimension.id)), ("title", .string(dimension.title)),
            ("alignment", .number(dimension.alignment)),
            ("scores", .array(dimension.scores.map {
                .object(Self.key($0.group) + [("score", .number(report.score(dimension, $0.group)))])
            })),
        ] + consistencyAndDrivers(dimension, report))
    }

    private func comparison(_ report: GapReport) -> OrderedJSON {
        guard let comparison = report.comparison else { return .null }
        let dimensionIDs = report.dimensions.map(\.id)
            + comparison.baseDimensionAlignment.keys.sorted().filter { !report.dimensions.map(\.id).contains($0) }
        let questionIDs = report.questions.map(\.id).filter { comparison.baseGaps[$0] != nil }
            + comparison.baseGaps.keys.sorted().filter { report.question($0) == nil }
        return .object([
            ("round", .int(comparison.baseRound)), ("alignment", .number(comparison.baseAlignment)),
            ("dimensions", .array(dimensionIDs.compactMap { id in
                comparison.baseDimensionAlignment[id].map {
                    .object([
                        ("id", .string(id)), ("alignment", .number($0)),
                        ("movedBeyondNoise", .integer(comparison.dimensionMoves[id])),
                    ])
                }
            })),
            ("gaps", .array(questionIDs.map { id in
                .object([("questionId", .string(id)),
                         ("gaps", .array((comparison.baseGaps[id] ?? []).map { gap($0, report.question(id)?.categories.map(\.key) ?? []) })),
                         ("changes", changes(id, report))])
            })),
        ])
    }

    /// `{partner, level}` of a group, `null` for "all".
    static func key(_ group: GroupKey) -> [(String, OrderedJSON)] {
        [("partner", .text(group.partner)), ("level", .text(group.level?.rawValue))]
    }

    /// A dictionary in category order (then any other keys sorted), or `null`.
    static func map<Value>(_ values: [String: Value]?, _ order: [String], _ node: (Value) -> OrderedJSON) -> OrderedJSON {
        guard let values else { return .null }
        let keys = order.filter { values[$0] != nil } + values.keys.filter { !order.contains($0) }.sorted()
        return .object(keys.map { ($0, node(values[$0]!)) })
    }
}
