/// Decodes the node tree of a workshop file into a `Workshop`, checking every rule of
/// `docs/workshop-format.md` and collecting every problem as a `Diagnostic`.
///
/// Decoding goes on after a problem (with the faulty part left out) so that one run
/// reports everything; a workshop is only returned when there is no diagnostic.
struct WorkshopDecoder {
    /// Who a message is about: the prefix that names it and, in a question, its id.
    struct Subject {
        var prefix: String
        var questionID: String? = nil

        static let workshop = Subject(prefix: "", questionID: nil)
    }

    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The workshop's language, which every translated text must include; empty until known.
    var language = ""
    /// The scales decoded so far, in order.
    var scales: [Scale] = []
    /// The ids of every scale declared with a valid id, even one whose points are wrong.
    var declaredScaleIDs: [String] = []
    /// The ids of the dimensions decoded so far.
    var dimensionIDs: [String] = []
    /// Every human-facing text read without a problem, in file order, for `TranslationCoverage`.
    var texts: [TextSite] = []

    init(file: String) {
        self.file = file
    }

    mutating func report(_ message: String, at position: JSONPosition, path: JSONPath, _ subject: Subject) {
        diagnostics.append(
            Diagnostic(
                file: file, line: position.line, column: position.column, path: path.description,
                questionID: subject.questionID, message: subject.prefix + message))
    }

    // MARK: The workshop

    mutating func decodeWorkshop(_ root: JSONNode) -> Workshop? {
        guard let object = requireObject(root, path: .root, .workshop, what: "a workshop") else { return nil }
        var formatVersion = Workshop.formatVersion
        if let version = readInteger(object, "formatVersion", required: true) {
            if version > Workshop.formatVersion {
                // The rest of a newer file follows rules this build does not know: say only this.
                let node = object.member("formatVersion")!.value
                report(
                    "this workshop uses format version \(version); this build of accord understands up to \(Workshop.formatVersion)",
                    at: node.position, path: object.path.appending("formatVersion"), .workshop)
                return nil
            }
            if version < 1 {
                let node = object.member("formatVersion")!.value
                report(
                    "format version \(version) does not exist; use 1", at: node.position,
                    path: object.path.appending("formatVersion"), .workshop)
            }
            formatVersion = version
        }
        checkKeys(object, allowed: WorkshopFormat.workshopKeys)
        _ = readString(object, "$schema", required: false)
        if let code = readString(object, "language", required: true) {
            if WorkshopFormat.isLanguageCode(code) {
                language = code
            } else {
                let node = object.member("language")!.value
                report(
                    "'language' must be a language code such as 'en' or 'de-CH', found '\(input: code)'", at: node.position,
                    path: object.path.appending("language"), .workshop)
            }
        }
        let id = readID(object)
        let version = readString(object, "version", required: true, nonEmpty: true)
        let title = readText(object, "title", required: true)
        let description = readText(object, "description", required: false)
        let anonymity = decodeAnonymity(object)
        decodeScales(object)
        let dimensions = decodeDimensions(object)
        let sections = decodeSections(object)
        guard let id, let version, let title else { return nil }
        return Workshop(
            formatVersion: formatVersion, id: id, version: version, title: title, description: description,
            language: language, anonymity: anonymity, scales: scales, dimensions: dimensions, sections: sections)
    }

    private mutating func decodeAnonymity(_ workshop: ObjectNode) -> AnonymityThresholds {
        var thresholds = AnonymityThresholds()
        guard let member = workshop.member("anonymity"),
            let object = requireObject(
                member.value, path: workshop.path.appending("anonymity"), .workshop, what: "'anonymity'")
        else { return thresholds }
        let anonymity = object.about(Subject(prefix: "anonymity: "))
        checkKeys(anonymity, allowed: WorkshopFormat.anonymityKeys)
        let floor = AnonymityThresholds.floor
        if let size = readInteger(anonymity, "minGroupSize", required: false) {
            thresholds.minGroupSize = size
            if size < floor {
                let node = object.member("minGroupSize")!.value
                report(
                    "minGroupSize \(size) is below the floor of \(floor): smaller groups could be identified",
                    at: node.position, path: object.path.appending("minGroupSize"), anonymity.subject)
            }
        }
        // Left out, the text threshold is the default 5 or minGroupSize when that is larger:
        // comments never get less protection than statistics.
        thresholds.minGroupSizeForText = max(thresholds.minGroupSizeForText, thresholds.minGroupSize)
        if let forText = readInteger(anonymity, "minGroupSizeForText", required: false) {
            thresholds.minGroupSizeForText = forText
            if forText < thresholds.minGroupSize {
                let member = object.member("minGroupSizeForText")!
                report(
                    "minGroupSizeForText \(forText) must be at least minGroupSize \(thresholds.minGroupSize)",
                    at: member.value.position, path: object.path.appending(member.key), anonymity.subject)
            }
        }
        return thresholds
    }

