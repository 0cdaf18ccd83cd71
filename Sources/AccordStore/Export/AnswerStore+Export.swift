import AccordCore
import Foundation
import GRDB

/// What an export wrote, for the message on stderr.
public struct ExportSummary: Sendable, Hashable {
    /// How one round was exported.
    public struct RoundExport: Sendable, Hashable {
        /// The round number.
        public var round: Int
        /// The grouping of its answers and predictions.
        public var answers: ExportGrouping
        /// The grouping of its free text: `.everyone` (pooled, or per partner for the questions in
        /// `textByPartnerQuestions`), or `.nothing` when everyone is not shown.
        public var text: ExportGrouping
        /// Text questions whose comments went out per partner: each partner wrote at least
        /// `minGroupSizeForText` of them (`Disclosure.commentGroups(byPartner:everyone:)`).
        public var textByPartnerQuestions: [String] = []
        /// Text questions of the round left out because fewer than `minGroupSizeForText`
        /// participants answered them.
        public var withheldTextQuestions: [String]
        /// Questions whose answers (kind `answer`) or predictions (kind `prediction`) were
        /// exported more coarsely than `answers`, or not at all (`.nothing`), because too few
        /// gave a real answer to them in some group (`docs/anonymity.md`, "Exports").
        public var coarserQuestions: [QuestionGrouping] = []
    }

    /// One question of a round exported more coarsely than the round.
    public struct QuestionGrouping: Sendable, Hashable {
        /// The question's id.
        public var question: String
        /// `answer` or `prediction`.
        public var kind: String
        /// The grouping its rows of that kind were exported at.
        public var grouping: ExportGrouping
    }

    /// The rounds exported, in order.
    public var rounds: [RoundExport]
    /// Rows written.
    public var rows: Int
}

extension AnswerStore {
    /// Writes the anonymised answers of a session in long format (one row per answer), rows
    /// shuffled so that the answers of one participant cannot be linked, each round grouped as
    /// `ExportGrouping` allows (`docs/anonymity.md`, "Exports").
    ///
    /// - Parameters:
    ///   - round: one round, or `nil` for every closed round.
    ///   - preview: also export open rounds (thresholds apply all the same).
    ///   - write: receives the output in pieces, in order.
    public func exportAnswers(
        session: String, round: Int? = nil, preview: Bool = false, format: ExportFormat,
        write: (String) throws -> Void
    ) throws(StoreError) -> ExportSummary {
        let stored = try self.session(session)
        let rounds: [Int]
        if let round {
            guard let state = stored.rounds.first(where: { $0.number == round }) else {
                throw .unknownRound(session: session, round: round)
            }
            guard !state.isOpen || preview else { throw .roundOpen(session: session, round: round) }
            rounds = [round]
        } else {
            rounds = stored.rounds.filter { !$0.isOpen || preview }.map(\.number)
        }
        do {
            return try database.writeWithoutTransaction { db in
                // Temporary rows keyed by random bytes: reading them back in key order shuffles them.
                try db.execute(
                    sql: """
                        CREATE TEMP TABLE IF NOT EXISTS exportRow (
                            k BLOB PRIMARY KEY, partner TEXT, level TEXT, round INTEGER, question TEXT,
                            type TEXT, kind TEXT, code TEXT, label TEXT) WITHOUT ROWID
                        """)
                defer { try? db.execute(sql: "DROP TABLE temp.exportRow") }
                var summary = ExportSummary(rounds: [], rows: 0)
                try db.inTransaction(.deferred) {
                    for number in rounds {
                        summary.rounds.append(try self.stageRows(of: stored, round: number, in: db))
                    }
                    return .commit
                }
                var buffer = format == .csv ? ExportRow.csvHeader : ""
                let rows = try Row.fetchCursor(
                    db,
                    sql:
                        "SELECT partner, level, round, question, type, kind, code, label FROM temp.exportRow ORDER BY k"
                )
                while let row = try rows.next() {
                    let code = try JSONText.parse(Data((row[6] as String).utf8))
                    let exported = ExportRow(
                        partner: row[0], level: (row[1] as String?).flatMap(Level.init(rawValue:)), round: row[2],
                        question: row[3], type: QuestionType(rawValue: row[4]) ?? .text, kind: row[5], code: code,
                        label: row[7])
                    buffer += format == .csv ? exported.csvLine : exported.jsonLine
                    summary.rows += 1
                    if buffer.utf8.count > 1 << 16 {
                        try write(buffer)
                        buffer = ""
                    }
                }
                if !buffer.isEmpty { try write(buffer) }
                return summary
            }
        } catch {
            throw failure(error, writing: false)
        }
    }

