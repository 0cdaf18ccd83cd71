import Foundation

/// How an agreed action's gaps moved, worded in German and French: the one wording the
/// terminal console, the web console and the report all use (`Catalogue.movement`).
extension GapMovement.Wording {
    /// German: `„…“, Management vs. Umsetzung: −2,3 in Runde 1, jetzt −0,7 (verkleinert)`.
    public static let german = GapMovement.Wording(
        decimal: localized("de"), signed: signedLocalized("de"), hidden: "verborgen",
        gap: { "Lücke " + $0 },
        partners: { from, to, level in
            "\(from) vs. \(to)" + (level.map { ", \($0 == .management ? "Management" : "Umsetzung")" } ?? "")
        },
        levels: { partner in "Management vs. Umsetzung" + (partner.map { ", \($0)" } ?? "") },
        trend: { trend in
            switch trend {
            case .narrowed: "verkleinert"
            case .widened: "vergrößert"
            case .unchanged: "unverändert"
            case .unknown: "unbekannt"
            }
        },
        quote: { prompt, _ in "„\(prompt)“" },
        line: { prompt, comparison, then, round, now, trend in
            "\(prompt), \(comparison): \(then)\(round.map { " in Runde \($0)" } ?? ""), jetzt \(now)"
                + (trend.map { " (\($0))" } ?? "")
        }
    )

    /// French: `« … », direction / exécution : −2,3 au tour 1, −0,7 maintenant (réduit)`.
    public static let french = GapMovement.Wording(
        decimal: localized("fr"), signed: signedLocalized("fr"), hidden: "masqué",
        gap: { "écart " + $0 },
        partners: { from, to, level in
            "\(from) / \(to)" + (level.map { ", \($0 == .management ? "direction" : "exécution")" } ?? "")
        },
        levels: { partner in "direction / exécution" + (partner.map { ", \($0)" } ?? "") },
        trend: { trend in
            switch trend {
            case .narrowed: "réduit"
            case .widened: "creusé"
            case .unchanged: "inchangé"
            case .unknown: "inconnu"
            }
        },
        quote: { prompt, _ in "« \(prompt) »" },
        line: { prompt, comparison, then, round, now, trend in
            "\(prompt), \(comparison) : \(then)\(round.map { " au tour \($0)" } ?? ""), \(now) maintenant"
                + (trend.map { " (\($0))" } ?? "")
        }
    )

    /// The wording for `language`'s catalogue (English when Accord has none).
    public static func `for`(_ language: Language?) -> GapMovement.Wording {
        switch Catalogue.for(language).language.code {
        case "de": .german
        case "fr": .french
        default: .english
        }
    }

    /// `value` with `digits` decimals in `code`'s number format, a true minus sign.
    static func localized(_ code: String) -> @Sendable (Double, Int) -> String {
        { value, digits in
            guard value.isFinite else { return "—" }
            let isZero = Double(String(format: "%.\(digits)f", abs(value))) == 0
            return (value < 0 && !isZero ? "\u{2212}" : "")
                + TypedNumber(language: code).format(abs(value), fractionDigits: digits)
        }
    }

    /// Like `localized`, with `+` on positive values and `±` on zero.
    static func signedLocalized(_ code: String) -> @Sendable (Double, Int) -> String {
        { value, digits in
            let text = localized(code)(value, digits)
            if Double(String(format: "%.\(digits)f", abs(value))) == 0 { return "±" + text }
            return value > 0 ? "+" + text : text
        }
    }
}
