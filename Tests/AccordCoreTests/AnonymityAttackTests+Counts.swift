import Testing

@testable import AccordCore

/// Rules 2 and 3 against an attacker who reads every per-group statement an output makes
/// (sizes, "hidden", any reason or "fewer than" bound, the summary lines) and knows the
/// disclosure algorithm. For a small session the attacker tries every assignment of
/// submission counts to the four partner × level cells and keeps those for which the output
/// would read exactly the same; a hidden group's count must keep at least two possible values.
@Suite struct CountInferenceAttackTests {
    static let partners = AnonymityAttackTests.partners
    static let cells = AnonymityAttackTests.cells
    static let groups = Disclosure.groups(partners: partners)

    /// What an output says about the groups, for given cell sizes (Acme·management,
    /// Acme·execution, Globex·management, Globex·execution) and minGroupSize.
    typealias Observer = (_ sizes: [Int], _ minGroupSize: Int) throws -> [String]

    static func size(_ group: GroupKey, _ sizes: [Int]) -> Int {
        zip(cells, sizes).filter { cell, _ in
            (group.partner == nil || group.partner == cell.partner) && (group.level == nil || group.level == cell.level)
        }.map(\.1).reduce(0, +)
    }

    static func disclosure(_ sizes: [Int], _ minGroupSize: Int) -> Disclosure {
        Disclosure(
            thresholds: AnonymityThresholds(minGroupSize: minGroupSize), partners: partners,
            submissions: { size($0, sizes) })
    }

    /// What every format shows anyway: each shown group's size and which groups are hidden.
    /// Used to skip candidates cheaply before the slower observers run.
    static func visible(_ sizes: [Int], _ minGroupSize: Int) -> [Int] {
        let disclosure = disclosure(sizes, minGroupSize)
        return groups.map { disclosure.isShown($0) ? size($0, sizes) : -1 }
    }

    /// Every cell-size vector (each cell 0...bound) that `observe` cannot tell from `actual`.
    static func indistinguishable(from actual: [Int], minGroupSize: Int, bound: Int, observe: Observer) throws
        -> [[Int]]
    {
        let seen = try observe(actual, minGroupSize)
        let visibleSeen = visible(actual, minGroupSize)
        var result: [[Int]] = []
        for a in 0...bound {
            for b in 0...bound {
                for c in 0...bound {
                    for d in 0...bound {
                        let candidate = [a, b, c, d]
                        guard visible(candidate, minGroupSize) == visibleSeen else { continue }
                        if try observe(candidate, minGroupSize) == seen { result.append(candidate) }
                    }
                }
            }
        }
        return result
    }

    /// The hidden groups of `actual` whose size the attacker pins to a single value.
    static func pinned(_ actual: [Int], minGroupSize: Int = 3, observe: Observer) throws -> [GroupKey: Int] {
        let bound = max(actual.max() ?? 0, minGroupSize) + 1
        let candidates = try indistinguishable(from: actual, minGroupSize: minGroupSize, bound: bound, observe: observe)
        #expect(candidates.contains(actual))
        let disclosure = disclosure(actual, minGroupSize)
        var pinned: [GroupKey: Int] = [:]
        for group in groups where !disclosure.isShown(group) {
            let values = Set(candidates.map { size(group, $0) })
            if values.count < 2 { pinned[group] = values.first }
        }
        return pinned
    }

    /// Small sessions covering every layout: partners shown (the leaking 4 = 2 + 2), levels
    /// shown, both margins large but cells small, only everyone, nothing, everything.
    static let sessions: [[Int]] = [
        [2, 2, 5, 5], [1, 3, 5, 5], [0, 3, 3, 3], [2, 2, 2, 2], [1, 1, 5, 5], [2, 1, 2, 4], [4, 0, 0, 4],
        [2, 1, 0, 0], [1, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0], [3, 3, 3, 3],
    ]

    // MARK: Observers

    /// The console's `counts`: each group's row and the line under them.
    static func consoleCounts(_ sizes: [Int], _ minGroupSize: Int) -> [String] {
        let progress = SubmissionProgress(
            round: 1, isOpen: true, thresholds: AnonymityThresholds(minGroupSize: minGroupSize), partners: partners,
            cellCounts: Dictionary(uniqueKeysWithValues: zip(cells, sizes)))
        return progress.rows.map { "\($0.group) \(SubmissionProgress.text($0.count))" } + [
            "\(progress.everyGroupShown)"
        ]
    }

