/// Fill patterns so charts read in black and white: hidden cells are hatched, and nominal
/// categories alternate solid fills with hatches and dots. The definitions are written once
/// per page, in a hidden SVG the charts refer to.
enum SVGPatterns {
    /// The `<defs>` of the page's hidden pattern SVG.
    static let definitions = """
        <defs>\
        <pattern id="hidden" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="8" height="8" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="8" stroke="#888" stroke-width="2"/></pattern>\
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">\
        <rect width="6" height="6" fill="#9ecae1"/><line x1="0" y1="0" x2="0" y2="6" stroke="#08306b" stroke-width="1.5"/></pattern>\
        <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">\
        <rect width="6" height="6" fill="#fdd0a2"/><circle cx="3" cy="3" r="1.4" fill="#7f2704"/></pattern>\
        <pattern id="cross" width="7" height="7" patternUnits="userSpaceOnUse">\
        <rect width="7" height="7" fill="#d9d9d9"/><path d="M0 0L7 7M7 0L0 7" stroke="#252525" stroke-width="1"/></pattern>\
        </defs>
        """

    /// Fill of scale point `index` of `count`: light to dark, so order survives in grey.
    static func ordinal(_ index: Int, of count: Int) -> String {
        let ramp = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]
        guard count > 1 else { return ramp[3] }
        let position = Double(index) / Double(count - 1) * Double(ramp.count - 1)
        return ramp[min(Int(position.rounded()), ramp.count - 1)]
    }

    /// Whether text on `ordinal(index, of: count)` should be white.
    static func ordinalIsDark(_ index: Int, of count: Int) -> Bool { isDark(ordinal(index, of: count)) }

    /// Whether a fill is dark enough for white text (at least 4.5:1 with white; black text
    /// on the others is at least 4.5:1 too). The one rule for text on every chart fill.
    static func isDark(_ fill: String) -> Bool { ["#2171b5", "#08519c", "#08306b"].contains(fill) }

    /// Fill of nominal option `index`: distinct in colour and in pattern.
    static func nominal(_ index: Int) -> String {
        ["#08306b", "url(#dots)", "#bdbdbd", "url(#hatch)", "#ffffff", "url(#cross)"][index % 6]
    }

    /// Whether text on `nominal(index)` should be white.
    static func nominalIsDark(_ index: Int) -> Bool { index % 6 == 0 }

    /// Fill of a 0–100 score in the heatmap: light (low) to dark (high).
    static func score(_ value: Double) -> String {
        ordinal(Int((min(max(value, 0), 100) / 100 * 7).rounded()), of: 8)
    }
}
