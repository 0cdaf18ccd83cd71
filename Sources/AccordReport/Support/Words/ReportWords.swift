import AccordCore

/// Every word the report itself writes, in one language: one instance per language
/// (`english`, `german`, `french`), so a missing string does not compile. The workshop's own
/// texts (titles, prompts, options) and participants' comments are not here: they come from
/// the workshop, in the report's language where it has a translation.
///
/// Entries with parameters are closures; numbers reach them already formatted for the
/// language (`NumberText`), names and prompts as written.
struct ReportWords: Sendable {
    /// The language (`en`, `de`, `fr`): the HTML report's `lang`, and the number format
    /// (`TypedNumber(language:)`, the one every channel of Accord writes numbers with).
    var language: Language
    /// Whether statistics between 0 and 1 drop their leading zero (`.62`, as English
    /// statistics texts write rwg; German and French keep it: `0,62`).
    var dropsLeadingZero: Bool

    // MARK: Groups, bands, hidden values
    /// `: ` and `; ` between parts of a line (French sets a no-break space before them).
    var colon: String, semicolon: String
    /// After a percentage in a list (`48%`, `48 %`) and in a table cell (`48 %`).
    var percentSuffix: String, percentCell: String
    /// A level as the subject of a sentence (`Execution`, `L'exécution`).
    var levelSubject: @Sendable (Level) -> String
    /// The whole group of participants as a subject (`Everyone`).
    var everyone: String
    /// A level as a group name (`Management`, `Execution`).
    var levelTitle: @Sendable (Level) -> String
    /// A level inside a sentence (`management`).
    var levelInSentence: @Sendable (Level) -> String
    /// A partner's level as one group (`Acme · Execution`).
    var cell: @Sendable (_ partner: String, _ level: Level) -> String
    /// A partner's level as the subject of a sentence (`Acme execution`).
    var cellSubject: @Sendable (_ partner: String, _ level: Level) -> String
    /// What a hidden group shows in place of its numbers.
    var hidden: String
    /// An effect size band (`large`).
    var magnitude: @Sendable (EffectMagnitude) -> String
    /// An rwg band in words (`strong agreement`).
    var agreement: @Sendable (AgreementLevel) -> String
    /// An rwg band in a table (`strong`).
    var agreementBand: @Sendable (AgreementLevel) -> String
    /// A question type (`scale`).
    var questionType: @Sendable (QuestionType) -> String
    /// A gap whose groups do not agree with themselves.
    var dispersed: String

