#!/usr/bin/env python3
"""Real-browser test of `accord serve`: headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium) fills the whole shipped discovery-phase workshop as
participants of both partners (one starts with the keyboard alone), then the facilitator closes the round
through its confirm page (Cancel first, then Close), the report counts them all, and round 2 is
opened through its own confirm page. Takes phone-sized and desktop screenshots of a participant page for a person to
look at.

Then the HTML report (`accord demo --format html`): at 360, 390, 430 and 1280 px the document
is no wider than the screen, every chart's text is at least 11 CSS px (on the phone widths,
where the charts switch to their narrow layout) and no chart text runs outside its chart;
Chromium prints it to PDF (Page.printToPDF). axe-core, when installed
(`pip install axe-selenium-python` ships axe.min.js), checks the participant, facilitator and
report pages in both colour schemes. Screenshots of the report (phone, desktop, a printed page
in grey) go to the screenshot folder too.

Then (issue 14) the trilingual test workshop: two participants answer in German at the terminal,
one in Chromium with a French Accept-Language (pages, buttons and a decimal comma in French), and
the report counts the three together (`--languages-only` runs just this part).

Usage: scripts/browser-test.py [--accord PATH] [--screenshots DIR] [--languages-only]

Last, the Hebrew test workshop (Tests/Fixtures/rtl-hebrew.json) on its own server: pages
dir="rtl" lang="he", every form control right to left and answerable, axe-core clean, both
partners' submissions counted.

Bounded: every wait has a timeout; the main run is stopped after 420 seconds and the
right-to-left run after 120 more. Exit status
0 when every check passed, 1 with a message when one failed.
"""
import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import base64
import importlib.util

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKSHOP = os.path.join(ROOT, "questionnaires", "discovery-phase.json")
RTL_WORKSHOP = os.path.join(ROOT, "Tests", "Fixtures", "rtl-hebrew.json")
PARTICIPANTS = [("Acme", "management"), ("Globex", "execution"), ("Acme", "execution"),
                ("Globex", "management"), ("Acme", "management"), ("Globex", "execution")]


