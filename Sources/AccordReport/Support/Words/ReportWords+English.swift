import AccordCore

extension ReportWords {
    /// The report in English.
    static let english: ReportWords = ReportWords(
        language: .english, dropsLeadingZero: true, colon: ": ", semicolon: "; ", percentSuffix: "%", percentCell: " %",
        levelSubject: { $0.title },
        everyone: "Everyone", levelTitle: { $0.title }, levelInSentence: { $0.rawValue },
        cell: { "\($0) · \($1.title)" }, cellSubject: { "\($0) \($1.rawValue)" }, hidden: "hidden",
        magnitude: { $0.rawValue },
        agreement: { band in
            switch band {
            case .none: "no agreement"
            case .weak: "weak agreement"
            case .moderate: "moderate agreement"
            case .strong: "strong agreement"
            case .veryStrong: "very strong agreement"
            }
        },
        agreementBand: { $0 == .veryStrong ? "very strong" : $0.rawValue },
        questionType: { $0.rawValue }, dispersed: "dispersed",
        reportTitle: "ACCORD ALIGNMENT REPORT",
        titleAndVersion: { "\($0) · version \($1)" },
        sessionLine: { "Session \($0) · \($1) and \($2) · round \($3)" },
        documentTitle: { "\($0): alignment report" },
        documentMeta: { "Session \($0) · \($1) and \($2) · round \($3) · workshop version \($4)" },
        pageTitle: { "\($0): alignment report, round \($1)\($2 ? " (preview)" : "")" },
        pageMeta: { "Alignment report · \($0) and \($1) · round \($2) · session \($3) · workshop version \($4)" },
        printHeader: { "\($0) · session \($1) · round \($2)" + ($3 ? " (preview)" : "") },
        previewNotice: {
            "PREVIEW: round \($0) is still open. These numbers will change as more people answer; "
                + "the final report is made when the round is closed."
        },
        alignmentIndex: { "Alignment index: \($0) / 100" },
        indexChange: { " (\($0) since round \($1), was \($2))" },
        indexNoBase: { " (round \($0) had no index to compare)" },
        whoAnswered: "Who answered", participants: "Participants",
        largestPartnerGaps: { "Largest gaps between \($0) and \($1)" },
        largestLevelGaps: "Largest gaps between management and execution",
        largestGaps: "The largest gaps", partnersAnd: { "\($0) and \($1)" },
        managementAndExecution: "Management and execution",
        findingsLegendHTML: "Ranked by effect size and agreement, never by p alone. <em>Dispersed</em>: one of the "
            + "groups does not agree with itself, so the gap is not a clean misalignment. ",
        noFindingsHidden: "Hidden: a group this comparison needs is hidden (see Anonymity).",
        noFindings: "No gap larger than negligible.",
        agreedActions: "Agreed actions", alignmentByDimension: "Alignment by dimension (0–100)", alignmentHeading: "Alignment by dimension",
        dimension: "Dimension", alignmentColumn: "Alignment (0–100)", sinceRoundColumn: { "Since round \($0)" },
        scoreTableIntro: "Dimension scores per group (0–100; higher is more favourable):",
        drivers: "What drives the outcome", otherQuestions: "Other questions", comments: "Comments",
        commentsNote: { "Shown shuffled, without dates, only for groups of at least \($0)." },
        commentsNoteMasked: {
            "Shown shuffled, without dates, only for groups of at least \($0); emails, phone numbers and links masked."
        },
        commentSample: { "A random sample of \($0) of \($1) comments; all of them are in the export." },
        anonymity: "Anonymity",
        anonymityRule: {
            AnonymityReport(minGroupSize: $0, minGroupSizeForText: $0, warnings: [], suppressions: []).rule
        },
        anonymityNever0: { " Hidden groups show no numbers and are never shown as 0; comments need \($0)." },
        warning: "Warning",
        disclosureWarning: { warning in
            switch warning {
            case .thresholdBelowRecommended(let setting, let value, let recommended):
                "\(setting.rawValue) is \(value), below \(recommended): every reader who also answered can remove their "
                    + "own answer, so a group of \(value) protects \(value - 1) \(value - 1 == 1 ? "other" : "others")."
            }
        },
        hiddenList: "Hidden: ", methods: "Methods", whatWasHidden: "What was hidden",
        snapshotNote: { "Workshop \($0) \($1), snapshot SHA-256 \($2)." },
        reverseWorded: "reverse-worded", freeText: "Free text: see Comments.", group: "Group",
        mean: "mean", sd: "sd", median: "median", agreementColumn: "agreement",
        dontKnow: "don't know", preferNotToSay: "prefer not to say",
        unsure: { "\($0) \($1) don't know, \($2) prefer not to say" },
        notAnswered: "Not answered: ", gapsHeader: "Gaps (to minus from):", understandingLabel: "Understanding: ",
        scaleLegend: "Scale: ", meanRank: "mean rank",
        multiNote: "Cells are the share of the group that picked the option.",
        rankNote: "Cells are mean ranks (1 = most important).", medianWord: "median",
        tvd: "TVD", cliffsDelta: "Cliff's δ", kendallTau: "Kendall τ", meanRateDifference: "mean rate difference",
        interval: { "95 % CI [\($0), \($1)]" },
        roundValue: { "round \($0): \($1)" },
        change: { "since round \($0): \($1) [\($2), \($3)], " + ($4 ? "within noise" : "beyond noise") },
        fdr: { "q \($0)" + ($1 ? ", holds at 5 % FDR" : ", not at 5 % FDR") },
        p: { "p \($0)" }, pUnreachable: "p < .05 cannot be reached with these group sizes",
        comparisons: { count, holding in
            guard count > 0 else { return "No comparison with a p-value was made, so none is tested for chance." }
            let verdict =
                holding == 0
                ? "none holds at 5 % FDR"
                : "\(holding) hold\(holding == 1 ? "s" : "") at 5 % FDR (about 1 in 20 of those may still be chance)"
            return "\(count) comparison\(count == 1 ? " was" : "s were") made (shown gaps with a p-value); "
                + "q adjusts p for all of them (Benjamini–Hochberg), and \(verdict)."
        },
        moved: { round, moved, questions in
            "Since round \(round), \(moved) of \(questions) question\(questions == 1 ? "" : "s") "
                + "moved beyond noise (the 95 % interval of the partner gap's change excludes 0)."
        },
        consistency: { parts, low in
            var line = "Internal consistency (Cronbach's α): " + parts.joined(separator: ", ") + "."
            if !low.isEmpty {
                line += " Below .70 for \(low.joined(separator: ", ")): the dimension's questions may not measure one "
                    + "thing there; read them one by one."
            }
            return line
        },
        dimensionHeading: { "\($0) · alignment \($1)" },
        sinceRound: { "\($0) since round \($1)" }, noRoundValue: { "no round \($0) value" },
        driverIntroduction: { outcome, pairs in
            "How strongly each dimension moves with '\(outcome)': Pearson's r between a "
                + "participant's own dimension score and their answer, with its 95 % interval. Needs at least "
                + "\(pairs) answers per group. "
                + "A strong driver with a low score is where to act first. r shows association, not cause."
        },
        driverUnknown: { "\($0): not enough answers to say (or no variation)" },
        driverLine: { "\($0): r = \($1) [\($2), \($3)], score \($4)" }, actHereFirst: "act here first",
        findingDifference: { to, prompt, size, scale, lower, from in
            let unit = scale ? (size == "1.0" ? " point" : " points") : ""
            return "\(to) \(scale ? "rates" : "answers") \(prompt) \(size)\(unit) \(lower ? "lower" : "higher") than \(from)"
        },
        findingSameAverage: { "\($0) rates \($1) about as high as \($2) on average, but answers differently" },
        findingMulti: { "\($0) and \($1) pick different answers to \($2)" },
        findingRank: { "\($0) and \($1) put \($2) in a different order" },
        findingChoice: { "\($0) and \($1) answer \($2) differently" },
        quote: { "'\($0)'" },
        due: { $1 ? "due by round \($0)" : "for round \($0)" },
        actionDimension: { "\($0) alignment: \($1) in round \($2), \($3) now" },
        agreedOn: { "Agreed on round \($0)'s results." },
        movement: .english, understanding: .english,
        understandingGaps: "Understanding gaps",
        understandingLegend: "Each participant also guessed how the other partner answers. A positive gap: the guess was too high.",
        question: "Question", whoGuessed: "Who guessed", about: "About", guess: "Guess", realAnswer: "Real answer",
        gap: "Gap",
        alignmentIndexLabel: "Alignment index",
        alignmentIndexLegend: "alignment index (100 = the partners answer alike)",
        wasIndex: { "<strong>\($0)</strong> since round \($1) (was \($2))" },
        scoresByGroup: "Dimension scores by group",
        scoresLegend: "0–100, higher is more favourable (reverse-worded questions flipped). Darker is higher; "
            + "the number is printed in each cell. Hatched: hidden.",
        sideBySide: { "\($0) and \($1) side by side" },
        partnerDumbbells: "Partner gaps: mean answer per question",
        levelDumbbells: "Management and execution: mean answer per question",
        dumbbellLegend: "Dashed bar: dispersed. The number is the gap (second minus first) with its size band.",
        shareLegend: "Share of the group that picked each option.",
        rankLegend: "Mean rank of each option (1 = most important).",
        trendSince: { "Trend since round \($0)" },
        trendLegend: "Alignment (0–100) per dimension; the thick line is the whole workshop.",
        wholeWorkshop: "Whole workshop", roundTitle: { "Round \($0)" },
        noAlignmentIn: { "\($0): no alignment in round \($1)" },
        trendChartLabel: { "Alignment by dimension, round \($0) against round \($1)" },
        distributionLabel: { "Answers to \"\($0)\" by group" }, noAnswers: "no answers",
        driverChartLabel: { "Driver chart for \($0): dimension score against driver strength" },
        driverAxis: "dimension score (0–100) →  ·  ↑ r",
        dumbbellLabel: { "Gap dumbbells: \($0) against \($1), mean answer per question" },
        noScaleQuestion: "No scale question to compare.",
        heatmapKey: { "\($0) (alignment \($1))" },
        heatmapLabel: "Heatmap of dimension scores (0 to 100) for each group",
        radarLabel: { "Radar of \($0) and \($1) dimension scores (0 to 100)" },
        solidLine: { "\($0) (solid line)" }, dashedLine: { "\($0) (dashed line)" },
        methodsEntries: englishMethods,
        anonymityEntry: { minimum in
            ("Anonymity",
             "A hidden group shows no numbers and no counts, and the report does not say "
                + "which of the two applies to it. Comments are shown only for groups of at least "
                + "\(minimum), shuffled, without dates, with emails, phone numbers and links masked.")
        },
        preview: "Preview",
        nothingHidden: "No group was hidden as a whole in this round; single questions may still hide groups that too few answered."
    )
}
