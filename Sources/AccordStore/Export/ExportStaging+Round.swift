import AccordCore
import Foundation
import GRDB

extension ExportStaging {
    /// One round being staged: its submissions are staged at full detail as they arrive, with
    /// the counts the groupings need; `finish` then coarsens the rows to what the thresholds
    /// allow, all from the same snapshot the rows came from.
    struct Round {
        let staging: ExportStaging
        let number: Int
        /// Submissions per partner × level.
        private var counts: [String: [Level: Int]] = [:]
        /// Real (substantive) answers per question and kind, per partner × level.
        private var realAnswers: [QuestionKind: [String: [Level: Int]]] = [:]
        /// Non-blank comments per text question, per partner.
        private var comments: [String: [String: Int]] = [:]
        private var pending: [[(any DatabaseValueConvertible)?]] = []

        init(staging: ExportStaging, number: Int) {
            self.staging = staging
            self.number = number
        }

        /// Stages every answer and prediction of one stored submission.
        mutating func stage(_ submission: StoredSubmission) throws {
            let questions = staging.session.workshop.questionsByID
            let level = Level(rawValue: submission.level)
            if let level { counts[submission.partner, default: [:]][level, default: 0] += 1 }
            for (kind, text) in [("answer", submission.answers), ("prediction", submission.predictions)] {
                for (id, answer) in try [String: Answer](storedJSON: text, questions: questions) {
                    guard let question = questions[id] else { continue }
                    if case .text(let comment) = answer {
                        if TextNormalization.isBlank(comment) { continue }  // no answer (docs/text.md)
                        comments[id, default: [:]][submission.partner, default: 0] += 1
                    }
                    if question.type != .text, answer.isSubstantive, let level {
                        realAnswers[QuestionKind(question: id, kind: kind), default: [:]][
                            submission.partner, default: [:]][level, default: 0] += 1
                    }
                    let (code, label) = ExportRow.codeAndLabel(of: answer, for: question)
                    pending.append([
                        Data(RandomCode.submissionKey()), submission.partner, submission.level, number, id,
                        question.type.rawValue, kind, code.serialized, label,
                    ])
                }
            }
            if pending.count >= 4096 { try flush() }
        }