    /// Puts the rows of one round into `temp.exportRow`, at the groupings the thresholds allow.
    ///
    /// Comments follow the report (docs/anonymity.md, rule 5, decided by
    /// `Disclosure.commentGroups(byPartner:everyone:)`): per partner when each partner wrote at
    /// least `minGroupSizeForText` non-blank comments to the question, otherwise pooled for
    /// everyone when everyone did, otherwise withheld; never per level.
    private func stageRows(of session: StoredSession, round: Int, in db: Database) throws -> ExportSummary.RoundExport {
        var counts: [String: [Level: Int]] = [:]
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT partner, level, count(*) FROM submission WHERE sessionID = ? AND round = ? GROUP BY partner, level",
            arguments: [session.id, round])
        {
            if let level = Level(rawValue: row[1]) { counts[row[0], default: [:]][level] = row[2] }
        }
        let thresholds = session.workshop.anonymity
        let answers = ExportGrouping.finest(
            counts: counts, partners: session.partners, threshold: thresholds.minGroupSize)
        let text: ExportGrouping = answers == .nothing ? .nothing : .everyone
        guard answers != .nothing else {
            return .init(round: round, answers: answers, text: text, withheldTextQuestions: [])
        }
        var realAnswers: [QuestionKind: [String: [Level: Int]]] = [:]
        var comments: [String: [String: Int]] = [:]
        let insert = try db.makeStatement(sql: "INSERT INTO temp.exportRow VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let questions = session.workshop.questionsByID
        let rows = try Row.fetchCursor(
            db, sql: "SELECT partner, level, answers, predictions FROM submission WHERE sessionID = ? AND round = ?",
            arguments: [session.id, round])
        while let row = try rows.next() {
            let partner: String = row[0]
            let level: String = row[1]
            for (kind, column) in [("answer", 2), ("prediction", 3)] {
                for (id, answer) in try [String: Answer](storedJSON: row[column], questions: questions) {
                    guard let question = questions[id] else { continue }
                    let grouping = question.type == .text ? text : answers
                    if case .text(let comment) = answer {
                        if TextNormalization.isBlank(comment) { continue }  // no answer (docs/text.md)
                        comments[id, default: [:]][partner, default: 0] += 1
                    }
                    if question.type != .text, answer.isSubstantive, let level = Level(rawValue: level) {
                        realAnswers[QuestionKind(question: id, kind: kind), default: [:]][partner, default: [:]][
                            level, default: 0] += 1
                    }
                    let (code, label) = ExportRow.codeAndLabel(of: answer, for: question)
                    try insert.execute(arguments: [
                        // Comments keep their partner until `commentGroups` decides below.
                        Data(RandomCode.submissionKey()),
                        grouping.showsPartner || question.type == .text ? partner : nil,
                        grouping.showsLevel ? level : nil, round, id, question.type.rawValue, kind, code.serialized,
                        label,
                    ])
                }
            }
        }
        let roundDisclosure = Disclosure(thresholds: thresholds, partners: session.partners) {
            Self.count(in: $0, of: counts, partners: session.partners)
        }
        var withheld: [String] = []
        var byPartnerQuestions: [String] = []
        for (question, byPartner) in comments.sorted(by: { $0.key < $1.key }) {
            let groups = roundDisclosure.commentGroups(byPartner: byPartner, everyone: byPartner.values.reduce(0, +))
            if groups.isEmpty {
                withheld.append(question)
                try db.execute(
                    sql: "DELETE FROM temp.exportRow WHERE round = ? AND question = ?", arguments: [round, question])
            } else if groups == [.everyone] {
                try db.execute(
                    sql: "UPDATE temp.exportRow SET partner = NULL WHERE round = ? AND question = ? AND type = 'text'",
                    arguments: [round, question])
            } else {
                byPartnerQuestions.append(question)
            }
        }
        let coarser = try coarsenQuestions(
            of: session, round: round, answers: answers, submissions: counts, realAnswers: realAnswers, in: db)
        return .init(
            round: round, answers: answers, text: text, textByPartnerQuestions: byPartnerQuestions,
            withheldTextQuestions: withheld, coarserQuestions: coarser)
    }