    /// The report model, built from answers that are all alike (so nothing but the counts can
    /// differ): every group size, every suppression and what it says, the rule, the warnings,
    /// and per question each group's n, counts and mean and each gap, written out in a fixed
    /// order (a dictionary's description is not).
    static func reportModel(_ sizes: [Int], _ minGroupSize: Int) throws -> [String] {
        var workshop = SampleWorkshop.workshop
        workshop.anonymity = AnonymityThresholds(minGroupSize: minGroupSize)
        var aggregator = Aggregator(workshop: workshop, partners: partners)
        for (cell, count) in zip(cells, sizes) {
            for _ in 0..<count {
                try aggregator.add(
                    Submission(partner: cell.partner!, level: cell.level!, answers: ["vision-shared": .scale(3)]))
            }
        }
        let report = GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: partners), round: 1
        ).build(aggregator.finish())
        var lines = report.groups.map { "\($0.group) \($0.suppressed) \($0.n.map(String.init) ?? "-")" }
        lines += ["rule \(report.anonymity.rule)"] + report.anonymity.warnings.map { String(describing: $0) }
        lines += report.anonymity.suppressions.map { String(describing: $0) }
        for question in report.questions {
            lines += question.groups.map { group in
                let counts = (group.counts ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                return "\(question.id) \(group.group) \(group.suppressed) \(group.n.map(String.init) ?? "-") "
                    + "\(group.dontKnow.map(String.init) ?? "-") \(group.mean.map { String($0) } ?? "-") \(counts)"
            }
            lines += question.gaps.map { "\(question.id) \($0.from) \($0.to) \($0.suppressed)" }
            lines += question.understandingGaps.map { "\(question.id) \($0.predictingPartner) \($0.suppressed)" }
        }
        return lines
    }

    /// The statements the report and the console made before the fix: "fewer than N" for a
    /// group below the threshold, "protects a smaller group" for the others it hid.
    static func reasonPerGroup(_ sizes: [Int], _ minGroupSize: Int) -> [String] {
        let disclosure = disclosure(sizes, minGroupSize)
        return groups.map { group in
            if disclosure.isShown(group) { return "\(group) \(size(group, sizes))" }
            return size(group, sizes) < minGroupSize
                ? "\(group) hidden (fewer than \(minGroupSize))" : "\(group) hidden (protects a smaller group)"
        }
    }

    // MARK: Attacks

    @Test(arguments: sessions)
    func theConsoleCountsPinNoHiddenGroup(sizes: [Int]) throws {
        #expect(try Self.pinned(sizes, observe: Self.consoleCounts).isEmpty)
        #expect(try Self.pinned(sizes, minGroupSize: 4, observe: Self.consoleCounts).isEmpty)
    }

    @Test(arguments: sessions)
    func theReportPinsNoHiddenGroup(sizes: [Int]) throws {
        #expect(try Self.pinned(sizes, observe: Self.reportModel).isEmpty)
    }

    @Test func theLeakingLayoutSaysTheSameForEveryHiddenGroup() {
        // Acme 4 (2 + 2), Globex 10: the partners are shown, the cells and levels hidden.
        let rows = Self.consoleCounts([2, 2, 5, 5], 3)
        #expect(rows.contains("Acme 4") && rows.contains("Globex 10"))
        let hidden = rows.filter { $0.contains("hidden") }
        #expect(hidden.count == 6)
        #expect(hidden.allSatisfy { $0.hasSuffix(" hidden") })
    }

    /// Guards the attacks above: a reason per group, as the outputs gave before, pins both
    /// Acme cells to 2 (Acme 4, each cell "fewer than 3"), so the attacker can succeed.
    @Test func aReasonPerGroupPinsTheCellsOfTheLeakingLayout() throws {
        let pinned = try Self.pinned([2, 2, 5, 5], observe: Self.reasonPerGroup)
        #expect(pinned[GroupKey(partner: "Acme", level: .management)] == 2)
        #expect(pinned[GroupKey(partner: "Acme", level: .execution)] == 2)
        // The same layout as the console shows it now: nothing pinned.
        #expect(try Self.pinned([2, 2, 5, 5], observe: Self.consoleCounts).isEmpty)
    }
}