        private mutating func flush() throws {
            let rows = pending
            pending.removeAll(keepingCapacity: true)
            try staging.write { db in
                let insert = try db.cachedStatement(sql: "INSERT INTO exportRow VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                for row in rows { try insert.execute(arguments: StatementArguments(row)) }
            }
        }

        /// Groups the round's staged rows as the thresholds allow and says how.
        ///
        /// Answers and predictions go out at the finest grouping the round's submissions allow
        /// (`ExportGrouping.finest`), or not at all. Comments follow the report
        /// (docs/anonymity.md, rule 5, decided by `Disclosure.commentGroups(byPartner:everyone:)`):
        /// per partner when each partner wrote at least `minGroupSizeForText` non-blank comments
        /// to the question, otherwise pooled for everyone when everyone did, otherwise withheld;
        /// never per level. Then each question is coarsened as the report shows it
        /// (`coarsenQuestions`).
        mutating func finish() throws -> ExportSummary.RoundExport {
            try flush()
            let session = staging.session
            let thresholds = session.workshop.anonymity
            let answers = ExportGrouping.finest(
                counts: counts, partners: session.partners, threshold: thresholds.minGroupSize)
            let number = number
            guard answers != .nothing else {
                try staging.write { db in
                    try db.execute(sql: "DELETE FROM exportRow WHERE round = ?", arguments: [number])
                }
                return .init(round: number, answers: answers, text: .nothing, withheldTextQuestions: [])
            }
            let counts = counts
            let roundDisclosure = Disclosure(thresholds: thresholds, partners: session.partners) {
                ExportStaging.count(in: $0, of: counts, partners: session.partners)
            }
            var withheld: [String] = []
            var byPartnerQuestions: [String] = []
            let comments = comments
            let coarser = try staging.write { db in
                // Comments keep their partner until `commentGroups` decides below; never a level.
                try db.execute(
                    sql: """
                        UPDATE exportRow SET partner = CASE WHEN ? OR type = 'text' THEN partner END,
                            level = CASE WHEN ? AND type <> 'text' THEN level END
                        WHERE round = ?
                        """, arguments: [answers.showsPartner, answers.showsLevel, number])
                for (question, byPartner) in comments.sorted(by: { $0.key < $1.key }) {
                    let groups = roundDisclosure.commentGroups(
                        byPartner: byPartner, everyone: byPartner.values.reduce(0, +))
                    if groups.isEmpty {
                        withheld.append(question)
                        try db.execute(
                            sql: "DELETE FROM exportRow WHERE round = ? AND question = ?", arguments: [number, question])
                    } else if groups == [.everyone] {
                        try db.execute(
                            sql: "UPDATE exportRow SET partner = NULL WHERE round = ? AND question = ? AND type = 'text'",
                            arguments: [number, question])
                    } else {
                        byPartnerQuestions.append(question)
                    }
                }
                return try coarsenQuestions(answers: answers, in: db)
            }
            return .init(
                round: number, answers: answers, text: .everyone, textByPartnerQuestions: byPartnerQuestions,
                withheldTextQuestions: withheld, coarserQuestions: coarser)
        }

        /// Applies the report's per-question rule to the staged rows of the round: a question's
        /// answers are exported at the grouping the report shows that question at, from the
        /// round's submissions refined by the real answers per group to the question and to every
        /// question linked to it by conditions (`Disclosure.byQuestion(in:answers:)`), and its
        /// predictions refined again by the real predictions. That grouping is never finer than the
        /// round's, so rows only lose labels (or are deleted, at `.nothing`), with their "don't know"
        /// and "prefer not to say" rows alike: those counts beside a group's size would give its
        /// hidden number of real answers.
        private func coarsenQuestions(answers: ExportGrouping, in db: Database) throws -> [ExportSummary.QuestionGrouping] {
            let session = staging.session
            let roundDisclosure = Disclosure(thresholds: session.workshop.anonymity, partners: session.partners) {
                ExportStaging.count(in: $0, of: counts, partners: session.partners)
            }
            let byQuestion = roundDisclosure.byQuestion(in: session.workshop) { id, group in
                ExportStaging.count(
                    in: group, of: realAnswers[QuestionKind(question: id, kind: "answer")] ?? [:],
                    partners: session.partners)
            }
            var result: [ExportSummary.QuestionGrouping] = []
            for question in session.workshop.questions where question.type != .text {
                let answered = byQuestion[question.id] ?? roundDisclosure
                let predicted = answered.refined {
                    ExportStaging.count(
                        in: $0, of: realAnswers[QuestionKind(question: question.id, kind: "prediction")] ?? [:],
                        partners: session.partners)
                }
                for (kind, disclosure) in [("answer", answered), ("prediction", predicted)] {
                    let grouping = ExportGrouping(shownBy: disclosure)
                    guard grouping != answers, kind == "answer" || question.predict else { continue }
                    if grouping == .nothing {
                        try db.execute(
                            sql: "DELETE FROM exportRow WHERE round = ? AND question = ? AND kind = ?",
                            arguments: [number, question.id, kind])
                    } else {
                        try db.execute(
                            sql: """
                                UPDATE exportRow SET partner = CASE WHEN ? THEN partner END,
                                    level = CASE WHEN ? THEN level END
                                WHERE round = ? AND question = ? AND kind = ?
                                """,
                            arguments: [grouping.showsPartner, grouping.showsLevel, number, question.id, kind])
                    }
                    if db.changesCount > 0 { result.append(.init(question: question.id, kind: kind, grouping: grouping)) }
                }
            }
            return result
        }
    }
}
