@testable import AccordCore

/// A small workshop built in code, for tests that need no file.
enum SampleWorkshop {
    static let agree5 = Scale(
        id: "agree5",
        points: (1...5).map { Scale.Point(value: $0, label: LocalizedText("point \($0)")) }
    )

    static let workshop = Workshop(
        id: "sample", version: "1.0.0", title: LocalizedText("Sample"),
        scales: [agree5],
        dimensions: [Dimension(id: "vision", title: LocalizedText("Vision"))],
        sections: [
            Section(
                id: "main", title: LocalizedText("Main"),
                questions: [
                    Question(
                        id: "vision-shared", kind: .scale(agree5), prompt: LocalizedText("We share one vision."),
                        dimension: "vision", predict: true, allowDontKnow: true),
                    Question(
                        id: "top-goal",
                        kind: .choice([
                            Option(id: "new-markets", label: LocalizedText("New markets")),
                            Option(id: "cost", label: LocalizedText("Lower cost")),
                        ]),
                        prompt: LocalizedText("Top goal?")),
                    Question(
                        id: "why-markets", kind: .text(maxLength: 20), prompt: LocalizedText("Why?"),
                        required: true, condition: .equals(question: "top-goal", .option("new-markets"))),
                    Question(
                        id: "months", kind: .number(NumberRange(min: 0, max: 60, integer: true)),
                        prompt: LocalizedText("Months to results?"), required: false),
                    Question(
                        id: "kpis",
                        kind: .multi(
                            [
                                Option(id: "cost", label: LocalizedText("Cost")),
                                Option(id: "customers", label: LocalizedText("Customers")),
                                Option(id: "revenue", label: LocalizedText("Revenue")),
                            ], min: 1, max: 2),
                        prompt: LocalizedText("KPIs?"), required: false),
                ]),
        ]
    )
}