    /// A question and a row kind (`answer`, `prediction`).
    private struct QuestionKind: Hashable {
        var question: String
        var kind: String
    }

    /// Applies the report's per-question rule to the staged rows of one round: a question's
    /// answers are exported at the grouping the report shows that question at, from the
    /// round's submissions refined by the real answers per group to the question and to every
    /// question linked to it by conditions (`Disclosure.byQuestion(in:answers:)`), and its
    /// predictions refined again by the real predictions. That grouping is never finer than the
    /// round's, so rows only lose labels (or are deleted, at `.nothing`), with their "don't know"
    /// and "prefer not to say" rows alike: those counts beside a group's size would give its
    /// hidden number of real answers.
    private func coarsenQuestions(
        of session: StoredSession, round: Int, answers: ExportGrouping, submissions: [String: [Level: Int]],
        realAnswers: [QuestionKind: [String: [Level: Int]]], in db: Database
    ) throws -> [ExportSummary.QuestionGrouping] {
        let roundDisclosure = Disclosure(thresholds: session.workshop.anonymity, partners: session.partners) {
            Self.count(in: $0, of: submissions, partners: session.partners)
        }
        let byQuestion = roundDisclosure.byQuestion(in: session.workshop) { id, group in
            Self.count(
                in: group, of: realAnswers[QuestionKind(question: id, kind: "answer")] ?? [:],
                partners: session.partners)
        }
        var result: [ExportSummary.QuestionGrouping] = []
        for question in session.workshop.questions where question.type != .text {
            let answered = byQuestion[question.id] ?? roundDisclosure
            let predicted = answered.refined {
                Self.count(
                    in: $0, of: realAnswers[QuestionKind(question: question.id, kind: "prediction")] ?? [:],
                    partners: session.partners)
            }
            for (kind, disclosure) in [("answer", answered), ("prediction", predicted)] {
                let grouping = ExportGrouping(shownBy: disclosure)
                guard grouping != answers, kind == "answer" || question.predict else { continue }
                if grouping == .nothing {
                    try db.execute(
                        sql: "DELETE FROM temp.exportRow WHERE round = ? AND question = ? AND kind = ?",
                        arguments: [round, question.id, kind])
                } else {
                    try db.execute(
                        sql: """
                            UPDATE temp.exportRow SET partner = CASE WHEN ? THEN partner END,
                                level = CASE WHEN ? THEN level END
                            WHERE round = ? AND question = ? AND kind = ?
                            """,
                        arguments: [grouping.showsPartner, grouping.showsLevel, round, question.id, kind])
                }
                if db.changesCount > 0 { result.append(.init(question: question.id, kind: kind, grouping: grouping)) }
            }
        }
        return result
    }

    /// A group's total in per-cell counts (a missing cell counts as 0).
    private static func count(in group: GroupKey, of cells: [String: [Level: Int]], partners: [String]) -> Int {
        let partnerList = group.partner.map { [$0] } ?? partners
        let levels = group.level.map { [$0] } ?? Level.allCases
        return partnerList.reduce(0) { total, partner in
            levels.reduce(total) { $0 + (cells[partner]?[$1] ?? 0) }
        }
    }
}
