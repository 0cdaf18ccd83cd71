import AccordCore
import Foundation

/// What the runner shows: welcome, section introductions, questions, reviews, help, errors.
/// Accessible mode writes the same content as plain numbered lines, without colour or
/// symbols that carry meaning.
extension InterviewRunner {
    var style: Style { screen.style }
    var accessible: Bool { screen.accessible }

    var answerPrompt: String { accessible ? "Answer: " : style.prompt("> ") }

    func reviewPrompt(_ text: String) -> String { accessible ? "\(text): " : style.prompt("\(text) > ") }

    func showWelcome() {
        screen.line()
        screen.line(style.bold(workshop.title.text))
        if let description = workshop.description { screen.paragraph(description.text) }
        screen.paragraph(
            "Your answers are anonymous: only the partner and the level you choose are stored with them. "
                + "Type ? for help on a question and :help for commands.")
    }

    func showIntroduction(of section: Section) {
        screen.line()
        screen.line(accessible ? "Section: \(section.title.text)." : style.bold("── \(section.title.text) ──"))
        if let introduction = section.introduction { screen.paragraph(introduction.text) }
        if let minutes = section.timeboxMinutes {
            screen.line(accessible ? "About \(minutes) minutes." : style.dim("About \(minutes) minutes."))
        }
    }

    func show(_ step: Interview.Step, of question: Question, in interview: Interview, draftPartner: String) {
        let parser = AnswerParser(question: question)
        let progress = interview.progress(of: step)
        let isGuess: Bool
        if case .prediction = step { isGuess = true } else { isGuess = false }
        screen.line()
        if let progress {
            if accessible {
                screen.line(
                    "Question \(progress.number) of \(progress.total), \(progress.sectionTitle)"
                        + (isGuess ? ", your guess." : "."))
            } else {
                screen.line(
                    style.dim(
                        "\(progress.sectionTitle) · \(progress.number)/\(progress.total)"
                            + (isGuess ? " · your guess" : "")))
            }
        }
        if isGuess {
            screen.paragraph("Now guess: how do people at \(otherPartner(than: draftPartner)) answer this?")
        }
        let optional = question.required || isGuess ? "" : " (optional)"
        for line in TextWrapping.wrap(question.prompt.text + optional, width: screen.width - 1) {
            screen.line(style.bold(line))
        }
        showChoices(parser.choices)
        let skip = interview.isOptional(step) && interview.answer(at: step) == nil
        if accessible {
            screen.paragraph(
                spoken(
                    "Type \(parser.hint)\(skip ? ", or press Enter to skip" : ""). Type ? for help or :help for commands."
                ))
        } else {
            let hint = "\(parser.hint)\(skip ? " · Enter skips" : "") · ? help · :help commands"
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
            screen.paragraph(help.text, indent: accessible ? "" : "  ")
        } else {
            screen.paragraph("There is no extra help for this question.", indent: accessible ? "" : "  ")
        }
        screen.paragraph("Type \(parser.hint).", indent: accessible ? "" : "  ")
    }

    func showCommands() {
        screen.line()
        screen.line(accessible ? "Commands:" : style.bold("Commands"))
        for (command, usual) in RunnerCommand.summary {
            let meaning =
                kiosk && command == RunnerCommand.quit.rawValue ? "leave without submitting; your answers are deleted" : usual
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
        screen.paragraph(
            "Numbers or labels both work; Tab completes labels. Several answers: 1,3 or labels separated by commas. "
                + "Ranking: 3 1 2, most important first.", indent: accessible ? "" : "  ")
    }

    func showError(_ message: String) {
        if accessible {
            screen.paragraph(spoken("Not accepted: \(message)."))
        } else {
            for line in TextWrapping.wrap(message, width: screen.width - 3) { screen.line(style.error("! " + line)) }
        }
    }

    func showReview(_ interview: Interview, title: String) {
        screen.line()
        screen.line(accessible ? "\(title)." : style.bold(title))
        for item in interview.review {
            let parser = AnswerParser(question: item.question)
            let number = String(item.number)
            let indent = String(repeating: " ", count: accessible ? 0 : 6)
            let prompt = TextWrapping.wrap(item.question.prompt.text, width: screen.width - 1, indent: indent)
            if accessible {
                screen.line("\(number). \(prompt.joined(separator: " "))")
            } else {
                screen.line(
                    String(repeating: " ", count: max(0, 4 - number.count)) + style.accent(number) + "  "
                        + prompt[0].drop { $0 == " " })
                for line in prompt.dropFirst() { screen.line(line) }
            }
            var answer = "Your answer: " + (item.answer.map(parser.describe) ?? "not answered")
            if item.question.predict, item.answer != nil || item.prediction != nil {
                answer += "; your guess: " + (item.prediction.map(parser.describe) ?? "not given")
            }
            // "4 · Agree" reads as "4, Agree" to a screen reader.
            screen.paragraph(accessible ? spoken(answer) : answer, indent: indent)
        }
    }

    /// Text as a screen reader should say it: `1–5` as `1 to 5`, `4 · Agree` as `4, Agree`.
    func spoken(_ text: String) -> String {
        text.replacingOccurrences(of: " · ", with: ", ").replacingOccurrences(of: "–", with: " to ")
    }

    func otherPartner(than partner: String) -> String {
        partners.first { $0 != partner } ?? "the other partner"
    }
}

/// The two questions asked before the workshop: the only things known about a participant.
enum ProfileQuestions {
    static func partner(_ partners: [String]) -> Question {
        Question(
            id: "partner",
            kind: .choice(partners.map { Option(id: $0, label: LocalizedText($0)) }),
            prompt: LocalizedText("Which partner organisation are you with?"))
    }

    static let level = Question(
        id: "level",
        kind: .choice(Level.allCases.map { Option(id: $0.rawValue, label: LocalizedText($0.title)) }),
        prompt: LocalizedText(
            "Which level are you answering for? (Management: managers and executives; "
                + "Execution: the people who carry out the partnership's work.)"))
}
