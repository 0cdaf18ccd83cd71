import Testing

@testable import AccordCore

/// Accord's own strings per language (issue 14): every key exists in every language (the
/// compiler checks that: each catalogue is a value of the same structs), nothing is left
/// empty or untranslated, and a language without a catalogue reads English, never a key.
@Suite struct CatalogueTests {
    /// The string members of a catalogue's domains, by domain and name.
    static func strings(_ catalogue: Catalogue) -> [String: String] {
        var result: [String: String] = [:]
        let domains: [(String, Any)] = [
            ("answers", catalogue.answers), ("runner", catalogue.runner), ("pages", catalogue.pages),
            ("console", catalogue.console),
        ]
        for (domain, value) in domains {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                if let text = child.value as? String { result["\(domain).\(label)"] = text }
                if let list = child.value as? [String] { result["\(domain).\(label)"] = list.joined(separator: "|") }
                if let entry = child.value as? ConsoleStrings.HelpEntry {
                    result["\(domain).\(label).usage"] = entry.usage
                    result["\(domain).\(label).meaning"] = entry.meaning
                }
                if let refusal = child.value as? PageStrings.Refusal {
                    result["\(domain).\(label).title"] = refusal.title
                    result["\(domain).\(label).message"] = refusal.message
                }
            }
        }
        return result
    }

    /// Strings that are rightly the same in a translation.
    static let sameInEveryLanguage: Set<String> = [
        "runner.management",
        // The command words are English in every language (`ConsoleStrings`).
        "console.actionAddHelp.usage",
    ]

    @Test func everyLanguageHasEveryStringFilledAndTranslated() {
        let english = Self.strings(.english)
        #expect(english.count > 80)
        for catalogue in Catalogue.all {
            let strings = Self.strings(catalogue)
            #expect(Set(strings.keys) == Set(english.keys), "\(catalogue.language)")
            for (key, text) in strings {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalogue.language) \(key) is empty")
                if catalogue.language != .english && !Self.sameInEveryLanguage.contains(key) {
                    #expect(text != english[key], "\(catalogue.language) \(key) is not translated: '\(text)'")
                }
            }
        }
    }

    @Test func parameterisedStringsUseTheirArguments() {
        for catalogue in Catalogue.all {
            let words = catalogue.answers
            #expect(words.noSuchNumber(7, 4).contains("7") && words.noSuchNumber(7, 4).contains("4"))
            #expect(words.textTooLong(301, 300).contains("301") && words.textTooLong(301, 300).contains("300"))
            #expect(words.notUnderstood("blah", "HINT").contains("blah"))
            #expect(words.notUnderstood("blah", "HINT").contains("HINT"))
            #expect(words.unknownOption("x\u{1B}[2J", ["A", "B"]).contains("\\u{1B}"), "input is quoted inertly")
        }
        #expect(AnswerStrings.french.textTooLong(1, 0).contains("1 caractère\u{A0};"))
        #expect(AnswerStrings.french.textTooLong(2, 0).contains("2 caractères"))
    }

    @Test func aLanguageWithoutCatalogueReadsEnglishAndARegionReadsItsLanguage() {
        #expect(Catalogue.for(Language("es")).language == .english)
        #expect(Catalogue.for(nil).language == .english)
        #expect(Catalogue.for(Language("de-CH")).language == .german)
        #expect(Catalogue.for(code: "fr_CA.UTF-8").language == .french)
        #expect(Catalogue.for(code: "not a language").language == .english)
    }
}

/// The facilitator console's words (`ConsoleStrings`): help lists every command under the
/// word that is typed (the same in every language, so Tab, help and scripts agree), and the
/// parameterised messages carry their arguments.
@Suite struct ConsoleCatalogueTests {
    @Test func helpListsEveryCommandByItsEnglishWordInEveryLanguage() {
        for catalogue in Catalogue.all {
            let strings = catalogue.console
            let typed = strings.helpEntries.map { String($0.usage.prefix { $0 != " " }) }
            let expected = FacilitationCommand.allCases.filter { $0 != .help }.map(\.rawValue)
            #expect(Array(uniqued(typed)) == expected, "\(catalogue.language)")
            for command in FacilitationCommand.allCases {
                #expect(strings.usage(command).hasPrefix(command.rawValue), "\(catalogue.language) \(command)")
                #expect(strings.commandHelp(command).usage.hasPrefix(command.rawValue))
                if catalogue.language != .english {
                    #expect(strings.commandHelp(command).meaning != Catalogue.english.console.commandHelp(command).meaning)
                }
            }
        }
    }

    @Test func everyErrorIsWordedInEveryLanguageWithItsDetails() {
        let errors: [FacilitationError] = [
            .emptyActionText, .unknownOwner("Initech", partners: ["Acme", "Globex"]),
            .dueRoundNotLater(due: 1, agreedIn: 2), .unknownQuestion("q9"), .unknownDimension("d9"),
            .unknownSection("s9"), .unknownFinding(7, shown: 3), .unknownFinding(7, shown: 0),
            .unknownCommand("frobnicate"), .badArguments(command: "phase", problem: "PROBLEM", usage: "USAGE"),
            .roundStillOpen(4), .nothingClosedYet,
        ]
        for catalogue in Catalogue.all.dropFirst() {
            for error in errors {
                let text = catalogue.console.error(error)
                #expect(text != Catalogue.english.console.error(error), "\(catalogue.language) \(error)")
                for detail in ["Initech", "Acme", "q9", "d9", "s9", "frobnicate", "PROBLEM", "USAGE"]
                where Catalogue.english.console.error(error).contains(detail) {
                    #expect(text.contains(detail), "\(catalogue.language) \(error) loses \(detail)")
                }
            }
        }
        #expect(FacilitationError.roundStillOpen(4).errorDescription == Catalogue.english.console.error(.roundStillOpen(4)))
    }

    @Test func confirmingAcceptsTheLanguagesWordAndEnglish() {
        #expect(ConsoleStrings.german.confirms("Ja") && ConsoleStrings.german.confirms("yes"))
        #expect(!ConsoleStrings.german.confirms("nein") && !ConsoleStrings.german.confirms(""))
        #expect(ConsoleStrings.french.confirms("oui") && !ConsoleStrings.english.confirms("oui"))
        #expect(ConsoleStrings.german.confirmationWords == ["ja", "nein", "yes", "no"])
        #expect(ConsoleStrings.english.confirmationWords == ["yes", "no"])
    }

    @Test func countsAndCountdownsInTheLanguage() {
        let german = ConsoleStrings.german
        #expect(german.name(of: GroupKey(partner: "Globex", level: .execution)) == "Globex · Umsetzung")
        #expect(german.name(of: .everyone) == "Alle")
        #expect(german.text(.hidden) == "verborgen")
        #expect(german.text(Countdown(timeboxMinutes: 15, elapsedSeconds: 150)) == "noch 12:30 von 15:00")
        #expect(ConsoleStrings.french.text(Countdown(timeboxMinutes: 1, elapsedSeconds: 70)).contains("0:10"))
        #expect(ConsoleStrings.english.text(Countdown(timeboxMinutes: 1, elapsedSeconds: 60)) == "time is up (1:00)")
    }
}

/// The elements of `list` without repeats, in order (`action` and `action add` are one word).
private func uniqued(_ list: [String]) -> [String] {
    var seen: Set<String> = []
    return list.filter { seen.insert($0).inserted }
}
