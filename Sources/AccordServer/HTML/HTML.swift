/// The pages' frame and escaping: every piece of participant or workshop text goes through
/// `escape` (AccordCore's `HTMLText`), so no answer, option label or partner name can inject markup.
import AccordCore

enum HTML {
    /// `text` safe in element content and quoted attribute values: AccordCore's one HTML
    /// escape, `HTMLText.escape`.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// Text from a person in element content, escaped and isolated in `<bdi>` for its own
    /// writing direction (`HTMLText.isolated`).
    static func isolated(_ text: String) -> String { HTMLText.isolated(text) }

    /// A whole page, its `lang` and `dir` from `language` (`rtl` for Hebrew, Arabic, …): the
    /// shared style sheet and script (no inline script: the CSP forbids it), a viewport for
    /// phones, and `body` inside `<main>`. With `refreshSeconds`, a browser without JavaScript
    /// reloads the page that often (with it, the script follows the page's `data-live` address
    /// instead); `bodyClass` styles a whole page (`presenter`).
    static func page(
        title: String, language: String = "en", refreshSeconds: Int? = nil, bodyClass: String? = nil, body: String
    ) -> String {
        let refresh = refreshSeconds.map { #"<noscript><meta http-equiv="refresh" content="\#($0)"></noscript>"# + "\n" } ?? ""
        let bodyTag = bodyClass.map { #"<body class="\#(escape($0))">"# } ?? "<body>"
        return """
        <!doctype html>
        <html lang="\(escape(language))" dir="\(HTMLText.direction(language: language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(escape(title))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/accord.css">
        <script src="/assets/accord.js" defer></script>
        \(refresh)</head>
        \(bodyTag)
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
