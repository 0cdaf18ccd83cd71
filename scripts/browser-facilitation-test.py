#!/usr/bin/env python3
"""Real-browser test of a facilitated workshop in `accord serve`: headless Chromium (Debian's
chromium and chromium-driver, driven by Selenium) opens the facilitator's console and the
presenter view in two windows; the facilitator starts the first phase, six participants of
both partners answer the shipped discovery-phase workshop on their own pages, the facilitator
closes the round (through its confirm page), reveals two sections and records an agreed
action. Every facilitator step is taken with the keyboard alone (Tab to the control, Enter or
Space). The presenter view follows without anyone reloading it, and at every step it shows no
secret, no button, no form, and while the round is open no partner and no per-group count.
axe-core (axe_selenium_python, as in browser-test.py) checks the console, the action form and
the presenter view in the light and the dark scheme.

Usage: scripts/browser-facilitation-test.py [--accord PATH] [--screenshots DIR]

With --screenshots, the presenter view (join screen and a revealed section) and the console (in English and French)
are saved there as PNG files (docs/images/ holds the ones in docs/facilitating.md).

Bounded: every wait has a timeout, and the whole run is stopped after 300 seconds. Exit status
0 when every check passed, 1 with a message when one failed.
"""

import argparse
import importlib.util
import os
import signal
import subprocess
import sys
import tempfile
import time

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("browser_test", os.path.join(HERE, "browser-test.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

ROOT = base.ROOT
PARTICIPANTS = base.PARTICIPANTS


def fail(message):
    print(f"browser-facilitation-test: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def label(element):
    return " ".join((element.text or element.get_attribute("value") or "").split())


def tab_to(driver, text, limit=150):
    """Presses Tab from the top of the page until the focused control reads `text` (a prefix)."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    seen = []
    for _ in range(limit):
        press(driver, Keys.TAB)
        element = driver.switch_to.active_element
        if label(element).startswith(text):
            return element
        seen.append(label(element)[:30])
    fail(f"Tab never reaches {text!r} on {driver.title!r} (it reaches {seen[:40]})")


def activate(driver, text, key=Keys.ENTER):
    """Tabs to the control reading `text`, presses Enter, and waits for the next page."""
    page = driver.find_element(By.TAG_NAME, "html")
    tab_to(driver, text)
    press(driver, key)

    def replaced(_):
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, 10).until(replaced)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def body_text(driver):
    """The page's text; a live page may be replacing itself, so a stale read is tried again."""
    for attempt in range(5):
        try:
            return driver.find_element(By.TAG_NAME, "body").text
        except WebDriverException:
            if attempt == 4:
                raise
            time.sleep(0.3)


def check_presenter(driver, facilitator_url, round_open):
    """What the projector must never show."""
    source = driver.page_source
    secret = facilitator_url.rsplit("/", 1)[1]
    for forbidden, what in ((secret, "the facilitator's secret"), ("/facilitator/", "the facilitator's address"),
                            ("<form", "a form"), ("<button", "a button"), ("csrf", "a form token"),
                            ("<table", "a table of counts")):
        if forbidden in source:
            fail(f"the presenter view shows {what}")
    if round_open:
        text = body_text(driver)
        for partner in ("Acme", "Globex"):
            if partner in text:
                fail(f"the presenter view names {partner} while the round is open: {text[:300]!r}")


def check_join_address(driver):
    """Whoever cannot scan types the address from the back of the room: on a 1280 × 800
    projector it is at least as large as the view's text and on screen without scrolling."""
    address, body, bottom, height = driver.execute_script(
        "var a = document.querySelector('.join-address strong');"
        "return [parseFloat(getComputedStyle(a).fontSize), parseFloat(getComputedStyle(document.body).fontSize),"
        " a.getBoundingClientRect().bottom, window.innerHeight];")
    if address < body:
        fail(f"the presenter view's join address is {address:g} px, smaller than its {body:g} px text")
    if bottom > height:
        fail(f"the presenter view's join address ends at {bottom:g} px, below the {height} px screen")


def follow(driver, window, predicate, what, timeout=15):
    """Switches to the presenter's window and waits, without reloading it, until `predicate`."""
    driver.switch_to.window(window)

    def shown(d):
        try:
            return predicate(body_text(d))
        except WebDriverException:  # the page was being replaced by its own reload
            return False

    try:
        WebDriverWait(driver, timeout).until(shown)
    except Exception:
        fail(f"the presenter view did not follow the facilitator ({what}): {body_text(driver)[:300]!r}")


def screenshot(driver, folder, name, width=1280, height=800):
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    driver.set_window_size(width, height)
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(folder, name))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accord", default=os.path.join(ROOT, ".build", "debug", "accord"))
    parser.add_argument("--screenshots", default=None)
    arguments = parser.parse_args()
    signal.signal(signal.SIGALRM, lambda *_: fail("took longer than 300 seconds"))
    signal.alarm(300)
    with tempfile.TemporaryDirectory() as folder:
        server, join_url, facilitator_url = base.start_server(arguments.accord, os.path.join(folder, "accord.sqlite"))
        presenter_url = join_url.replace("/join/", "/present/")
        room = phones = None
        axe = base.axe_source()
        try:
            room = base.browser(1280, 800)
            room.get(facilitator_url)
            console = room.current_window_handle
            room.switch_to.new_window("window")
            room.get(presenter_url)
            presenter = room.current_window_handle
            check_presenter(room, facilitator_url, round_open=True)
            if "Scan the code" not in body_text(room):
                fail("the presenter view shows no join address")

            # The facilitator starts phase 1; the projector follows.
            room.switch_to.window(console)
            base.check_accessibility(room, "console", axe)
            activate(room, "Start phase 1")
            if "Phase 1 of 4" not in body_text(room):
                fail("Start phase 1 did not start it: " + body_text(room)[:300])
            follow(room, presenter, lambda text: "Phase 1 of 4" in text and "left of 20:00" in text, "phase 1")
            check_presenter(room, facilitator_url, round_open=True)
            check_join_address(room)
            base.check_accessibility(room, "presenter view", axe)
            screenshot(room, arguments.screenshots, "presenter-join.png")

            # Six participants answer on their own pages.
            phones = base.browser(1024, 900)
            for participant, (partner, level) in enumerate(PARTICIPANTS):
                base.answer_workshop(phones, join_url, participant, partner, level, None)
            follow(room, presenter, lambda text: "6 answers so far" in text, "the total")
            check_presenter(room, facilitator_url, round_open=True)

            # Close the round, keyboard only, through its confirm page.
            room.switch_to.window(console)
            room.get(facilitator_url)
            activate(room, "Close round 1")
            if room.find_element(By.TAG_NAME, "h1").text != "Close round 1?":
                fail("the close link did not lead to its confirm page")
            activate(room, "Close round 1")
            if "Round 1 (closed)" not in body_text(room):
                fail("confirming did not close round 1")
            follow(room, presenter, lambda text: "Round 1 is closed" in text, "closing")
            check_presenter(room, facilitator_url, round_open=False)

            # Reveal two sections on the projector.
            room.switch_to.window(console)
            activate(room, "Reveal section 1")
            follow(room, presenter, lambda text: "Round 1 results: The shared hypothesis" in text, "section 1")
            check_presenter(room, facilitator_url, round_open=False)
            room.switch_to.window(console)
            activate(room, "Reveal section 2")
            console_text = body_text(room)
            if "Revealed: round 1, What each side brings" not in console_text:
                fail("the console does not show section 2 as revealed: " + console_text[:300])
            findings = len(room.find_elements(By.CSS_SELECTOR, "ol.findings > li"))
            screenshot(room, arguments.screenshots, "console.png", 1280, 1000)
            follow(room, presenter, lambda text: "Round 1 results: What each side brings" in text, "section 2")
            check_presenter(room, facilitator_url, round_open=False)
            base.check_accessibility(room, "presenter view (revealed)", axe)
            screenshot(room, arguments.screenshots, "presenter-reveal.png")

            # Record an action against the first finding, keyboard only.
            room.switch_to.window(console)
            activate(room, "Record an action")
            base.check_accessibility(room, "action form", axe)
            tab_to(room, "")  # the first control: the back link
            what = room.find_element(By.ID, "action-text")
            while room.switch_to.active_element != what:
                press(room, Keys.TAB)
            press(room, "Agree the one bet we make together")
            if findings:
                box = room.find_element(By.ID, "finding-1")
                for _ in range(20):
                    if room.switch_to.active_element == box:
                        break
                    press(room, Keys.TAB)
                press(room, Keys.SPACE)
                if not box.is_selected():
                    fail("Space does not tick the first finding")
            activate(room, "Record the action")
            text = body_text(room)
            if "Recorded action #1" not in text or "Agree the one bet" not in text:
                fail("the action was not recorded: " + text[:300])

            # The console in French: chosen by its language link, kept by a cookie.
            room.get(facilitator_url + "?lang=fr")
            room.get(facilitator_url)
            if room.execute_script("return document.documentElement.lang") != "fr":
                fail("the console did not keep French")
            text = body_text(room)
            if "Présenté" not in text or "Revealed:" in text:
                fail("the console is not in French: " + text[:300])
            base.check_accessibility(room, "console in French", axe)
            screenshot(room, arguments.screenshots, "console-fr.png", 1280, 1000)
        finally:
            for driver in (room, phones):
                if driver:
                    driver.quit()
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    print(f"browser-facilitation-test: ok: the presenter view followed the console through phase 1, "
          f"{len(PARTICIPANTS)} submissions, closing and two revealed sections, and never showed a secret, a button "
          "or a per-group count; every facilitator step went by keyboard; an action was recorded; "
          + ("axe-core found no WCAG A/AA violation" if axe else "axe-core not installed: skipped"))


if __name__ == "__main__":
    try:
        main()
    except WebDriverException as error:
        fail(f"the browser: {error.msg}")