def fail(message):
    print(f"browser-test: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(accord, database, workshop=WORKSHOP, session="browser"):
    env = dict(os.environ, ACCORD_DB=database)
    subprocess.run([accord, "session", "new", "--workshop", workshop, "--partners", "Acme,Globex", "--id", session],
                   env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([accord, "serve", "--session", session, "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    urls = {}
    deadline = time.time() + 20
    while len(urls) < 2 and time.time() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        key, _, url = line.strip().partition(": ")
        urls[key] = url
    if len(urls) < 2:
        server.kill()
        fail("accord serve did not print its URLs")
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, urls["join"], urls["facilitator"]


def browser(width, height):
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    # axe-core on the whole report (every chart, in both layouts) takes seconds on an idle
    # machine and far longer on a loaded one; the run's own alarm still bounds everything.
    driver.set_script_timeout(180)
    return driver


def click_and_wait(driver, element):
    """Clicks a submit button or link and waits (10 s at most) for the next page to load."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def replaced(_):
        try:
            page.is_enabled()
            return False
        except WebDriverException:  # stale, or Chromium's "does not belong to the document"
            return True

    WebDriverWait(driver, 10).until(replaced)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def fill_page(driver, participant, partner):
    """Answers every unanswered field on the page, differently for each partner."""
    late = partner == "Globex"
    for fieldset in driver.find_elements(By.CSS_SELECTOR, "form fieldset"):
        radios = [r for r in fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]")
                  if r.get_attribute("value") not in ("dont-know", "prefer-not-to-say")]
        boxes = fieldset.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
        selects = [s for s in fieldset.find_elements(By.TAG_NAME, "select")
                   if not s.get_attribute("name").endswith(".x")]
        number = fieldset.find_elements(By.CSS_SELECTOR, "input[inputmode=decimal]")
        text = fieldset.find_elements(By.TAG_NAME, "textarea")
        if radios and not any(r.is_selected() for r in radios):
            choice = radios[-2 if late and len(radios) > 2 else 1 if len(radios) > 1 else 0]
            driver.find_element(By.CSS_SELECTOR, f"label[for='{choice.get_attribute('id')}']").click()
        elif boxes and not any(b.is_selected() for b in boxes):
            hint = fieldset.find_element(By.CLASS_NAME, "hint").text
            numbers = [int(n) for n in re.findall(r"\d+", hint)]
            count = max(1, min(numbers[0] if numbers else 1, len(boxes)))
            for box in (boxes[-count:] if late else boxes[:count]):
                box.send_keys(" ")  # keyboard, like a participant without a mouse
        elif selects and not Select(selects[0]).first_selected_option.get_attribute("value"):
            values = [o.get_attribute("value") for o in Select(selects[0]).options if o.get_attribute("value")]
            for select, value in zip(selects, reversed(values) if late else values):
                Select(select).select_by_value(value)
        elif number and not number[0].get_attribute("value"):
            low = float(number[0].get_attribute("data-min") or 0)
            high = float(number[0].get_attribute("data-max") or 100)
            number[0].send_keys(str(round(low + (high - low) * (0.9 if late else 0.2))))
        elif text and not text[0].get_attribute("value"):
            text[0].send_keys(f"Participant {participant} of {partner}: <b>not bold</b> & fine")


def keyboard_start(driver, partner, level):
    """Chooses partner and level and starts with the keyboard alone: Tab into each group of
    radio buttons, arrow keys to choose, Enter on the button."""
    def key(*keys):
        ActionChains(driver).send_keys(*keys).perform()

    # A workshop in several languages asks for one first: a single Tab stop, kept as checked.
    if driver.find_elements(By.CSS_SELECTOR, "input[name=language]"):
        key(Keys.TAB)
    for name, value in (("partner", partner), ("level", level)):
        key(Keys.TAB)
        radios = driver.find_elements(By.CSS_SELECTOR, f"input[name={name}]")
        if driver.switch_to.active_element != radios[0]:
            fail(f"Tab does not reach the first {name} choice")
        key(Keys.SPACE)
        for _ in range([r.get_attribute("value") for r in radios].index(value)):
            key(Keys.ARROW_DOWN)
        if not driver.find_element(By.CSS_SELECTOR, f"input[name={name}][value='{value}']").is_selected():
            fail(f"the arrow keys do not choose {value}")
    key(Keys.TAB)
    button = driver.switch_to.active_element
    if button.text != "Start":
        fail(f"Tab does not reach the Start button (it reaches {button.tag_name} {button.text!r})")
    key(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: "/section/1" in d.current_url)


def answer_workshop(driver, join_url, participant, partner, level, screenshots, axe=None, on_first_page=None):
    driver.delete_all_cookies()
    driver.get(join_url)
    if participant == 1:
        keyboard_start(driver, partner, level)
    else:
        driver.find_element(By.CSS_SELECTOR, f"input[name=partner][value='{partner}']").click()
        driver.find_element(By.CSS_SELECTOR, f"input[name=level][value='{level}']").click()
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button.primary"))
    for step in range(40):
        if "/review" in driver.current_url:
            break
        if "/section/" not in driver.current_url:
            fail(f"participant {participant}: unexpected page {driver.current_url}: {driver.title}")
        fill_page(driver, participant, partner)
        if on_first_page and step == 0:
            on_first_page(driver)
        if participant == 0 and step == 0:
            check_accessibility(driver, "participant page", axe)
            if screenshots:
                shoot(driver, screenshots)
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[value=next]"))
        errors = driver.find_elements(By.CSS_SELECTOR, "fieldset .error")
        if errors:
            fail(f"participant {participant}: the page refused an answer: {errors[0].text}")
    else:
        fail(f"participant {participant}: never reached the review")
    if driver.find_elements(By.CSS_SELECTOR, ".error.summary"):
        fail(f"participant {participant}: the review lists problems")
    submit = driver.find_element(By.CSS_SELECTOR, "form.submit button")
    click_and_wait(driver, submit)
    if "Thank you" not in driver.find_element(By.TAG_NAME, "h1").text:
        fail(f"participant {participant}: no thank-you page after submitting")


def shoot(driver, folder):
    os.makedirs(folder, exist_ok=True)
    size = driver.get_window_size()
    for name, (width, height) in {"participant-phone.png": (390, 844),
                                  "participant-desktop.png": (1280, 900)}.items():
        driver.set_window_size(width, height)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(folder, name))
    driver.set_window_size(size["width"], size["height"])


# The smallest on-screen size of any visible chart text, and texts running outside their chart.
CHART_TEXT = """
const found = {smallest: 1e9, outside: [], charts: 0};
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  if (box.width === 0) continue;
  found.charts += 1;
  const view = svg.viewBox.baseVal, scale = box.width / view.width;
  for (const text of svg.querySelectorAll('text')) {
    found.smallest = Math.min(found.smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
    const b = text.getBBox();
    if (b.x < view.x - 1 || b.x + b.width > view.x + view.width + 1 || b.y < view.y - 1 || b.y + b.height > view.y + view.height + 1) {
      found.outside.push(text.textContent + ' in ' + svg.getAttribute('aria-label').slice(0, 60));
    }
  }
}
return found;
"""


def emulate(driver, width, height, dark=False):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def axe_source():
    spec = importlib.util.find_spec("axe_selenium_python")
    if not spec or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "node_modules", "axe-core", "axe.min.js")
    return open(path, encoding="utf-8").read() if os.path.exists(path) else None


def check_accessibility(driver, page, source):
    """axe-core's WCAG 2 A/AA rules on the current page, in the light and the dark scheme."""
    if source is None:
        return
    for dark in (False, True):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
        driver.execute_script(source)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}).then(r => done(r.violations.map("
            "v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')"
            ".replace(/\\s+/g, ' ')).join(' | '))), e => done(['axe failed: ' + e]));")
        if result:
            fail(f"axe-core on the {page} ({'dark' if dark else 'light'}): " + "\n".join(result))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def check_report(driver, accord, folder, screenshots, axe):
    """The demo's HTML report on phones, a desktop and paper."""
    report = os.path.join(folder, "report.html")
    subprocess.run([accord, "demo", "--format", "html", "--db", os.path.join(folder, "demo.sqlite"), "--output", report],
                   check=True, capture_output=True, cwd=ROOT)
    for width in (360, 390, 430, 1280):
        emulate(driver, width, 900)
        driver.get("file://" + report)
        scroll, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            fail(f"the report scrolls sideways at {width} px: it is {scroll} px wide")
        found = driver.execute_script(CHART_TEXT)
        if found["charts"] < 5:
            fail(f"the report shows {found['charts']} charts at {width} px")
        if found["smallest"] < 10.95:
            fail(f"chart text is {found['smallest']:.1f} px at {width} px (at least 11 px)")
        if found["outside"]:
            fail(f"chart text runs outside its chart at {width} px: " + "; ".join(found["outside"][:5]))
        if screenshots and width in (390, 1280):
            os.makedirs(screenshots, exist_ok=True)
            driver.execute_script(f"document.querySelector('figure.{'narrow' if width < 600 else 'wide'}').scrollIntoView()")
            driver.save_screenshot(os.path.join(screenshots, f"report-{'phone' if width < 600 else 'desktop'}.png"))
    check_accessibility(driver, "report", axe)
    emulate(driver, 1280, 900)
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    if not pdf.startswith(b"%PDF") or pages < 2:
        fail(f"printing the report gave {pages} pages")
    # A question's chart, table and comparisons take well under two A4 pages; more means
    # blocks kept whole are leaving pages half empty (91 pages for 40 questions did).
    with open(report, encoding="utf-8") as file:
        questions = file.read().count('<article class="question"')
    if pages > 2 * questions:
        fail(f"printing the report gave {pages} A4 pages for {questions} questions (at most {2 * questions})")
    if screenshots:
        with open(os.path.join(folder, "report.pdf"), "wb") as file:
            file.write(pdf)
        subprocess.run(["pdftoppm", "-gray", "-r", "60", "-f", "2", "-l", "2", "-png", "-singlefile",
                        os.path.join(folder, "report.pdf"), os.path.join(screenshots, "report-print")], check=True)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return pages


def close_round_with_confirmation(driver, facilitator_url):
    """Closing round 1 takes two steps, without JavaScript: the page's link, then the confirm
    page's button. Cancel first, and check that the round is still open."""
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Close round 1…"))
    heading = driver.find_element(By.TAG_NAME, "h1").text
    if heading != "Close round 1?" or "cannot be undone" not in driver.find_element(By.TAG_NAME, "body").text:
        fail(f"the close link did not lead to a confirm page: {heading!r}")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Cancel"))
    if "(open)" not in driver.find_element(By.TAG_NAME, "body").text:
        fail("Cancel on the confirm page closed the round")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Close round 1…"))
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space(.)='Close round 1']"))
    if driver.current_url != facilitator_url or "(closed)" not in driver.find_element(By.TAG_NAME, "body").text:
        fail("confirming did not close round 1")


def reopen_with_confirmation(driver, facilitator_url):
    """A closed round is followed by the next one, also confirmed."""
    driver.get(facilitator_url)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Open round 2…"))
    if driver.find_element(By.TAG_NAME, "h1").text != "Open round 2?":
        fail("the open link did not lead to a confirm page")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space(.)='Open round 2']"))
    if "Round 2 (open)" not in driver.find_element(By.TAG_NAME, "body").text:
        fail("confirming did not open round 2")


def stop(server):
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


# The writing direction of the page and of each form control, and whether every question's
# legend starts at the right edge of its fieldset.
DIRECTIONS = """
const html = document.documentElement;
const found = {dir: html.getAttribute('dir'), lang: html.getAttribute('lang'), ltr: [], misaligned: []};
for (const control of document.querySelectorAll('form fieldset, form input, form select, form textarea, form label')) {
  // dir="auto" fields follow what is typed in them, by design.
  if (control.getAttribute('dir') === 'auto' || control.type === 'hidden') continue;
  if (getComputedStyle(control).direction !== 'rtl') found.ltr.push(control.outerHTML.slice(0, 80));
}
for (const fieldset of document.querySelectorAll('form fieldset')) {
  const legend = fieldset.querySelector('legend');
  if (!legend) continue;
  const outer = fieldset.getBoundingClientRect(), inner = legend.getBoundingClientRect();
  if (outer.right - inner.right > 40) found.misaligned.push(legend.textContent.slice(0, 60));
}
return found;
"""


def check_right_to_left(accord, folder, screenshots, axe):
    """The Hebrew test workshop (Tests/Fixtures/rtl-hebrew.json) served and answered by three
    participants of each partner: the pages say dir="rtl" and lang="he", every form control
    runs right to left, radio buttons, check boxes, the number field and the text area take
    their answers, axe-core finds no violation, and both submissions are counted."""
    server, join_url, facilitator_url = start_server(
        accord, os.path.join(folder, "rtl.sqlite"), workshop=RTL_WORKSHOP, session="rtl")
    driver = None
    try:
        driver = browser(1024, 900)
        driver.get(join_url)
        found = driver.execute_script(DIRECTIONS)
        if found["dir"] != "rtl" or found["lang"] != "he":
            fail(f"the Hebrew join page has dir={found['dir']!r} lang={found['lang']!r}, expected rtl and he")
        check_accessibility(driver, "Hebrew join page", axe)

        def question_page(driver):
            found = driver.execute_script(DIRECTIONS)
            if found["dir"] != "rtl":
                fail(f"the Hebrew question page has dir={found['dir']!r}")
            if found["ltr"]:
                fail("form controls left to right on the Hebrew page: " + "; ".join(found["ltr"][:3]))
            if found["misaligned"]:
                fail("questions not aligned to the right on the Hebrew page: " + "; ".join(found["misaligned"][:3]))
            answered = driver.execute_script(
                "return [...document.querySelectorAll('form fieldset')].map(f => "
                "[...f.querySelectorAll('input[type=radio], input[type=checkbox]')].some(i => i.checked) || "
                "[...f.querySelectorAll('input[inputmode=decimal], textarea')].some(i => i.value !== '') || "
                "[...f.querySelectorAll('select')].some(s => s.value !== ''))")
            if not all(answered):
                fail(f"a form control on the Hebrew page did not take its answer: {answered}")
            check_accessibility(driver, "Hebrew question page", axe)
            if screenshots:
                os.makedirs(screenshots, exist_ok=True)
                driver.execute_script("window.scrollTo(0, 0)")
                driver.save_screenshot(os.path.join(screenshots, "participant-hebrew.png"))

        # Three of each partner, the smallest groups the counts are shown for.
        for number, (partner, level) in enumerate(PARTICIPANTS, start=2):
            answer_workshop(driver, join_url, number, partner, level, None,
                            on_first_page=question_page if number == 2 else None)
        driver.delete_all_cookies()
        driver.get(facilitator_url)
        # The console speaks the facilitator's language (English here); the workshop's Hebrew
        # title is still set right to left.
        if driver.execute_script("return getComputedStyle(document.querySelector('h1')).direction") != "rtl":
            fail("the Hebrew title on the facilitator page is not right to left")
        check_accessibility(driver, "Hebrew facilitator page", axe)
        counts = {row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text
                  for row in driver.find_elements(By.CSS_SELECTOR, "table tbody tr")}
        if counts.get("Everyone") != "6" or counts.get("Acme") != "3" or counts.get("Globex") != "3":
            fail(f"the facilitator page of the Hebrew workshop counts {counts}, expected 3 per partner")
    finally:
        if driver:
            driver.quit()
        stop(server)


TRILINGUAL = os.path.join(ROOT, "Tests", "Fixtures", "trilingual-workshop.json")


def answer_in_french(accord, folder):
    """Issue 14: two participants answer the trilingual test workshop in German at a terminal
    (`accord run --language de`), one in Chromium whose Accept-Language is French: the join
    page offers the languages with French checked, every page is in French (`lang`, buttons,
    a decimal comma), and the report counts all three submissions together."""
    env = dict(os.environ, ACCORD_DB=os.path.join(folder, "languages.sqlite"))
    subprocess.run([accord, "session", "new", "--workshop", TRILINGUAL, "--partners", "Acme,Globex", "--id", "langs"],
                   env=env, check=True, capture_output=True)
    for partner in ("Acme", "Globex"):
        typed = "\n".join([partner, "Management", "Stimme zu", "Ein gemeinsamer Plan", "2,5", "ja", "ja"]) + "\n"
        run = subprocess.run([accord, "run", "--session", "langs", "--language", "de"], env=env, input=typed,
                             capture_output=True, text=True, timeout=60)
        if run.returncode != 0 or "Vielen Dank" not in run.stderr:
            fail(f"a German participant at the terminal was not stored: {run.stderr[-400:]}")
    port = free_port()
    server = subprocess.Popen([accord, "serve", "--session", "langs", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    driver = None
    try:
        join_url = None
        deadline = time.time() + 20
        while join_url is None and time.time() < deadline:
            key, _, url = server.stdout.readline().strip().partition(": ")
            if key == "join":
                join_url = url
        if not join_url:
            fail("accord serve did not print its join URL")
        options = Options()
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--window-size=1024,900", "--accept-lang=fr-CH,fr;q=0.9,en;q=0.5", "--lang=fr"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": "fr-CH,fr;q=0.9,en;q=0.5"})
        options.binary_location = "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        driver.set_page_load_timeout(30)
        for _ in range(100):
            try:
                driver.get(join_url)
                break
            except WebDriverException:
                time.sleep(0.1)
        html = driver.find_element(By.TAG_NAME, "html")
        if html.get_attribute("lang") != "fr":
            fail(f"the join page is in {html.get_attribute('lang')!r}, not the browser's French")
        if not driver.find_element(By.CSS_SELECTOR, "input[name=language][value=fr]").is_selected():
            fail("the join page does not preselect French from Accept-Language")
        offered = [r.get_attribute("value") for r in driver.find_elements(By.CSS_SELECTOR, "input[name=language]")]
        if offered != ["en", "de", "fr"]:
            fail(f"the join page offers {offered}, not en, de, fr")
        if "À quelle organisation appartenez-vous" not in driver.page_source:
            fail("the join page's questions are not in French")
        driver.find_element(By.CSS_SELECTOR, "input[name=partner][value='Globex']").click()
        driver.find_element(By.CSS_SELECTOR, "input[name=level][value='execution']").click()
        button = driver.find_element(By.CSS_SELECTOR, "button.primary")
        if button.text != "Commencer":
            fail(f"the start button reads {button.text!r}")
        click_and_wait(driver, button)
        if "Partie 1 sur 1" not in driver.page_source or "Nous poursuivons les mêmes objectifs." not in driver.page_source:
            fail("the section page is not in French")
        for label in ("3 · D’accord", "Un plan commun", "Oui"):
            driver.find_element(By.XPATH, f"//label[normalize-space()='{label}']").click()
        number = driver.find_element(By.CSS_SELECTOR, "input[inputmode=decimal]")
        number.send_keys("beaucoup")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[value=next]"))
        errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "fieldset .error")]
        if not errors or "Saisissez un nombre, par exemple 2,5." not in errors[0]:
            fail(f"a number that is not one is not refused in French: {errors}")
        number = driver.find_element(By.CSS_SELECTOR, "input[inputmode=decimal]")
        number.clear()
        number.send_keys("2,5")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button[value=next]"))
        if "/review" not in driver.current_url:
            fail(f"the French participant did not reach the review: {driver.title}")
        review = driver.find_element(By.TAG_NAME, "body").text
        for expected in ("Vérifiez vos réponses", "2,5 réunions", "Un plan commun"):
            if expected not in review:
                fail(f"the French review lacks {expected!r}:\n{review[:400]}")
        click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.submit button"))
        if driver.find_element(By.TAG_NAME, "h1").text != "Merci":
            fail("no French thank-you page after submitting")
    finally:
        if driver:
            driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    subprocess.run([accord, "round", "close", "--session", "langs"], env=env, check=True, capture_output=True)
    report = subprocess.run([accord, "report", "--session", "langs", "--format", "text"], env=env,
                            capture_output=True, text=True, timeout=60)
    if report.returncode != 0 or "Everyone 3" not in report.stdout:
        fail("the report does not count the German and French submissions together:\n" + report.stdout[:600])
    if "A joint plan 3" not in report.stdout:
        fail("the report does not count the same option chosen in German and in French as one answer")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accord", default=os.path.join(ROOT, ".build", "debug", "accord"))
    parser.add_argument("--screenshots", default=None)
    parser.add_argument("--languages-only", action="store_true",
                        help="only the German-terminal and French-browser case of issue 14")
    arguments = parser.parse_args()
    signal.signal(signal.SIGALRM, lambda *_: fail("took longer than 420 seconds"))
    signal.alarm(420)
    if arguments.languages_only:
        with tempfile.TemporaryDirectory() as folder:
            answer_in_french(arguments.accord, folder)
        print("browser-test: ok: two German terminal participants and one French browser participant were counted together")
        return
    with tempfile.TemporaryDirectory() as folder:
        server, join_url, facilitator_url = start_server(arguments.accord, os.path.join(folder, "accord.sqlite"))
        driver = None
        axe = axe_source()
        try:
            driver = browser(1024, 900)
            for participant, (partner, level) in enumerate(PARTICIPANTS):
                answer_workshop(driver, join_url, participant, partner, level, arguments.screenshots, axe)
            driver.delete_all_cookies()
            driver.get(facilitator_url)
            check_accessibility(driver, "facilitator page", axe)
            close_round_with_confirmation(driver, facilitator_url)
            counts = {row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text
                      for row in driver.find_elements(By.CSS_SELECTOR, "table tbody tr")}
            expected = {"Everyone": "6", "Acme": "3", "Globex": "3"}
            for group, count in expected.items():
                if counts.get(group) != count:
                    fail(f"the facilitator's page shows {group}: {counts.get(group)!r}, expected {count}")
            click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Report of round 1"))
            report = driver.find_element(By.TAG_NAME, "body").text
            if "Everyone 6" not in report or "Acme 3" not in report or "Globex 3" not in report:
                fail("the report does not count every participant:\n" + report[:500])
            if "<b>" in driver.page_source.split("<body", 1)[1] and "&lt;b&gt;" not in driver.page_source:
                fail("participant text reached the report unescaped")
            reopen_with_confirmation(driver, facilitator_url)
            pages = check_report(driver, arguments.accord, folder, arguments.screenshots, axe)
            answer_in_french(arguments.accord, folder)
        finally:
            if driver:
                driver.quit()
            stop(server)
        # Right to left on its own server and its own time budget.
        signal.signal(signal.SIGALRM, lambda *_: fail("the right-to-left run took longer than 120 seconds"))
        signal.alarm(120)
        check_right_to_left(arguments.accord, folder, arguments.screenshots, axe)
    print(f"browser-test: ok: {len(PARTICIPANTS)} participants answered discovery-phase in Chromium; "
          "the report counts them all; closing and opening went through their confirm pages; the HTML report fits "
          f"360-1280 px with chart text of 11 px or more and prints to {pages} A4 pages; "
          "the Hebrew test workshop runs right to left and was answered by three participants of each partner; "
          "two German terminal participants and one French browser participant were counted together; "
          + ("axe-core found no WCAG A/AA violation" if axe else "axe-core not installed (pip install axe-selenium-python): skipped"))


if __name__ == "__main__":
    try:
        main()
    except WebDriverException as error:
        fail(f"the browser: {error.msg}")