    // MARK: Headline and sections
    /// The text report's first line.
    var reportTitle: String
    /// `Title · version 1.0`.
    var titleAndVersion: @Sendable (_ title: String, _ version: String) -> String
    /// `Session s1 · Acme and Globex · round 1`.
    var sessionLine: @Sendable (_ session: String, _ a: String, _ b: String, _ round: Int) -> String
    /// Markdown's title: `Title: alignment report`.
    var documentTitle: @Sendable (_ title: String) -> String
    /// Markdown's line under the title; `session` is already marked up.
    var documentMeta: @Sendable (_ session: String, _ a: String, _ b: String, _ round: Int, _ version: String) -> String
    /// The HTML `<title>`.
    var pageTitle: @Sendable (_ title: String, _ round: Int, _ preview: Bool) -> String
    /// The HTML line under the title; the arguments are already marked up.
    var pageMeta: @Sendable (_ a: String, _ b: String, _ round: Int, _ session: String, _ version: String) -> String
    /// The printed page header: `Title · session s1 · round 1 (preview)`.
    var printHeader: @Sendable (_ title: String, _ session: String, _ round: Int, _ preview: Bool) -> String
    /// `PREVIEW: round 2 is still open …`.
    var previewNotice: @Sendable (_ round: Int) -> String
    /// `Alignment index: 64 / 100`.
    var alignmentIndex: @Sendable (_ index: String) -> String
    /// ` (+4 since round 1, was 60)`.
    var indexChange: @Sendable (_ change: String, _ round: Int, _ was: String) -> String
    /// ` (round 1 had no index to compare)`.
    var indexNoBase: @Sendable (_ round: Int) -> String
    /// `Who answered`.
    var whoAnswered: String
    /// `Participants` (column).
    var participants: String
    /// `Largest gaps between Acme and Globex`.
    var largestPartnerGaps: @Sendable (_ a: String, _ b: String) -> String
    /// `Largest gaps between management and execution`.
    var largestLevelGaps: String
    /// `The largest gaps` (HTML).
    var largestGaps: String
    /// `Acme and Globex` (HTML findings column).
    var partnersAnd: @Sendable (_ a: String, _ b: String) -> String
    /// `Management and execution` (HTML findings column).
    var managementAndExecution: String
    /// HTML's note under the findings (HTML markup allowed, no workshop text).
    var findingsLegendHTML: String
    /// No finding because a needed group is hidden.
    var noFindingsHidden: String
    /// No finding above negligible.
    var noFindings: String
    /// `Agreed actions`.
    var agreedActions: String
    /// `Alignment by dimension (0–100)`, and Markdown's heading without the range.
    var alignmentByDimension: String, alignmentHeading: String
    /// `Dimension` (column).
    var dimension: String
    /// `Alignment (0–100)` (column).
    var alignmentColumn: String
    /// `Since round 1` (column).
    var sinceRoundColumn: @Sendable (_ round: Int) -> String
    /// Markdown's note over the score table.
    var scoreTableIntro: String
    /// `What drives the outcome`.
    var drivers: String
    /// `Other questions`.
    var otherQuestions: String
    /// `Comments`.
    var comments: String
    /// How comments are shown.
    var commentsNote: @Sendable (_ minimum: Int) -> String
    /// HTML's longer note, with masking.
    var commentsNoteMasked: @Sendable (_ minimum: Int) -> String
    /// Under a group's comments when they are a sample: `A random sample of 200 of 41,312
    /// comments; all of them are in the export.` (the counts already formatted).
    var commentSample: @Sendable (_ shown: String, _ total: String) -> String
    /// `Anonymity`.
    var anonymity: String
    /// Why groups are hidden (`AnonymityReport.rule` in English).
    var anonymityRule: @Sendable (_ minGroupSize: Int) -> String
    /// The text report's sentence after the rule.
    var anonymityNever0: @Sendable (_ minimumForText: Int) -> String
    /// `Warning`.
    var warning: String
    /// A warning about the thresholds, in words (the one place its sentence is written).
    var disclosureWarning: @Sendable (DisclosureWarning) -> String
    /// `Hidden: ` before a list.
    var hiddenList: String
    /// `Methods`.
    var methods: String
    /// `What was hidden`.
    var whatWasHidden: String
    /// The note naming the workshop snapshot (arguments already marked up).
    var snapshotNote: @Sendable (_ id: String, _ version: String, _ sha: String) -> String

    // MARK: Questions
    /// `reverse-worded`.
    var reverseWorded: String
    /// `Free text: see Comments.`
    var freeText: String
    /// `Group` (column).
    var group: String
    /// Column names.
    var mean: String, sd: String, median: String, agreementColumn: String
    /// `don't know`, `prefer not to say` (columns).
    var dontKnow: String, preferNotToSay: String
    /// `Acme 2 don't know, 1 prefer not to say`.
    var unsure: @Sendable (_ group: String, _ dontKnow: Int, _ preferNot: Int) -> String
    /// `Not answered: `.
    var notAnswered: String
    /// `Gaps (to minus from):`.
    var gapsHeader: String
    /// `Understanding: `.
    var understandingLabel: String
    /// `Scale: ` before the legend of the count columns.
    var scaleLegend: String
    /// `mean rank`.
    var meanRank: String
    /// Notes under a multiple-choice and a ranking table.
    var multiNote: String, rankNote: String
    /// `median` before a number in the understanding table.
    var medianWord: String

    // MARK: Statistics lines
    /// `TVD`, `Cliff's δ`, `Kendall τ` as written in sentences.
    var tvd: String, cliffsDelta: String, kendallTau: String
    /// `mean rate difference`.
    var meanRateDifference: String
    /// `95 % CI [a, b]` (ends already formatted).
    var interval: @Sendable (_ low: String, _ high: String) -> String
    /// `round 1: hidden` / `round 1: −0.30`.
    var roundValue: @Sendable (_ round: Int, _ value: String) -> String
    /// `since round 1: +0.80 [−0.30, +1.90], within noise`.
    var change: @Sendable (_ round: Int, _ change: String, _ low: String, _ high: String, _ withinNoise: Bool) -> String
    /// `q = 0.012, holds at 5 % FDR`.
    var fdr: @Sendable (_ q: String, _ holds: Bool) -> String
    /// `p = 0.004` (`value` is `= 0.004` or `< 0.001`).
    var p: @Sendable (_ value: String) -> String
    /// When p < .05 cannot be reached.
    var pUnreachable: String
    /// The comparisons note.
    var comparisons: @Sendable (_ count: Int, _ holding: Int) -> String
    /// `Since round 1, 2 of 4 questions moved beyond noise …`.
    var moved: @Sendable (_ round: Int, _ moved: Int, _ questions: Int) -> String
    /// Cronbach's α line; `low` empty when none is below .70.
    var consistency: @Sendable (_ parts: [String], _ low: [String]) -> String
    /// `Trust · alignment 64`.
    var dimensionHeading: @Sendable (_ title: String, _ index: String) -> String
    /// `+4 since round 1`.
    var sinceRound: @Sendable (_ change: String, _ round: Int) -> String
    /// `no round 1 value`.
    var noRoundValue: @Sendable (_ round: Int) -> String
    /// The driver section's introduction.
    var driverIntroduction: @Sendable (_ outcome: String, _ minimumPairs: Int) -> String
    /// A dimension without an r.
    var driverUnknown: @Sendable (_ dimension: String) -> String
    /// `Trust: r = 0.62 [0.41, 0.77], score 48`.
    var driverLine: @Sendable (_ dimension: String, _ r: String, _ low: String, _ high: String, _ score: String) -> String
    /// ` — act here first`, and the chart's `act here first`.
    var actHereFirst: String

