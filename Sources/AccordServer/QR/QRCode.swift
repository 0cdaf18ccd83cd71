import CQRencode

/// A QR code made by libqrencode, for the join URL: drawn in the terminal and on the
/// facilitator page so phones in the room join by scanning it.
public struct QRCode: Sendable, Hashable {
    /// The side of the square, in modules, without the quiet zone.
    public let width: Int
    /// Whether each module is dark, row by row.
    public let modules: [Bool]

    /// Encodes `text` at error-correction level M; `nil` when it is too long for a QR code.
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        self.width = width
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        self.modules = data.map { $0 & 1 == 1 }
    }

    /// Whether the module at (`x`, `y`) is dark; outside the code (the quiet zone) it is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<width).contains(x), (0..<width).contains(y) else { return false }
        return modules[y * width + x]
    }

    /// The code as text for a terminal: two rows of modules per line with Unicode half blocks,
    /// dark modules drawn as spaces on light, with a quiet zone of two modules.
    public var terminalText: String {
        let margin = 2
        var lines: [String] = []
        var y = -margin
        while y < width + margin {
            var line = ""
            for x in -margin..<(width + margin) {
                switch (isDark(x: x, y: y), isDark(x: x, y: y + 1)) {
                case (false, false): line += "█"
                case (false, true): line += "▀"
                case (true, false): line += "▄"
                case (true, true): line += " "
                }
            }
            lines.append(line)
            y += 2
        }
        return lines.joined(separator: "\n")
    }

    /// The code as an SVG image with a quiet zone of four modules, one path, no style
    /// attribute (the page's CSP forbids inline style).
    public func svg(label: String) -> String {
        let margin = 4
        let side = width + 2 * margin
        var path = ""
        for y in 0..<width {
            for x in 0..<width where isDark(x: x, y: y) {
                path += "M\(x + margin) \(y + margin)h1v1h-1z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" class="qr" role="img" \
            aria-label="\(HTML.escape(label))" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }
}
