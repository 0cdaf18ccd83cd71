import AccordCore

/// The file formats of `accord export`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Comma-separated values with a header line (RFC 4180 quoting).
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

    /// The CSV header line.
    static var csvHeader: String { columns.joined(separator: ",") + "\r\n" }

    /// The row as a CSV line (with CRLF, as RFC 4180 says).
    var csvLine: String {
        let codeText: String
        switch code {
        case .string(let text): codeText = text
        default: codeText = code.serialized
        }
        return [partner ?? "", level?.rawValue ?? "", String(round), question, type.rawValue, kind, codeText, label]
            .map(Self.csvField).joined(separator: ",") + "\r\n"
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

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
