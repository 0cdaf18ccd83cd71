#!/usr/bin/env python3
"""Checks one Accord output against the hostile-strings corpus (Tests/Fixtures/hostile-strings.json).

Usage: check-hostile-output.py FORMAT OUTPUT CORPUS
FORMAT is text, markdown, html, json, csv (the report) or export-csv, export-jsonl.

Each output must parse with a real parser for its syntax (csv, html.parser, markdown-it-py,
json), nothing in it may execute (no formula cell, no script element, no javascript: link,
no event handler, no heading or list made from a string, no terminal control character in
text), and every corpus string must come out whole. Strings are compared after what entry
may do to them (NFC, line ends to \\n, invisible format characters dropped), and after what
the output's own encoding shows (terminal text: control characters as visible symbols;
Markdown: line breaks as spaces). Exit 0 when all holds, 1 with the problems, 2 when a
Python package is missing.
"""
import csv
import io
import json
import re
import sys
import unicodedata
from html.parser import HTMLParser

try:
    from markdown_it import MarkdownIt
except ImportError:  # only the Markdown check needs it
    MarkdownIt = None


def entered(text):
    """What entry may do to a string (docs/text.md, "How text enters"): NFC, line ends to \\n,
    white space and invisible characters (controls such as a leading ESC, format characters)
    trimmed at both ends; invisible format characters inside may be dropped too."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    invisible = lambda c: c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Zs", "Zl", "Zp")
    start, end = 0, len(text)
    while start < end and invisible(text[start]):
        start += 1
    while end > start and invisible(text[end - 1]):
        end -= 1
    return "".join(c for c in text[start:end] if unicodedata.category(c) != "Cf")


def inert(text):
    """AccordCore's TerminalText.inert: C0 (but \\n, \\t) as control pictures, DEL, C1 as U+FFFD."""
    out = []
    for c in text.replace("\r\n", "\n").replace("\r", "\n"):
        o = ord(c)
        if c in "\n\t":
            out.append(c)
        elif o < 0x20:
            out.append(chr(0x2400 + o))
        elif o == 0x7F:
            out.append("\u2421")
        elif 0x80 <= o <= 0x9F:
            out.append("\ufffd")
        else:
            out.append(c)
    return "".join(out)


def squeeze(text):
    return re.sub(r"\s+", "", text)


def corpus(path):
    strings = []
    for item in json.load(open(path, encoding="utf-8"))["strings"]:
        strings.append((item["name"], item["text"] * item.get("repeat", 1)))
    return strings


FORMULA_START = "=+-@\t\r"
LIST_CELL = re.compile(r"^[A-Za-z0-9_.=;-]*$")


def check_csv(data, strings, problems):
    if not data.startswith("\ufeff"):
        problems.append("CSV does not start with a UTF-8 byte order mark")
    rows = list(csv.reader(io.StringIO(data.lstrip("\ufeff"), newline="")))
    width = len(rows[0])
    cells = set()
    for number, row in enumerate(rows, 1):
        if len(row) != width:
            problems.append(f"record {number} has {len(row)} fields, the header {width}: a record was split")
        for cell in row:
            if cell[:1] in FORMULA_START:
                try:
                    float(cell)
                except ValueError:
                    if not LIST_CELL.match(cell):
                        problems.append(f"record {number}: a formula cell: {cell[:60]!r}")
            cells.add(entered(cell[1:] if cell.startswith("'") else cell))
    for name, text in strings:
        if entered(text) not in cells:
            problems.append(f"{name}: not found whole in any cell")


def check_json(values, strings, problems):
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(entered(value))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)

    for value in values:
        walk(value)
    for name, text in strings:
        if entered(text) not in found:
            problems.append(f"{name}: not found whole in any JSON string")


class Page(HTMLParser):
    """Collects text, and whatever could run or was made from a string."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []
        self.dangers = []
        self.open = []
        self.headings = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed"):
            self.dangers.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.dangers.append(f"event handler attribute {name}")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.dangers.append(f"javascript: in {name}")
        self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def handle_data(self, data):
        self.text.append(data)
        if self.open and self.open[-1] in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "a"):
            self.headings.append((self.open[-1], data))


def check_html(page, strings, problems, shown):
    problems.extend(page.dangers)
    text = squeeze(entered("".join(page.text)))
    for name, original in strings:
        if squeeze(shown(entered(original))) not in text:
            problems.append(f"{name}: not found whole in the page's text (whitespace aside)")


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    kind, output, corpus_path = sys.argv[1:]
    strings = corpus(corpus_path)
    data = open(output, encoding="utf-8", newline="").read()
    problems = []
    if kind in ("csv", "export-csv"):
        check_csv(data, strings, problems)
    elif kind == "json":
        check_json([json.loads(data)], strings, problems)
    elif kind == "export-jsonl":
        check_json([json.loads(line) for line in data.split("\n") if line], strings, problems)
    elif kind == "html":
        page = Page()
        page.feed(data)
        check_html(page, strings, problems, lambda s: s)
    elif kind == "markdown":
        if MarkdownIt is None:
            print("the Python package markdown-it-py is missing (python3 -m pip install markdown-it-py)")
            return 2
        page = Page()
        page.feed(MarkdownIt("commonmark").enable("table").enable("strikethrough").render(data))
        for tag, data_text in page.headings:
            # The corpus's own headings, list items and link text, had they become Markdown.
            if data_text.strip() in ("Owned", "and a list", "item", "first", "click me", "x", "a", "b"):
                problems.append(f"a <{tag}> made from a string: {data_text[:60]!r}")
        check_html(page, strings, problems, inert)
    elif kind == "text":
        for c in data:
            if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F:
                problems.append(f"control character U+{ord(c):04X} in terminal text")
                break
        flat = squeeze(entered(data))
        for name, text in strings:
            if squeeze(inert(entered(text))) not in flat:
                problems.append(f"{name}: not found whole in the text (whitespace aside)")
    else:
        print(f"unknown format {kind}")
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
