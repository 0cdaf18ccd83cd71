import AccordCore

/// The page's only stylesheet, inline: readable projected in a room and printed in black and
/// white (shapes, patterns and printed numbers carry meaning, never colour alone), on a phone
/// (each chart in a narrow layout, tables narrow or scrolling inside themselves) and on A4.
/// The report is always light: its charts are drawn for white paper, so a dark browser
/// scheme does not invert it (every pair stays at least 4.5:1, see ContrastTests).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; --ink: #111; --muted: #555; --rule: #d0d0d0; --accent: #1f4e79; --warn: #8a4b00; --paper: #fff;
          --quote: #f6f6f6; }
        * { box-sizing: border-box; }
        figure { margin: 8px 0; }
        .narrow { display: none; }
        .table { max-width: 100%; overflow-x: auto; }
        code { overflow-wrap: anywhere; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
          margin: 0 auto; max-width: 1180px; padding: 24px 32px 64px; line-height: 1.45; background: var(--paper);
          overflow-wrap: break-word; }
        h1 { font-size: 2rem; margin: 0 0 4px; }
        h2 { font-size: 1.4rem; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 28px 0 6px; }
        .meta { color: var(--muted); margin: 0; }
        .preview { border: 3px dashed var(--warn); color: var(--warn); padding: 10px 14px; font-weight: bold; margin: 16px 0; }
        .headline { display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; margin: 20px 0; }
        .index { font-size: 3.4rem; font-weight: 800; line-height: 1; }
        .index small { font-size: 1.2rem; font-weight: 600; color: var(--muted); }
        .findings { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
        .findings ol { padding-left: 1.4em; margin: 0; }
        .findings li { margin: 0 0 8px; }
        table { border-collapse: collapse; margin: 8px 0 12px; font-size: 0.92rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: 4px 10px; text-align: right; vertical-align: top; }
        th:first-child, td:first-child { text-align: left; }
        th { border-bottom: 2px solid var(--ink); }
        .counts th { border-bottom: 1px solid var(--rule); padding-right: 24px; }
        td.hidden { color: var(--muted); font-style: italic; text-align: left; }
        .chart { max-width: 100%; height: auto; display: block; margin: 8px 0 16px; font-family: inherit; }
        .halo { paint-order: stroke; stroke: #fff; stroke-width: 3px; }
        .question { border-top: 1px solid var(--rule); padding-top: 8px; }
        .question .id { color: var(--muted); font-size: 0.85rem; }
        .gaps { margin: 4px 0 0; padding-left: 1.2em; font-size: 0.92rem; }
        .large { font-weight: bold; }
        blockquote { margin: 8px 0; padding: 6px 14px; border-left: 4px solid var(--ink); background: var(--quote); white-space: pre-wrap; }
        .methods dt { font-weight: bold; margin-top: 10px; }
        .methods dd { margin: 2px 0 0 0; }
        .legend { color: var(--muted); font-size: 0.9rem; }
        .patterns { position: absolute; width: 0; height: 0; overflow: hidden; }
        @media (max-width: 900px) { .findings { grid-template-columns: 1fr; } }
        @media screen and (max-width: 600px) {
          body { padding: 16px 16px 48px; }
          h1 { font-size: 1.6rem; }
          .index { font-size: 2.6rem; }
          .wide { display: none; }
          .narrow { display: block; }
          table { font-size: 0.85rem; }
          th, td { padding: 3px 6px; }
        }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2, h3 { break-after: avoid; }
          /* A question is kept from breaking inside its chart, table and lines, not as a whole:
             whole, most of them did not fit what was left of a page and left it half empty. */
          .chart, table, figure, blockquote, li { break-inside: avoid; }
          .narrow { display: none; }
          .wide { display: block; }
          .table { overflow: visible; }
          .findings { grid-template-columns: 1fr; }
          .preview { border-color: #000; color: #000; }
          blockquote { background: none; }
        }
        """

    /// The printed pages' running header: workshop, session and round, as a CSS string
    /// (escaped so no text can end the string or the style element).
    static func pageHeader(_ report: GapReport) -> String {
        let text = ReportWords.current.printHeader(report.workshop.title, report.session.id, report.round, report.isPreview)
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"", "<", ">", "&": escaped += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\" + String(scalar.value, radix: 16) + " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "@page { @top-left { content: \"\(escaped)\"; font: 8pt system-ui, sans-serif; color: #333; } "
            + "@bottom-right { content: counter(page) \" / \" counter(pages); font: 8pt system-ui, sans-serif; color: #333; } }"
    }
}
