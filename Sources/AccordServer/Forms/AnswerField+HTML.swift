import AccordCore

extension AnswerField {
    /// The field as an accessible fieldset: the prompt as its legend, help text and the error
    /// message tied to the inputs with `aria-describedby`, values filled in from `current`
    /// (the stored answer) or `posted` (what was just sent, when it had an error).
    func html(legend: String, current: Answer?, posted: FormData?, error: String?) -> String {
        var describedBy: [String] = []
        var parts: [String] = []
        if let help = question.help?.text(in: language), prefix == "a" {
            parts.append(#"<p class="help" id="\#(domID)-help" dir="auto">\#(HTML.escape(help))</p>"#)
            describedBy.append("\(domID)-help")
        }
        if let error {
            parts.append(#"<p class="error" id="\#(domID)-error" role="alert">\#(HTML.escape(error))</p>"#)
            describedBy.append("\(domID)-error")
        }
        let described = describedBy.isEmpty ? "" : #" aria-describedby="\#(describedBy.joined(separator: " "))""#
        let values = Values(field: self, current: current, posted: posted)
        parts.append(inputs(values: values))
        let required =
            question.required && prefix == "a" ? #" <span class="required">\#(HTML.escape(words.requiredMark))</span>"# : ""
        let invalid = error == nil ? "" : #" class="invalid""#
        return """
            <fieldset id="\(domID)"\(invalid)\(described)>
            <legend>\(HTML.isolated(legend))\(required)</legend>
            \(parts.joined(separator: "\n"))
            </fieldset>
            """
    }

    /// The values to show: the posted ones when there are any, else the stored answer's.
    struct Values {
        var selected: Set<String>
        var text: String
        var ranking: [String]
        var special: String

        init(field: AnswerField, current: Answer?, posted: FormData?) {
            if let posted {
                selected = Set(posted.all(field.name))
                text = posted[field.name] ?? ""
                let count = field.question.options.count
                ranking = count == 0 ? [] : (1...count).map { posted["\(field.name).\($0)"] ?? "" }
                special = posted["\(field.name).x"] ?? ""
                return
            }
            selected = []
            text = ""
            ranking = []
            special = ""
            switch current {
            case .scale(let value): selected = [String(value)]
            case .choice(let option): selected = [option]
            case .multi(let options): selected = Set(options)
            case .rank(let options): ranking = options
            case .number(let value): text = NumberText.plain(value)
            case .text(let value): text = value
            case .yesno(let value): selected = [value ? "yes" : "no"]
            case .dontKnow: special = Answer.dontKnowToken; selected = [special]
            case .preferNotToSay: special = Answer.preferNotToSayToken; selected = [special]
            case nil: break
            }
        }
    }

    private func inputs(values: Values) -> String {
        switch question.kind {
        case .scale(let scale):
            let points = scale.points.map { point in
                (String(point.value), "\(point.value) · \(point.label.text(in: language))")
            }
            return radios(points + specialChoices, values: values)
        case .choice(let options):
            return radios(options.map { ($0.id, $0.label.text(in: language)) } + specialChoices, values: values)
        case .yesno:
            let answers = catalogue.answers
            return radios([("yes", answers.yes), ("no", answers.no)] + specialChoices, values: values)
        case .multi(let options, let min, let max):
            let boxes = options.enumerated().map { index, option in
                let id = "\(domID)-\(index)"
                let checked = values.selected.contains(option.id) ? " checked" : ""
                return #"<div class="option"><input type="checkbox" id="\#(id)" name="\#(name)" value="\#(HTML.escape(option.id))"\#(checked)> <label for="\#(id)">\#(HTML.isolated(option.label.text(in: language)))</label></div>"#
            }
            let hint = HTML.escape(min == max ? words.chooseExactly(min) : words.chooseBetween(min, max))
            return #"<p class="hint">\#(hint)</p>"# + boxes.joined() + specialSelect(values: values)
        case .rank(let options):
            let places = options.indices.map { index in
                let place = index + 1
                let id = "\(domID)-\(place)"
                let chosen = index < values.ranking.count ? values.ranking[index] : ""
                let choices = options.map { option in
                    let selected = option.id == chosen ? " selected" : ""
                    return #"<option value="\#(HTML.escape(option.id))"\#(selected)>\#(HTML.escape(option.label.text(in: language)))</option>"#
                }
                return #"<div class="rank"><label for="\#(id)">\#(place).</label> <select id="\#(id)" name="\#(name).\#(place)"><option value="">\#(HTML.escape(words.choosePlaceholder))</option>\#(choices.joined())</select></div>"#
            }
            return #"<p class="hint">\#(HTML.escape(words.putInOrder))</p>"# + places.joined()
                + specialSelect(values: values)
        case .number(let range):
            let id = "\(domID)-value"
            var attributes = #"inputmode="decimal""#
            if let min = range.min { attributes += #" data-min="\#(NumberText.plain(min))""# }
            if let max = range.max { attributes += #" data-max="\#(NumberText.plain(max))""# }
            let unit = range.unit.map { " " + HTML.escape($0.text(in: language)) } ?? ""
            let bounds = numberBounds(range)
            return #"<p class="hint">\#(HTML.escape(bounds))</p><label for="\#(id)">\#(words.yourAnswerHTML(unit))</label> <input type="text" id="\#(id)" name="\#(name)" \#(attributes) dir="auto" value="\#(HTML.escape(values.text))">"#
                + specialSelect(values: values)
        case .text(let maxLength):
            let id = "\(domID)-value"
            return #"<label for="\#(id)">\#(HTML.escape(words.textAnswerLabel(maxLength)))</label><textarea id="\#(id)" name="\#(name)" rows="4" maxlength="\#(maxLength)" dir="auto">\#(HTML.escape(values.text))</textarea>"#
                + specialSelect(values: values)
        }
    }

    private var specialChoices: [(String, String)] {
        var choices: [(String, String)] = []
        let answers = catalogue.answers
        if question.allowDontKnow { choices.append((Answer.dontKnowToken, answers.dontKnow)) }
        if question.allowPreferNotToSay { choices.append((Answer.preferNotToSayToken, answers.preferNotToSay)) }
        return choices
    }

    private func radios(_ choices: [(value: String, label: String)], values: Values) -> String {
        choices.enumerated().map { index, choice in
            let id = "\(domID)-\(index)"
            let checked = values.selected.contains(choice.value) ? " checked" : ""
            return #"<div class="option"><input type="radio" id="\#(id)" name="\#(name)" value="\#(HTML.escape(choice.value))"\#(checked)> <label for="\#(id)">\#(HTML.isolated(choice.label))</label></div>"#
        }.joined()
    }

    /// For types without radio buttons: "don't know" and "prefer not to say" as a select.
    private func specialSelect(values: Values) -> String {
        let choices = specialChoices
        guard !choices.isEmpty else { return "" }
        let id = "\(domID)-x"
        let options = ([("", words.myAnswerAbove)] + choices).map { value, label in
            let selected = values.special == value ? " selected" : ""
            return #"<option value="\#(value)"\#(selected)>\#(HTML.escape(label))</option>"#
        }
        return #"<div class="special"><label for="\#(id)">\#(HTML.escape(words.or))</label> <select id="\#(id)" name="\#(name).x">\#(options.joined())</select></div>"#
    }
}

/// Numbers as participants write them.
enum NumberText {
    /// `12` for whole numbers, `12.5` otherwise.
    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

}

extension AnswerField {
    /// The allowed range as a sentence in the field's language, bounds written as the
    /// participant types them: "Eine Zahl von 0 bis 2,5."
    func numberBounds(_ range: NumberRange) -> String {
        let numbers = AnswerParser(question: question, language: language).numberGrammar
        return words.numberBounds(range.integer, range.min.map { numbers.format($0) }, range.max.map { numbers.format($0) })
}
}
