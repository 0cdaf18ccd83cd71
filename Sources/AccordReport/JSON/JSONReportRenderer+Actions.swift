import AccordCore

extension JSONReportRenderer {
    /// `actions`, an extra field after the contract's, present when actions were agreed:
    /// each action with the gaps it follows then and now (normalised 0–1 and, on scale and
    /// number questions, the mean difference) and its dimension's alignment.
    func actions(_ report: GapReport) -> [(String, OrderedJSON)] {
        guard !report.actions.isEmpty else { return [] }
        return [
            (
                "actions",
                .array(
                    report.actions.map { review in
                        let action = review.action
                        return .object([
                            ("id", .int(action.id)), ("text", .string(action.text)), ("owner", .string(action.owner)),
                            ("agreedInRound", .int(action.agreedInRound)), ("dueRound", .int(action.dueRound)),
                            ("due", .bool(review.isDue)),
                            ("questions", .array(action.questionIDs.map(OrderedJSON.string))),
                            ("dimension", .text(action.dimension)),
                            (
                                "gaps",
                                .array(
                                    review.gaps.map { movement in
                                        .object([
                                            ("questionId", .string(movement.questionID)),
                                            ("kind", .string(movement.kind.rawValue)),
                                            ("partner", .text(movement.partner)),
                                            ("from", .object(Self.key(movement.from))),
                                            ("to", .object(Self.key(movement.to))),
                                            ("thenRound", .integer(movement.thenRound)),
                                            ("then", .number(movement.then)), ("now", .number(movement.now)),
                                            ("thenMeanDifference", .number(movement.thenMeanDifference)),
                                            ("nowMeanDifference", .number(movement.nowMeanDifference)),
                                            ("trend", .string(movement.trend.rawValue)),
                                        ])
                                    })
                            ),
                            (
                                "dimensionAlignment",
                                review.dimension.map { dimension in
                                    .object([
                                        ("id", .string(dimension.id)), ("thenRound", .int(dimension.thenRound)),
                                        ("then", .number(dimension.then)), ("now", .number(dimension.now)),
                                    ])
                                } ?? .null
                            ),
                        ])
                    })
            )
        ]
    }
}
