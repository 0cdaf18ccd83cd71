import AccordCore

/// A small inline-SVG builder. Every text it is given is escaped; numbers are written with
/// one decimal so output is deterministic.
struct SVGCanvas {
    /// Width and height in user units (the SVG scales to its container).
    var width: Double
    var height: Double
    /// What the chart shows, for screen readers (`<title>` and `aria-label`).
    var label: String
    private var parts: [String] = []

    init(width: Double, height: Double, label: String) {
        self.width = width
        self.height = height
        self.label = label
    }

    /// The finished `<svg>` element.
    var markup: String {
        let title = HTMLText.escape(label)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" "
            + "width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" role=\"img\" aria-label=\"\(title)\" class=\"chart\">"
            + "<title>\(title)</title>" + parts.joined() + "</svg>"
    }

    /// A number as SVG text.
    static func n(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, className: String? = nil) {
        var attributes = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(width, 0)))\" height=\"\(Self.n(max(height, 0)))\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        if let className { attributes += " class=\"\(className)\"" }
        parts.append("<rect \(attributes)/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#000", width: Double = 1, dashed: Bool = false) {
        parts.append("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" "
                     + "stroke-width=\"\(Self.n(width))\"" + (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>")
    }

    mutating func circle(x: Double, y: Double, r: Double, fill: String, stroke: String = "#000") {
        parts.append("<circle cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, width: Double = 2, dashed: Bool = false) {
        let list = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        parts.append("<polygon points=\"\(list)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
                     + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>")
    }

    /// A group's marker: a filled circle or an open square, so two groups differ without colour.
    mutating func marker(_ marker: SVGMarker, x: Double, y: Double, size: Double = 6) {
        switch marker {
        case .filledCircle: circle(x: x, y: y, r: size, fill: marker.colour, stroke: "#000")
        case .openSquare:
            rect(x: x - size, y: y - size, width: size * 2, height: size * 2, fill: "#fff", stroke: marker.colour)
            parts.append("<rect x=\"\(Self.n(x - size + 1.5))\" y=\"\(Self.n(y - size + 1.5))\" width=\"\(Self.n(size * 2 - 3))\" "
                         + "height=\"\(Self.n(size * 2 - 3))\" fill=\"none\" stroke=\"\(marker.colour)\" stroke-width=\"2\"/>")
        }
    }

    /// Text; `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, weight: String? = nil,
        fill: String = "#111", className: String? = nil, title: String? = nil
    ) {
        var attributes = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.n(size))\" fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let className { attributes += " class=\"\(className)\"" }
        // A shortened label carries its full text as a tooltip and for screen readers.
        let tooltip = title.map { $0 == text ? "" : "<title>\(HTMLText.escape($0))</title>" } ?? ""
        parts.append("<text \(attributes)>\(tooltip)\(HTMLText.escape(text))</text>")
    }

    /// `lines` one under another from `y`, `spacing` apart; returns the y after the last.
    @discardableResult
    mutating func lines(
        _ lines: [String], x: Double, y: Double, spacing: Double = 15, anchor: String = "start", size: Double = 12,
        weight: String? = nil, fill: String = "#111"
    ) -> Double {
        for (index, line) in lines.enumerated() {
            text(line, x: x, y: y + spacing * Double(index), anchor: anchor, size: size, weight: weight, fill: fill)
        }
        return y + spacing * Double(lines.count)
    }

}

/// The two markers that tell groups apart in every chart, in colour and in black and white.
enum SVGMarker {
    /// The first group: partner A, or management.
    case filledCircle
    /// The second group: partner B, or execution.
    case openSquare

    /// The marker's colour (dark enough to read in grey).
    var colour: String {
        switch self {
        case .filledCircle: "#1f4e79"
        case .openSquare: "#b34700"
        }
    }

    /// The name used in legends.
    var name: String {
        switch self {
        case .filledCircle: "filled circle"
        case .openSquare: "open square"
        }
    }
}
