/// The workshop's questions grouped by condition links: two questions are linked when one's
/// condition (`showIf`) reads the other, and linked questions form one group transitively.
///
/// Who is shown a question is public (the workshop file says it), so a follow-up's real
/// answers per group are bounded by (for a required one without "don't know": equal to) the
/// condition question's count of the answers that show it. A group's numbers for one question
/// of a linked group therefore bound its numbers for the others; `Disclosure.byQuestion(in:answers:)`
/// decides for all of them at once.
public struct LinkedQuestions: Sendable, Hashable {
    /// The linked groups, each in asking order; every question is in exactly one (alone when
    /// nothing links it).
    public let components: [[String]]

    /// Links the questions of `workshop` through every condition's referenced questions
    /// (union–find, so links are transitive: a follow-up of a follow-up joins both).
    public init(_ workshop: Workshop) {
        let ids = workshop.questions.map(\.id)
        var parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
        func root(_ id: String) -> String {
            var id = id
            while let up = parent[id], up != id { id = up }
            return id
        }
        for question in workshop.questions {
            for referenced in question.condition?.referencedQuestions ?? [] where parent[referenced] != nil {
                let (a, b) = (root(question.id), root(referenced))
                if a != b { parent[a] = b }
            }
        }
        var order: [String: Int] = [:]
        var components: [[String]] = []
        for id in ids {
            let top = root(id)
            if let index = order[top] {
                components[index].append(id)
            } else {
                order[top] = components.count
                components.append([id])
            }
        }
        self.components = components
    }
}
