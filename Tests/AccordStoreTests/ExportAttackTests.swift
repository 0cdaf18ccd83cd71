import AccordCore
import AccordStore
import Foundation
import Testing

/// anonymity.md rule 8 against a reader of the export: its rows (how many per group, with which
/// labels) and its summary on stderr must pin no hidden group's size, and it must never show a
/// group the report hides. On SQLite only: the search opens thousands of stores, and what it
/// attacks (the grouping, the summary) is decided once, in AccordStore, over either backend's
/// counts; `ExportTests` checks that PostgreSQL's give the same grouping and rows.
@Suite struct ExportAttackTests {
    static let partners = ["Acme", "Globex"]
    static let groups = Disclosure.groups(partners: partners)
    static let cells = groups.filter(\.isCell)

    static func size(_ group: GroupKey, _ sizes: [Int]) -> Int {
        zip(cells, sizes).filter { cell, _ in
            (group.partner == nil || group.partner == cell.partner) && (group.level == nil || group.level == cell.level)
        }.map(\.1).reduce(0, +)
    }

    static func disclosure(_ sizes: [Int], minGroupSize: Int = 3) -> Disclosure {
        Disclosure(thresholds: AnonymityThresholds(minGroupSize: minGroupSize), partners: partners) { size($0, sizes) }
    }

    /// What a reader of the export sees for a closed round with these cell sizes, everyone
    /// answering alike: the rows in a fixed order (the export shuffles them) and the summary.
    static func observe(_ sizes: [Int]) async throws -> [String] {
        let fixture = try StoreFixture(workshop: StoreFixture.workshop())
        defer { fixture.remove() }
        try fixture.session()
        for (cell, count) in zip(cells, sizes) {
            for _ in 0..<count {
                try fixture.store.submit(
                    StoreFixture.submission(partner: cell.partner!, level: cell.level!, vision: 3), session: "s")
            }
        }
        try fixture.store.closeRound(session: "s")
        var output = ""
        let summary = try await fixture.store.exportAnswers(session: "s", format: .jsonl) { output += $0 }
        return output.split(separator: "\n").map(String.init).sorted() + [String(describing: summary)]
    }

    @Test(arguments: [[2, 2, 5, 5], [1, 1, 4, 4], [3, 0, 0, 3], [2, 1, 0, 0]])
    func theExportPinsNoHiddenGroup(sizes: [Int]) async throws {
        let seen = try await Self.observe(sizes)
        let disclosure = Self.disclosure(sizes)
        // Candidates that differ in a shown group's size are told apart by the report anyway.
        func visible(_ candidate: [Int]) -> [Int] {
            let other = Self.disclosure(candidate)
            return Self.groups.map { other.isShown($0) ? Self.size($0, candidate) : -1 }
        }
        let bound = max(sizes.max() ?? 0, 3) + 1
        var candidates: [[Int]] = []
        for a in 0...bound {
            for b in 0...bound {
                for c in 0...bound {
                    for d in 0...bound where visible([a, b, c, d]) == visible(sizes) {
                        if try await Self.observe([a, b, c, d]) == seen { candidates.append([a, b, c, d]) }
                    }
                }
            }
        }
        #expect(candidates.contains(sizes))
        for group in Self.groups where !disclosure.isShown(group) {
            #expect(
                Set(candidates.map { Self.size(group, $0) }).count >= 2, "\(group) pinned by the export of \(sizes)")
        }
    }

    @Test func theLeakingLayoutIsExportedByPartnerOnly() async throws {
        // Acme 4 = 2 + 2, Globex 10: the report shows the partners and hides cells and levels.
        let rows = try await Self.observe([2, 2, 5, 5]).dropLast()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { !$0.contains("\"management\"") && !$0.contains("\"execution\"") })
        // Rows per partner restate only the shown partner sizes (answers per submission alike).
        let acme = rows.filter { $0.contains("\"Acme\"") }.count
        let globex = rows.filter { $0.contains("\"Globex\"") }.count
        #expect(acme * 10 == globex * 4)
    }

    /// The export's grouping is the report's: for every small session, the groups an export
    /// labels are exactly the groups `Disclosure` shows.
    @Test func theExportShowsExactlyTheGroupsTheReportShows() {
        for k in [3, 4, 5] {
            for a in 0...6 {
                for b in 0...6 {
                    for c in 0...6 {
                        for d in 0...6 {
                            let sizes = [a, b, c, d]
                            let disclosure = Self.disclosure(sizes, minGroupSize: k)
                            let grouping = ExportGrouping.finest(
                                counts: [
                                    "Acme": [.management: a, .execution: b], "Globex": [.management: c, .execution: d],
                                ],
                                partners: Self.partners, threshold: k)
                            let exported: Set<GroupKey> =
                                switch grouping {
                                case .partnerAndLevel: Set(Self.groups)
                                case .partner: Set([.everyone] + Self.partners.map { GroupKey(partner: $0) })
                                case .level: Set([.everyone] + Level.allCases.map { GroupKey(level: $0) })
                                case .everyone: [.everyone]
                                case .nothing: []
                                }
                            #expect(exported == Set(Self.groups.filter(disclosure.isShown)), "\(sizes), k \(k)")
                        }
                    }
                }
            }
        }
    }
}
