import AccordCore

/// The model's sentences (understanding gaps, action movements) in German and French, with
/// numbers in the report's format (`NumberText`).
extension ReportWords {
    /// A number for the model's sentences: whole when whole (if asked), else `digits` decimals.
    static let localizedDecimal: @Sendable (Double, Int, Bool) -> String = { value, digits, wholeWhenWhole in
        if wholeWhenWhole, value.rounded() == value, abs(value) < 1e15 {
            return (value < 0 ? "\u{2212}" : "") + String(Int(abs(value)))
        }
        return NumberText.fixed(value, digits)
    }

    /// `70 %` of a share 0–1.
    static let localizedPercent: @Sendable (Double) -> String = { "\(Int(($0 * 100).rounded())) %" }

    static let germanUnderstanding: UnderstandingGap.Wording = UnderstandingGap.Wording(
        decimal: localizedDecimal, percent: localizedPercent,
        share: { guesser, guessed, other, label, agreeing, mostFrequent, tvd in
            var line = "\(guesser) schätzt, dass \(guessed) von \(other) „\(label)“ antworten; tatsächlich sind es \(agreeing)"
            if let (real, share) = mostFrequent { line += ", und die häufigste Antwort von \(other) ist „\(real)“ (\(share))" }
            return line + " (TVD \(tvd))."
        },
        median: { guesser, other, predicted, actual, verdict in
            "\(guesser) erwartet von \(other) die Antwort \(predicted) (Median); der Median von \(other) ist \(actual) (\(verdict))."
        },
        mean: { guesser, other, predicted, actual, verdict in
            "\(guesser) schätzt, dass \(other) im Mittel \(predicted) antwortet; tatsächlich antwortet \(other) \(actual) (\(verdict))."
        },
        verdict: { direction, size in
            direction == 0 ? "im Mittel richtig" : (direction < 0 ? "unterschätzt um \(size)" : "überschätzt um \(size)")
        },
        hidden: { guessers, prompt in
            let who = guessers.map { "Die Schätzungen von " + $0.joined(separator: " und ") } ?? "Die Schätzungen"
            return "\(who) zu „\(prompt)“ sind verborgen (eine Gruppe, die sie brauchen, ist verborgen)."
        }
    )

    static let frenchUnderstanding: UnderstandingGap.Wording = UnderstandingGap.Wording(
        decimal: localizedDecimal, percent: { "\(Int(($0 * 100).rounded()))\u{A0}%" },
        share: { guesser, guessed, other, label, agreeing, mostFrequent, tvd in
            var line = "\(guesser) pense que \(guessed) \(of(other)) répondent « \(label) » ; en réalité, \(agreeing)"
            if let (real, share) = mostFrequent {
                line += ", et la réponse la plus fréquente \(of(other)) est « \(real) » (\(share))"
            }
            return line + " (TVD \(tvd))."
        },
        median: { guesser, other, predicted, actual, verdict in
            "\(guesser) s'attend à ce que \(other) réponde \(predicted) (médiane) ; la réponse médiane \(of(other)) "
                + "est \(actual) (\(verdict))."
        },
        mean: { guesser, other, predicted, actual, verdict in
            "\(guesser) pense \(than(other)) répond \(predicted) en moyenne ; \(other) répond en réalité \(actual) (\(verdict))."
        },
        verdict: { direction, size in
            direction == 0 ? "juste en moyenne" : (direction < 0 ? "sous-estime de \(size)" : "surestime de \(size)")
        },
        hidden: { guessers, prompt in
            let who = guessers.map { "Les estimations " + $0.map(of).joined(separator: " et ") } ?? "Les estimations"
            return "\(who) sur « \(prompt) » sont masquées (un groupe nécessaire est masqué)."
        }
    )

    /// How an action's gaps moved: AccordCore's wording, shared with both consoles.
    static let germanMovement: GapMovement.Wording = .german

    /// How an action's gaps moved in French: AccordCore's wording, shared with both consoles.
    static let frenchMovement: GapMovement.Wording = .french

    /// French `de` before a name, elided before a vowel: `d'Acme`, `de Globex`.
    static func of(_ name: String) -> String { elides(name) ? "d'\(name)" : "de \(name)" }

    /// French `que` before a name, elided before a vowel: `qu'Acme`, `que Globex`.
    static func than(_ name: String) -> String { elides(name) ? "qu'\(name)" : "que \(name)" }

    /// Whether a French word elides before `name` (it starts with a vowel or a mute h).
    static func elides(_ name: String) -> Bool {
        guard let first = name.first?.lowercased().first else { return false }
        return "aeiouyhàâéèêëîïôöûüœ".contains(first)
    }
}
