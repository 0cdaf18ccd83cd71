import AccordCore

/// The file formats of `accord export`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Comma-separated values with a header line, as every CSV of Accord (`CSVField`).
    case csv
    /// One JSON object a line.
    case jsonl
}

/// One exported answer in long format: no submission id, nothing that links it to the other
/// answers of the same participant.
struct ExportRow {
    var partner: String?
    var level: Level?
    var round: Int
    var question: String
    var type: QuestionType
    var kind: String
    var code: JSONValue
    var label: String

    static let columns = ["partner", "level", "round", "question", "type", "kind", "code", "label"]

    /// The start of a CSV export: the byte order mark and the header record.
    static var csvHeader: String { CSVField.byteOrderMark + CSVField.record(columns.map(CSVField.text)) }

    /// The row as a CSV record (CRLF, as RFC 4180 says), through `CSVField` like every CSV of
    /// Accord: the round and a numeric code stay numbers, everything else is text, guarded.
    var csvLine: String {
        let codeField: CSVField
        switch code {
        case .string(let text): codeField = .text(text)
        case .number(let value): codeField = .number(value)
        case .bool(let value): codeField = .bool(value)
        default: codeField = .text(code.serialized)
        }
        return CSVField.record([
            .text(partner ?? ""), .text(level?.rawValue ?? ""), .number(Double(round)), .text(question),
            .text(type.rawValue), .text(kind), codeField, .text(label),
        ])
    }

    /// The row as a JSON Lines line; suppressed partner or level are `null`.
    var jsonLine: String {
        let object: [String: JSONValue] = [
            "partner": partner.map(JSONValue.string) ?? .null,
            "level": level.map { .string($0.rawValue) } ?? .null,
            "round": .number(Double(round)),
            "question": .string(question),
            "type": .string(type.rawValue),
            "kind": .string(kind),
            "code": code,
            "label": .string(label),
        ]
        return JSONValue.object(object).serialized + "\n"
    }

    /// The code and label of `answer` to `question`: scale → value and point label, choice →
    /// option id and label, multi and rank → ids and labels joined by `;` (rank in order),
    /// number → the number, text → the text, yesno → `true`/`false` and Yes/No.
    static func codeAndLabel(of answer: Answer, for question: Question) -> (JSONValue, String) {
        func label(_ option: String) -> String { question.options.first { $0.id == option }?.label.text ?? option }
        switch answer {
        case .scale(let value):
            if case .scale(let scale) = question.kind {
                return (.number(Double(value)), scale.points.first { $0.value == value }?.label.text ?? "")
            }
            return (.number(Double(value)), "")
        case .choice(let option): return (.string(option), label(option))
        case .multi(let options), .rank(let options):
            return (.string(options.joined(separator: ";")), options.map(label).joined(separator: "; "))
        case .number(let value): return (.number(value), "")
        case .text(let text): return (.string(text), "")
        case .yesno(let value): return (.bool(value), value ? "Yes" : "No")
        case .dontKnow: return (.string(Answer.dontKnowToken), "Don't know")
        case .preferNotToSay: return (.string(Answer.preferNotToSayToken), "Prefer not to say")
        }
    }
}
