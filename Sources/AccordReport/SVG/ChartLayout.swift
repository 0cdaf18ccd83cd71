/// The two layouts every chart is drawn in: `wide` for a desktop, a projector and paper, and
/// `narrow` for a phone, re-laid out (labels above their rows, names in a numbered key) so
/// that its text stays at least 11 CSS px on a 360 px screen instead of being shrunk.
enum ChartLayout: CaseIterable, Sendable {
    case wide
    case narrow

    /// The narrow layout's width in user units: at most the content width of a 360 px phone
    /// (the page's side padding is 16 px), so one user unit is at least one CSS pixel.
    static let narrowWidth = 320.0

    /// Roughly how many characters of 12 px text fit in `width` user units.
    static func characters(in width: Double, size: Double = 12) -> Int {
        max(Int(width / (size * 0.56)), 8)
    }
}

/// Chart labels that fit, and a numbered key under the chart with the full text of those that
/// do not, so no name is ever cut.
struct SVGKey {
    /// The label to print in the chart for each title: the title itself, or its key number.
    var labels: [String]
    /// The key's entries: (number, full title), for the titles replaced by numbers.
    var entries: [(String, String)]

    /// Titles longer than `fit` characters (all of them when `numbered`) get numbers 1, 2, ….
    init(_ titles: [String], fit: Int, numbered: Bool = false) {
        labels = []
        entries = []
        for (index, title) in titles.enumerated() {
            if numbered || title.count > fit {
                labels.append(String(index + 1))
                entries.append((String(index + 1), title))
            } else {
                labels.append(title)
            }
        }
    }

    /// Draws the key at `y`, each entry's number left of its wrapped text; returns the y after it.
    @discardableResult
    func draw(into svg: inout SVGCanvas, x: Double, y: Double, width: Double) -> Double {
        var y = y + 12
        for (number, title) in entries {
            svg.text(number, x: x, y: y, size: 12, weight: "bold")
            y = svg.lines(TextWrapping.wrap(title, width: ChartLayout.characters(in: width - 24)), x: x + 24, y: y, size: 12)
        }
        return y - 12
    }
}
