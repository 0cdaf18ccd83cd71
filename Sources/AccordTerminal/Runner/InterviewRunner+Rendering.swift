import AccordCore
import Foundation

/// What the runner shows: welcome, section introductions, questions, reviews, help, errors.
/// Accessible mode writes the same content as plain numbered lines, without colour or
/// symbols that carry meaning.
extension InterviewRunner {
    var style: Style { screen.style }
    var accessible: Bool { screen.accessible }

    var answerPrompt: String { accessible ? strings.answerPrompt : style.prompt("> ") }

    func reviewPrompt(_ text: String) -> String { accessible ? "\(text): " : style.prompt("\(text) > ") }

    func showWelcome() {
        screen.line()
        screen.line(style.bold(workshop.title.text(in: language)))
        if let description = workshop.description { screen.paragraph(description.text(in: language)) }
        screen.paragraph(strings.welcome)
    }

    func showIntroduction(of section: Section) {
        screen.line()
        let title = section.title.text(in: language)
        screen.line(accessible ? strings.section(title) : style.bold("── \(title) ──"))
        if let introduction = section.introduction { screen.paragraph(introduction.text(in: language)) }
        if let minutes = section.timeboxMinutes {
            screen.line(accessible ? strings.aboutMinutes(minutes) : style.dim(strings.aboutMinutes(minutes)))
        }
    }

    func show(_ step: Interview.Step, of question: Question, in interview: Interview, draftPartner: String) {
        let parser = AnswerParser(question: question, language: language)
        let progress = interview.progress(of: step)
        let isGuess: Bool
        if case .prediction = step { isGuess = true } else { isGuess = false }
        screen.line()
        if let progress {
            if accessible {
                screen.line(strings.progressSpoken(progress.number, progress.total, progress.sectionTitle, isGuess))
            } else {
                screen.line(
                    style.dim(
                        "\(progress.sectionTitle) · \(progress.number)/\(progress.total)"
                            + (isGuess ? " · \(strings.yourGuessMarker)" : "")))
            }
        }
        if isGuess {
            screen.paragraph(strings.nowGuess(otherPartner(than: draftPartner)))
        }
        let optional = question.required || isGuess ? "" : strings.optionalMark
        for line in TextWrapping.wrap(question.prompt.text(in: language) + optional, width: screen.width - 1) {
            screen.line(style.bold(line))
        }
        showChoices(parser.choices)
        let skip = interview.isOptional(step) && interview.answer(at: step) == nil
        if accessible {
            screen.paragraph(spoken(strings.typeHintSpoken(parser.hint, skip)))
        } else {
            let hint = strings.typeHintShort(parser.hint, skip)
            for line in TextWrapping.wrap(hint, width: screen.width - 1) { screen.line(style.dim(line)) }
        }
    }

    func showChoices(_ choices: [AnswerChoice]) {
        let keyWidth = choices.map(\.key.count).max() ?? 0
        for choice in choices {
            if accessible {
                screen.paragraph("\(choice.key). \(choice.label)", indent: "")
            } else {
                let key = String(repeating: " ", count: keyWidth - choice.key.count) + choice.key
                let lines = TextWrapping.wrap(
                    choice.label, width: screen.width - 1, indent: String(repeating: " ", count: keyWidth + 5))
                screen.line("   " + style.accent(key) + "  " + lines[0].drop { $0 == " " })
                for line in lines.dropFirst() { screen.line(line) }
            }
        }
    }

    func showHelp(for question: Question, parser: AnswerParser) {
        screen.line()
        if let help = question.help {
            screen.paragraph(help.text(in: language), indent: accessible ? "" : "  ")
        } else {
            screen.paragraph(strings.noExtraHelp, indent: accessible ? "" : "  ")
        }
        screen.paragraph(strings.typeHint(parser.hint), indent: accessible ? "" : "  ")
    }

    func showCommands() {
        screen.line()
        screen.line(accessible ? "\(strings.commands):" : style.bold(strings.commands))
        for (command, usual) in zip(RunnerCommand.summary.map(\.0), strings.commandMeanings) {
            let meaning = kiosk && command == RunnerCommand.quit.rawValue ? strings.kioskQuitMeaning : usual
            if accessible {
                screen.paragraph("\(command): \(meaning).")
            } else {
                let lines = TextWrapping.wrap(
                    meaning, width: screen.width - 1, indent: String(repeating: " ", count: 11))
                screen.line(
                    "  " + style.accent(command.padding(toLength: 9, withPad: " ", startingAt: 0))
                        + lines[0].drop { $0 == " " })
                for line in lines.dropFirst() { screen.line(line) }
            }
        }
        screen.paragraph(strings.commandsFootnote, indent: accessible ? "" : "  ")
    }

    func showError(_ message: String) {
        if accessible {
            screen.paragraph(spoken(strings.notAccepted(message)))
        } else {
            for line in TextWrapping.wrap(message, width: screen.width - 3) { screen.line(style.error("! " + line)) }
        }
    }

    func showReview(_ interview: Interview, title: String) {
        screen.line()
        screen.line(accessible ? "\(title)." : style.bold(title))
        for item in interview.review {
            let parser = AnswerParser(question: item.question, language: language)
            let number = String(item.number)
            let indent = String(repeating: " ", count: accessible ? 0 : 6)
            let prompt = TextWrapping.wrap(item.question.prompt.text(in: language), width: screen.width - 1, indent: indent)
            if accessible {
                screen.line("\(number). \(prompt.joined(separator: " "))")
            } else {
                screen.line(
                    String(repeating: " ", count: max(0, 4 - number.count)) + style.accent(number) + "  "
                        + prompt[0].drop { $0 == " " })
                for line in prompt.dropFirst() { screen.line(line) }
            }
            var answer = strings.yourAnswer(item.answer.map(parser.describe) ?? strings.notAnswered)
            if item.question.predict, item.answer != nil || item.prediction != nil {
                answer += strings.yourGuess(item.prediction.map(parser.describe) ?? strings.notGiven)
            }
            // "4 · Agree" reads as "4, Agree" to a screen reader.
            screen.paragraph(accessible ? spoken(answer) : answer, indent: indent)
        }
    }

    /// Text as a screen reader should say it: `1–5` as `1 to 5`, `4 · Agree` as `4, Agree`.
    func spoken(_ text: String) -> String {
        text.replacingOccurrences(of: " · ", with: ", ").replacingOccurrences(of: "–", with: strings.rangeSpoken)
    }

    func otherPartner(than partner: String) -> String {
        partners.first { $0 != partner } ?? strings.theOtherPartner
    }
}
