import Hummingbird

/// The one style sheet and the one script, served from memory at `/assets/`. The pages work
/// without the script; it only keeps a submit button from being pressed twice and keeps the
/// console and the presenter view live: it asks the page's `data-live` address every two
/// seconds, reloads when what the page shows changed (its `data-version`), and otherwise
/// only updates the countdown (text made by the server, `Countdown.text`). Every colour is a variable, set for the light and the dark
/// scheme, each text colour at least 4.5:1 on its background (WCAG AA; see ContrastTests).
enum Assets {
    static let css = """
        :root { color-scheme: light dark; --text: #111111; --background: #ffffff; --muted: #555555; --accent: #1d5fa8;
            --on-accent: #ffffff; --error: #b00020; --border: #767676; }
        @media (prefers-color-scheme: dark) {
          :root { --text: #ececec; --background: #121212; --muted: #b3b3b3; --accent: #8ab4f8; --on-accent: #111111;
            --error: #ff8a80; --border: #8f8f8f; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text);
            background: var(--background); }
        a { color: var(--accent); }
        main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; }
        fieldset { border: 1px solid #8888; border-radius: .5rem; margin: 0 0 1.2rem; padding: .8rem 1rem; }
        fieldset.invalid { border-color: var(--error); border-width: 2px; }
        legend { float: left; width: 100%; padding: 0; margin: 0 0 .5rem; font-weight: 600; }
        legend + * { clear: both; }
        .option { display: flex; align-items: flex-start; gap: .5rem; padding: .35rem 0; }
        .option input { width: 1.3rem; height: 1.3rem; margin: .15rem 0 0; flex: none; }
        .option label { flex: 1; }
        .rank, .special { margin: .4rem 0; }
        select, input[type=text], textarea { font: inherit; padding: .45rem; border: 1px solid var(--border); border-radius: .3rem;
            max-width: 100%; color: inherit; background: var(--background); }
        textarea { width: 100%; }
        .help, .hint, .progress, .note { color: var(--muted); font-size: .92rem; }
        .error { color: var(--error); font-weight: 600; }
        .required { font-weight: normal; font-size: .85rem; color: var(--muted); }
        .actions { display: flex; flex-direction: row-reverse; justify-content: flex-end; gap: .8rem; margin: 1.5rem 0; }
        a.button { display: inline-block; box-sizing: border-box; text-decoration: none; line-height: 1.4; }
        button, a.button { font: inherit; padding: .65rem 1.3rem; border-radius: .4rem; border: 1px solid var(--border); background: transparent;
            color: inherit; min-height: 2.8rem; }
        button.primary { background: var(--accent); color: var(--on-accent); border-color: var(--accent); }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        dt { font-weight: 600; margin-top: .6rem; }
        dd { margin: 0 0 0 1rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { text-align: left; padding: .3rem .8rem .3rem 0; border-bottom: 1px solid #8884; }
        svg.qr { width: 14rem; height: 14rem; display: block; }
        nav.console ul { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; list-style: none; padding: 0; margin: 0 0 1rem; }
        nav.languages ul { display: flex; justify-content: flex-end; gap: .8rem; list-style: none; padding: 0; margin: 0; font-size: .9rem; }
        nav.languages a[aria-current] { font-weight: bold; text-decoration: none; color: inherit; }
        .inline { display: inline-flex; gap: .5rem; align-items: center; margin: 0 .6rem .6rem 0; }
        .countdown { font-size: 1.3rem; font-weight: 600; }
        ol.findings > li { margin: 0 0 1rem; }
        .finding-ask { font-style: italic; }
        body.presenter main { max-width: 70rem; }
        body.presenter { font-size: 28px; }
        body.presenter h1 { font-size: 2.4rem; }
        body.presenter h2 { font-size: 1.8rem; }
        body.presenter svg.qr { width: min(55vh, 90vw); height: min(55vh, 90vw); flex: none; }
        body.presenter .join-screen { display: flex; flex-wrap: wrap; gap: 1rem 3rem; align-items: center; }
        body.presenter .join-screen > div { flex: 1 1 20rem; }
        body.presenter .join-address { overflow-wrap: anywhere; }
        body.presenter .join-address strong { font-size: 1.2em; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        body.presenter .countdown { font-size: 2rem; }
        body.presenter ol.findings > li { margin: 0 0 1.6rem; border-left: .4rem solid currentColor; padding-left: 1rem; }
        """

    static let javascript = """
        "use strict";
        document.addEventListener("submit", function (event) {
          var button = event.submitter;
          if (button && button.hasAttribute("data-once")) {
            if (button.dataset.sent) { event.preventDefault(); return; }
            button.dataset.sent = "1";
            setTimeout(function () { button.disabled = true; }, 0);
          }
        });
        document.querySelectorAll("[data-live]").forEach(function (element) {
          var url = element.dataset.live;
          var version = element.dataset.version;
          var countdown = document.querySelector("[data-countdown]");
          function busy() {
            var active = document.activeElement;
            return active && active.matches("input, select, textarea");
          }
          function poll() {
            fetch(url, { cache: "no-store", credentials: "same-origin" })
              .then(function (response) { return response.ok ? response.json() : null; })
              .then(function (live) {
                if (!live) { return; }
                if (live.version !== version && !busy()) { location.reload(); return; }
                if (countdown && live.countdown) { countdown.textContent = live.countdown; }
              })
              .catch(function () {})
              .then(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 2000);
        });
        """
}

extension WorkshopServer {
    func addAssetRoutes(to router: Router<ServeRequestContext>) {
        router.get("assets/accord.css") { _, _ in
            Self.asset(Assets.css, type: "text/css; charset=utf-8")
        }
        router.get("assets/accord.js") { _, _ in
            Self.asset(Assets.javascript, type: "text/javascript; charset=utf-8")
        }
    }

    static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