    private mutating func decodeScales(_ workshop: ObjectNode) {
        guard let list = readArray(workshop, "scales", required: false) else { return }
        let (elements, path) = list
        var seen: Set<String> = []
        for (index, element) in elements.enumerated() {
            let elementPath = path.appending(index)
            guard let object = requireObject(element, path: elementPath, .workshop, what: "a scale") else { continue }
            let id = readID(object)
            let subject = Subject(prefix: id.map { "scale '\(input: $0)': " } ?? "scale #\(index + 1): ", questionID: nil)
            checkKeys(object.about(subject), allowed: WorkshopFormat.scaleKeys)
            if let id, seen.insert(id).inserted {
                declaredScaleIDs.append(id)
            } else if let id {
                report(
                    "scale '\(input: id)' is defined twice", at: object.member("id")!.value.position,
                    path: elementPath.appending("id"), .workshop)
            }
            let points = decodePoints(object, subject)
            if let id, let points, !scales.contains(where: { $0.id == id }) {
                scales.append(Scale(id: id, points: points))
            }
        }
    }

    private mutating func decodePoints(_ scale: ObjectNode, _ subject: Subject) -> [Scale.Point]? {
        let scale = scale.about(subject)
        guard let list = readArray(scale, "points", required: true) else { return nil }
        let (elements, path) = list
        if elements.count < 2 {
            report(
                "a scale needs at least 2 points, found \(elements.count)", at: scale.member("points")!.value.position,
                path: path, subject)
        }
        var points: [Scale.Point] = []
        var complete = true
        for (index, element) in elements.enumerated() {
            guard let object = requireObject(element, path: path.appending(index), subject, what: "a point") else {
                complete = false
                continue
            }
            checkKeys(object, allowed: WorkshopFormat.pointKeys)
            let value = readInteger(object, "value", required: true)
            let label = readText(object, "label", required: true)
            if let value, let previous = points.last?.value, value != previous + 1 {
                report(
                    "point values must be consecutive integers in ascending order, but \(value) follows \(previous)",
                    at: object.member("value")!.value.position, path: object.path.appending("value"), subject)
                complete = false
            }
            guard let value, let label else {
                complete = false
                continue
            }
            points.append(Scale.Point(value: value, label: label))
        }
        return complete && points.count >= 2 ? points : nil
    }

    private mutating func decodeDimensions(_ workshop: ObjectNode) -> [Dimension] {
        guard let list = readArray(workshop, "dimensions", required: false) else { return [] }
        let (elements, path) = list
        var dimensions: [Dimension] = []
        for (index, element) in elements.enumerated() {
            guard let object = requireObject(element, path: path.appending(index), .workshop, what: "a dimension")
            else { continue }
            let id = readID(object)
            let subject = Subject(
                prefix: id.map { "dimension '\(input: $0)': " } ?? "dimension #\(index + 1): ", questionID: nil)
            checkKeys(object.about(subject), allowed: WorkshopFormat.dimensionKeys)
            let title = readText(object.about(subject), "title", required: true)
            let description = readText(object.about(subject), "description", required: false)
            guard let id else { continue }
            if dimensionIDs.contains(id) {
                report(
                    "dimension '\(input: id)' is defined twice", at: object.member("id")!.value.position,
                    path: object.path.appending("id"), .workshop)
                continue
            }
            dimensionIDs.append(id)
            if let title { dimensions.append(Dimension(id: id, title: title, description: description)) }
        }
        return dimensions
    }
}
