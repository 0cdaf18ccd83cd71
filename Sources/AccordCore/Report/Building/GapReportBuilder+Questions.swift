extension GapReportBuilder {
    /// Everything the report shows about one question. `disclosure` is the question's own
    /// (`Disclosure.byQuestion(in:answers:)`: the round's, refined by the real answers per group
    /// to the question and to every question linked to it): a group hidden for the question shows
    /// nothing for it, not even its "don't know" and "prefer not to say" counts (group size
    /// minus those would give the hidden n), no gap needs it, and it leaves the question out
    /// of its dimension scores (`score(of:group:)` reads only shown means).
    func questionReport(
        _ question: Question, aggregate: Aggregate, disclosure: Disclosure, groups: [GroupKey]
    ) -> QuestionReport {
        var tallies: [GroupKey: QuestionTally] = [:]
        for group in groups where disclosure.isShown(group) {
            tallies[group] = aggregate.tally(question.id, in: group)
        }
        let statistics = groups.map { group in
            tallies[group].map { Self.statistics(question, group: group, tally: $0) } ?? .suppressed(group)
        }
        let byGroup = Dictionary(uniqueKeysWithValues: statistics.map { ($0.group, $0) })
        return QuestionReport(
            id: question.id,
            type: question.type,
            dimension: question.dimension,
            section: workshop.section(containing: question.id)?.id ?? "",
            prompt: question.prompt.text(in: textLanguage),
            reverse: question.reverse,
            categories: Self.categories(question, in: textLanguage),
            groups: statistics,
            gaps: question.type == .text
                ? [] : gapPairs().map { gap(question, pair: $0, tallies: tallies, statistics: byGroup) },
            understandingGaps: understandingGaps(question, aggregate: aggregate, disclosure: disclosure)
        )
    }

    /// The answer categories in display order, keyed as in `counts`, labelled in `language`
    /// where the workshop has a translation.
    static func categories(_ question: Question, in language: String? = nil) -> [AnswerCategory] {
        switch question.kind {
        case .scale(let scale): scale.points.map { AnswerCategory(key: String($0.value), label: $0.label.text(in: language)) }
        case .choice(let options), .multi(let options, _, _), .rank(let options):
            options.map { AnswerCategory(key: $0.id, label: $0.label.text(in: language)) }
        case .yesno:
            [AnswerCategory(key: "yes", label: Catalogue.for(code: language).answers.yes),
             AnswerCategory(key: "no", label: Catalogue.for(code: language).answers.no)]
        case .number, .text: []
        }
    }

    /// The scale or number answers of a tally as value counts; `nil` for other types.
    static func valueCounts(_ question: Question, tally: QuestionTally) -> ValueCounts? {
        switch question.kind {
        case .scale(let scale): ValueCounts(scaleMin: scale.min, counts: tally.categories)
        case .number: ValueCounts(tally.numbers)
        default: nil
        }
    }

    /// A shown group's statistics for one question; `nil` for whatever does not apply.
    static func statistics(_ question: Question, group: GroupKey, tally: QuestionTally) -> QuestionGroupStatistics {
        var result = QuestionGroupStatistics(
            group: group, suppressed: false, n: tally.answered, dontKnow: tally.dontKnow,
            preferNotToSay: tally.preferNotToSay)
        if let values = valueCounts(question, tally: tally) {
            result.mean = values.mean
            result.sd = values.sd
            result.median = values.median
            result.adm = values.adm
        }
        let keys = categories(question).map(\.key)
        switch question.kind {
        case .scale(let scale):
            result.rwg = valueCounts(question, tally: tally)?.rwg(points: scale.count)
            result.counts = Dictionary(uniqueKeysWithValues: zip(keys, tally.categories))
        case .choice, .yesno:
            result.counts = Dictionary(uniqueKeysWithValues: zip(keys, tally.categories))
        case .multi:
            result.counts = Dictionary(uniqueKeysWithValues: zip(keys, tally.categories))
            if tally.answered > 0 {
                result.selectionRates = Dictionary(
                    uniqueKeysWithValues: zip(keys, tally.categories.map { Double($0) / Double(tally.answered) }))
            }
        case .rank:
            if tally.answered > 0 {
                result.meanRanks = Dictionary(
                    uniqueKeysWithValues: zip(
                        keys, rankSums(tally, options: keys.count).map { Double($0) / Double(tally.answered) }))
            }
        case .number, .text:
            break
        }
        return result
    }

    /// Per option, the sum of its 1-based positions over a rank question's answers.
    static func rankSums(_ tally: QuestionTally, options: Int) -> [Int] {
        (0..<options).map { option in
            (0..<options).reduce(0) { $0 + ($1 + 1) * tally.categories[option * options + $1] }
        }
    }

    /// For a prediction question: what each partner thinks the other answers beside what the
    /// other really answers (`statistics.md`, "Understanding gap"): means on a scale, medians on
    /// a number, the two distributions on a choice or yes/no question. Hidden when either
    /// partner is hidden for the question (`disclosure`, already refined by its answers) or
    /// has fewer real predictions than the threshold (refined again by the predictions).
    func understandingGaps(_ question: Question, aggregate: Aggregate, disclosure: Disclosure) -> [UnderstandingGap] {
        guard question.predict, question.type != .multi, question.type != .rank, question.type != .text else { return [] }
        let disclosure = disclosure.refined { aggregate.answers(to: question.id, in: $0, predictions: true) }
        return [(0, 1), (1, 0)].map { predicting, about in
            let predictingGroup = GroupKey(partner: session.partners[predicting])
            let aboutGroup = GroupKey(partner: session.partners[about])
            var result = UnderstandingGap(
                predictingPartner: session.partners[predicting], aboutPartner: session.partners[about],
                suppressed: !disclosure.areShown(predictingGroup, aboutGroup))
            guard !result.suppressed,
                let guesses = aggregate.tally(question.id, in: predictingGroup, predictions: true),
                let answers = aggregate.tally(question.id, in: aboutGroup)
            else { return result }
            Self.setUnderstanding(&result, question, guesses: guesses, answers: answers, labels: textLanguage)
            return result
        }
    }

    /// The statistics of a shown understanding gap, by question type.
    static func setUnderstanding(
        _ result: inout UnderstandingGap, _ question: Question, guesses: QuestionTally, answers: QuestionTally,
        labels language: String? = nil
    ) {
        switch question.kind {
        case .scale, .number:
            let predicted = valueCounts(question, tally: guesses)
            let actual = valueCounts(question, tally: answers)
            result.predictedMean = predicted?.mean
            result.actualMean = actual?.mean
            if question.type == .number {
                result.predictedMedian = predicted?.median
                result.actualMedian = actual?.median
                if let p = result.predictedMedian, let a = result.actualMedian { result.gap = p - a }
            } else if let p = result.predictedMean, let a = result.actualMean {
                result.gap = p - a
            }
        case .choice, .yesno:
            let categories = Self.categories(question, in: language)
            guard guesses.answered > 0, answers.answered > 0,
                let guessed = top(guesses.categories), let real = top(answers.categories)
            else { return }
            let share = { (count: Int, tally: QuestionTally) in Double(count) / Double(tally.answered) }
            result.tvd = GapStatistics.tvd(from: answers.categories, to: guesses.categories)
            result.gap = result.tvd
            result.predictedTop = UnderstandingGap.TopAnswer(
                key: categories[guessed].key, label: categories[guessed].label,
                share: share(guesses.categories[guessed], guesses))
            result.actualTop = UnderstandingGap.TopAnswer(
                key: categories[real].key, label: categories[real].label, share: share(answers.categories[real], answers))
            result.actualShareOfPredictedTop = share(answers.categories[guessed], answers)
        case .multi, .rank, .text:
            break
        }
    }

    /// The position of the most frequent category (the first of equals); `nil` when all are 0.
    static func top(_ counts: [Int]) -> Int? {
        guard let best = counts.max(), best > 0 else { return nil }
        return counts.firstIndex(of: best)
    }
}