    // MARK: Findings
    /// A finding on a scale or number question; `size` empty when about as high.
    var findingDifference: @Sendable (_ to: String, _ prompt: String, _ size: String, _ scale: Bool, _ lower: Bool, _ from: String) -> String
    /// A finding with the same average but a different spread.
    var findingSameAverage: @Sendable (_ to: String, _ prompt: String, _ from: String) -> String
    /// Multiple choice, ranking, choice findings.
    var findingMulti: @Sendable (_ to: String, _ from: String, _ prompt: String) -> String
    var findingRank: @Sendable (_ to: String, _ from: String, _ prompt: String) -> String
    var findingChoice: @Sendable (_ to: String, _ from: String, _ prompt: String) -> String
    /// A prompt quoted inside a sentence.
    var quote: @Sendable (_ prompt: String) -> String

    // MARK: Actions
    /// `due by round 2` / `for round 3`.
    var due: @Sendable (_ round: Int, _ isDue: Bool) -> String
    /// `Trust alignment: 48 in round 1, 60 now`.
    var actionDimension: @Sendable (_ title: String, _ then: String, _ round: Int, _ now: String) -> String
    /// `Agreed on round 1's results.`
    var agreedOn: @Sendable (_ round: Int) -> String
    /// The wording of an action's gap movement.
    var movement: GapMovement.Wording

    // MARK: Understanding gaps
    /// The model's understanding-gap sentences, in this language.
    var understanding: UnderstandingGap.Wording
    /// HTML's understanding section.
    var understandingGaps: String, understandingLegend: String
    var question: String, whoGuessed: String, about: String, guess: String, realAnswer: String, gap: String

    // MARK: Charts and HTML sections
    var alignmentIndexLabel: String
    var alignmentIndexLegend: String
    var wasIndex: @Sendable (_ change: String, _ round: Int, _ was: String) -> String
    var scoresByGroup: String, scoresLegend: String
    var sideBySide: @Sendable (_ a: String, _ b: String) -> String
    var partnerDumbbells: String, levelDumbbells: String, dumbbellLegend: String
    var shareLegend: String, rankLegend: String
    var trendSince: @Sendable (_ round: Int) -> String
    var trendLegend: String
    var wholeWorkshop: String
    var roundTitle: @Sendable (_ round: Int) -> String
    var noAlignmentIn: @Sendable (_ title: String, _ round: Int) -> String
    var trendChartLabel: @Sendable (_ base: Int, _ round: Int) -> String
    var distributionLabel: @Sendable (_ prompt: String) -> String
    var noAnswers: String
    var driverChartLabel: @Sendable (_ group: String) -> String
    var driverAxis: String
    var dumbbellLabel: @Sendable (_ from: String, _ to: String) -> String
    var noScaleQuestion: String
    var heatmapKey: @Sendable (_ title: String, _ index: String) -> String
    var heatmapLabel: String
    var radarLabel: @Sendable (_ a: String, _ b: String) -> String
    var solidLine: @Sendable (_ partner: String) -> String
    var dashedLine: @Sendable (_ partner: String) -> String

    // MARK: Methods appendix
    /// (title, text) pairs, before the anonymity entry.
    var methodsEntries: @Sendable (_ a: String, _ b: String, _ minimumForText: Int) -> [(String, String)]
    /// The anonymity entry's title and its text after the rule.
    var anonymityEntry: @Sendable (_ minimumForText: Int) -> (String, String)
    /// `Preview` (entry title).
    var preview: String
    /// No group hidden as a whole.
    var nothingHidden: String
}
