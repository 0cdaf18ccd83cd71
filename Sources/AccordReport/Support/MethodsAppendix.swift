import AccordCore

/// The methods appendix of the Markdown and HTML reports: how each number is computed and
/// what the anonymity rules hid, as plain-text paragraphs the formats mark up.
enum MethodsAppendix {
    /// (title, text) pairs, in reading order.
    static func entries(_ report: GapReport) -> [(String, String)] {
        var entries: [(String, String)] = [
            ("Who is compared",
             "Partner gaps compare \(report.partnerA) with \(report.partnerB): everyone, and within each level. "
                + "Level gaps compare management with execution: over both partners, and within each partner. "
                + "A gap is signed 'to' minus 'from'."),
            ("n, mean, sd, median",
             "n counts real answers; 'don't know' and 'prefer not to say' are counted beside it and left out of every "
                + "statistic. sd is the sample standard deviation (n − 1). The median of an even count is the mean of the middle two."),
            ("Agreement (rwg)",
             "rwg = 1 − s² / σ²eu with σ²eu = (A² − 1) / 12 for a scale of A points, clipped to 0–1. "
                + "Below .30 no agreement, below .50 weak, below .70 moderate, below .90 strong, else very strong. "
                + "A gap where either group's rwg is below .50 is marked dispersed: that group does not agree with itself, "
                + "so the gap is not a clean misalignment."),
            ("Effect size (Cliff's δ)",
             "The share of pairs where the 'to' group answers higher minus the share where it answers lower, from −1 to 1. "
                + "|δ| below .147 is negligible, below .33 small, below .474 medium, else large. "
                + "The largest gaps are ranked by this band, clean gaps before dispersed ones, then by |δ|: never by p alone."),
            ("Distribution distances",
             "EMD is the earth mover's distance between the two answer distributions divided by A − 1 (0–1). "
                + "TVD is half the sum of the absolute differences of the answer shares (0–1); for multiple choice it is the "
                + "mean absolute difference in selection rates. Kendall τ compares two groups' mean ranks (1 = same order)."),
            ("p-value",
             "A two-sided permutation test of the difference in means, exact for up to 60 answers and a normal approximation "
                + "above. With small groups p < .05 may be impossible (3 against 3 cannot go below 0.10); the report says so "
                + "rather than calling the gap 'not significant'."),
            ("Understanding gap",
             "For questions marked for prediction, each participant also guesses how the other partner answers. The "
                + "understanding gap is the mean guess minus the other partner's real mean (scale), the median guess "
                + "minus the real median (number), or the total variation distance between the guessed and the real "
                + "answers, with each side's most frequent answer (choice, yes/no)."),
            ("Dimension score and alignment index",
             "A group's dimension score is the mean over the dimension's scale questions of 100 × (mean − min) / (max − min), "
                + "reverse-worded questions flipped. A dimension's alignment is 100 × (1 − the mean normalised partner gap of "
                + "its questions); the workshop's alignment index is the mean over dimensions. 100 means the partners answer alike."),
            ("Anonymity",
             report.anonymity.rule + " A hidden group shows no numbers and no counts, and the report does not say "
                + "which of the two applies to it. Comments are shown only for groups of at least "
                + "\(report.anonymity.minGroupSizeForText), shuffled, without dates, with emails, phone numbers and links masked."),
        ]
        if report.isPreview {
            entries.append(("Preview", ReportVocabulary.previewNotice(report)))
        }
        return entries
    }

    /// The hidden groups, one a line, with no reason of their own (the rule is said once, in
    /// `entries`); a sentence saying so when nothing was hidden.
    static func suppressions(_ report: GapReport) -> [String] {
        let list = report.anonymity.suppressions.map { "\($0.group)" }
        return list.isEmpty ? ["No group was hidden as a whole in this round; single questions may still hide groups that too few answered."] : list
    }
}
