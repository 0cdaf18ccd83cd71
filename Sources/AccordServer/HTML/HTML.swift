/// Escaping for text placed in HTML: every piece of participant or workshop text goes through
/// here, so no answer, option label or partner name can inject markup.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities; safe in element content and
    /// in quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A whole page: the shared style sheet and script (no inline script: the CSP forbids it),
    /// a viewport for phones, and `body` inside `<main>`.
    static func page(title: String, language: String = "en", body: String) -> String {
        """
        <!doctype html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(escape(title))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/accord.css">
        <script src="/assets/accord.js" defer></script>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }

    /// A hidden CSRF field for a form.
    static func csrfField(_ token: String) -> String {
        #"<input type="hidden" name="csrf" value="\#(escape(token))">"#
    }
}
