#!/usr/bin/env python3
"""Opens an Accord CSV in a real spreadsheet (LibreOffice Calc, headless) and checks it.

Usage: check-spreadsheet.py CSV [CORPUS]

Converts CSV -> XLSX (UTF-8, comma, double quote, formulas evaluated as Calc does by
default), then XLSX -> CSV, and checks: no cell became a formula, the spreadsheet holds as
many records and fields as the file, accents are intact (no mojibake such as 'ZÃ¼rich'),
and, with CORPUS (Tests/Fixtures/hostile-strings.json), every corpus string found in the
file is also in the spreadsheet. Exit 0 when all holds, 1 with the problems, 3 when soffice
is not installed.
"""
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile


def soffice(profile, outdir, *arguments):
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}", *arguments,
         "--outdir", outdir], check=True, capture_output=True, timeout=180)


def rows_of(text):
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


def canonical(cell):
    return unicodedata.normalize("NFC", cell.replace("\r\n", "\n").replace("\r", "\n"))


def has_controls(text):
    """Whether `text` holds a control character other than line feed and tab (a spreadsheet may drop those)."""
    return any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    if shutil.which("soffice") is None:
        print("LibreOffice is not installed (Debian: apt-get install libreoffice-calc-nogui)")
        return 3
    source = os.path.abspath(sys.argv[1])
    original = rows_of(open(source, encoding="utf-8", newline="").read())
    problems = []
    with tempfile.TemporaryDirectory() as work:
        profile = os.path.join(work, "profile")
        xlsx_dir, csv_dir = os.path.join(work, "xlsx"), os.path.join(work, "csv")
        # 44 comma, 34 double quote, 76 UTF-8, from line 1; formulas evaluated (Calc's default).
        soffice(profile, xlsx_dir, "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", source)
        xlsx = os.path.join(xlsx_dir, os.path.splitext(os.path.basename(source))[0] + ".xlsx")
        with zipfile.ZipFile(xlsx) as book:
            for name in book.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    sheet = book.read(name).decode("utf-8")
                    if "<f>" in sheet or "<f " in sheet:
                        problems.append(f"{name}: a cell became a formula")
        soffice(profile, csv_dir, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", xlsx)
        back_path = os.path.join(csv_dir, os.path.basename(xlsx)[:-5] + ".csv")
        back = rows_of(open(back_path, encoding="utf-8", newline="").read())
    if len(back) != len(original):
        problems.append(f"the spreadsheet has {len(back)} records, the file {len(original)}: a record was split")
    for number, (row, sheet_row) in enumerate(zip(original, back), 1):
        if len(sheet_row) != len(row):
            problems.append(f"record {number}: {len(sheet_row)} fields in the spreadsheet, {len(row)} in the file")
    cells = {canonical(cell) for row in back for cell in row}
    if any("Ã" in cell for cell in cells):
        problems.append("accents read as mojibake ('Ã')")
    wanted = {canonical(cell) for row in original for cell in row
              if any(ord(c) > 0x7F for c in cell) and not has_controls(canonical(cell))}
    for cell in sorted(wanted - cells):
        problems.append(f"a cell with accents or symbols did not survive: {cell[:60]!r}")
    if len(sys.argv) == 3:
        import json
        for item in json.load(open(sys.argv[2], encoding="utf-8"))["strings"]:
            text = canonical(item["text"] * item.get("repeat", 1))
            if has_controls(text):
                continue
            in_file = any(text in (canonical(c), canonical(c[1:])) for row in original for c in row)
            if in_file and not any(text in (c, c[1:]) for c in cells):
                problems.append(f"{item['name']}: in the file but not in the spreadsheet")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
