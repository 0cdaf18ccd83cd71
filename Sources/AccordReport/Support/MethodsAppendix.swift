import AccordCore

/// The methods appendix of the Markdown and HTML reports: how each number is computed and
/// what the anonymity rules hid, as plain-text paragraphs the formats mark up, in the
/// report's language (`ReportWords.methodsEntries`).
enum MethodsAppendix {
    /// (title, text) pairs, in reading order.
    static func entries(_ report: GapReport) -> [(String, String)] {
        let words = ReportWords.current
        let minimum = report.anonymity.minGroupSizeForText
        var entries = words.methodsEntries(report.partnerA, report.partnerB, minimum)
        let (title, text) = words.anonymityEntry(minimum)
        entries.append((title, ReportVocabulary.anonymityRule(report) + " " + text))
        if report.isPreview {
            entries.append((words.preview, ReportVocabulary.previewNotice(report)))
        }
        return entries
    }

    /// The hidden groups, one a line, with no reason of their own (the rule is said once, in
    /// `entries`); a sentence saying so when nothing was hidden.
    static func suppressions(_ report: GapReport) -> [String] {
        let list = report.anonymity.suppressions.map { ReportVocabulary.group($0.group) }
        return list.isEmpty ? [ReportWords.current.nothingHidden] : list
    }
}
