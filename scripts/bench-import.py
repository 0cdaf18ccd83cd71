#!/usr/bin/env python3
"""Benchmark (not a test) of `accord import` against the anchors of issue 16, as ratios of CPU time
(user + system, over both cores) measured in one run, the loaders interleaved:

  python   a naive Python loader: json.loads each line, json.dumps its answers and predictions,
           executemany into a table of Accord's shape (random 16-byte key, WITHOUT ROWID, the
           round index), no validation at all;
  .import  `sqlite3 .import` of the same rows as CSV into the same table (the limit);
  accord   `accord import`, every check kept.

A synthetic 40-question workshop; each size gets a file of that many submissions. Goals: accord at
most 0.5 × python and at most 6 × .import. "max RSS" is the peak resident set size (wait4). With
--lock, a second pass imports the largest size while a participant's draft start (`BEGIN IMMEDIATE`,
busy timeout 120 s) is timed every 0.2 s: only the last step of the import may hold it up.

Usage: scripts/bench-import.py [--accord PATH] [--sizes 25000,100000] [--repeat 3] [--lock] [--keep DIR]
Without --accord it builds the release executable (swift build -c release --product accord).
Figures go in docs/performance.md, section "Import".
"""
import argparse
import csv
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Accord's submission table (Sources/AccordStore/Schema.swift), without its triggers.
TABLE = """
CREATE TABLE submission (
    id BLOB PRIMARY KEY NOT NULL, sessionID TEXT NOT NULL, round INTEGER NOT NULL, partner TEXT NOT NULL,
    level TEXT NOT NULL, answers TEXT NOT NULL, predictions TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX submission_byRound ON submission(sessionID, round);
"""

# The naive loader, run as its own process so that its CPU time is measured like accord's.
PYTHON_LOADER = r"""
import json, os, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.executescript(sys.argv[3])
def rows():
    with open(sys.argv[1]) as lines:
        for line in lines:
            s = json.loads(line)
            yield (os.urandom(16), "bench", s.get("round") or 1, s["partner"], s["level"],
                   json.dumps(s["answers"], sort_keys=True, separators=(",", ":")),
                   json.dumps(s.get("predictions", {}), sort_keys=True, separators=(",", ":")))
with db:
    db.executemany("INSERT INTO submission VALUES (?, ?, ?, ?, ?, ?, ?)", rows())
"""


def workshop():
    """40 questions: 24 scale (8 with predictions) in 6 dimensions of 4, 6 choice, 4 multi, 2 rank, 2 number,
    1 yesno (the outcome, so the report computes alpha and drivers too), 1 text."""
    options = [{"id": f"o{i}", "label": f"Option {i}"} for i in range(1, 6)]
    questions = []
    for i in range(24):
        questions.append({"id": f"s{i}", "type": "scale", "scale": "agree5", "prompt": f"Statement {i}",
                          "predict": i < 8, "allowDontKnow": True, "dimension": f"d{i // 4}"})
    for i in range(6):
        questions.append({"id": f"c{i}", "type": "choice", "prompt": f"Choice {i}", "options": options})
    for i in range(4):
        questions.append({"id": f"m{i}", "type": "multi", "prompt": f"Multi {i}", "options": options,
                          "maxSelections": 3})
    for i in range(2):
        questions.append({"id": f"r{i}", "type": "rank", "prompt": f"Rank {i}", "options": options[:4]})
    for i in range(2):
        questions.append({"id": f"n{i}", "type": "number", "prompt": f"Number {i}", "min": 0, "max": 120,
                          "integer": True})
    questions.append({"id": "yn", "type": "yesno", "prompt": "Yes or no?", "outcome": True})
    questions.append({"id": "tx", "type": "text", "prompt": "Anything else?", "required": False})
    return {
        "formatVersion": 1, "id": "bench", "version": "1.0.0", "title": "Import benchmark", "language": "en",
        "dimensions": [{"id": f"d{k}", "title": f"Dimension {k}"} for k in range(6)],
        "scales": [{"id": "agree5", "points": [{"value": v, "label": f"Point {v}"} for v in range(1, 6)]}],
        "sections": [{"id": "all", "title": "All", "questions": questions}],
    }


def submission(rng):
    answers = {}
    for i in range(24):
        answers[f"s{i}"] = "dont-know" if rng.random() < 0.03 else rng.randint(1, 5)
    for i in range(6):
        answers[f"c{i}"] = f"o{rng.randint(1, 5)}"
    for i in range(4):
        answers[f"m{i}"] = rng.sample([f"o{k}" for k in range(1, 6)], rng.randint(1, 3))
    for i in range(2):
        order = [f"o{k}" for k in range(1, 5)]
        rng.shuffle(order)
        answers[f"r{i}"] = order
    for i in range(2):
        answers[f"n{i}"] = rng.randint(0, 120)
    answers["yn"] = rng.random() < 0.5
    if rng.random() < 0.3:
        answers["tx"] = "We should meet more often and agree on the roadmap."
    return {"partner": rng.choice(["Acme", "Globex"]), "level": rng.choice(["management", "execution"]),
            "answers": answers, "predictions": {f"s{i}": rng.randint(1, 5) for i in range(8)}}


def write_file(path, count, seed):
    rng = random.Random(seed)
    with open(path, "w") as out:
        for _ in range(count):
            out.write(json.dumps(submission(rng), separators=(",", ":")) + "\n")


def run(accord, args, env):
    return subprocess.run([accord] + args, env=env, capture_output=True, text=True)


def measured(command, env=None, stdin=None):
    """Runs `command`; returns (wall seconds, CPU seconds, max RSS MB). Exits on failure."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    if process.returncode != 0:
        sys.exit(f"{' '.join(command[:3])} failed: {errors.decode()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def write_csv(jsonl, path):
    """The rows the Python loader stores, as CSV for `sqlite3 .import` (keys made up front)."""
    with open(jsonl) as lines, open(path, "w", newline="") as out:
        writer = csv.writer(out)
        for line in lines:
            s = json.loads(line)
            writer.writerow([os.urandom(16).hex(), "bench", 1, s["partner"], s["level"],
                             json.dumps(s["answers"], sort_keys=True, separators=(",", ":")),
                             json.dumps(s.get("predictions", {}), sort_keys=True, separators=(",", ":"))])


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def accord_import(accord, workshop_path, data, db):
    """Makes the session in a fresh database (not timed); returns the import's command and env."""
    fresh(db)
    env = dict(os.environ, ACCORD_DB=db, NO_COLOR="1")
    made = run(accord, ["session", "new", "--workshop", workshop_path, "--partners", "Acme,Globex", "--id", "bench"], env)
    if made.returncode != 0:
        sys.exit(f"session new failed: {made.stderr}")
    return [accord, "import", "--session", "bench", data], env


def loaders(accord, workshop_path, folder, size, data, csv_path):
    """Each loader as a function that prepares a fresh database and returns its measurement."""
    db = os.path.join(folder, f"bench-{size}.sqlite")

    def python_loader():
        fresh(db)
        return measured([sys.executable, "-c", PYTHON_LOADER, data, db, TABLE])

    def sqlite_import():
        fresh(db)
        subprocess.run(["sqlite3", db], input=TABLE, text=True, check=True)
        # .import reads hex keys as text: the table's shape and index work are what count.
        return measured(["sqlite3", db, ".mode csv", f".import {csv_path} submission"])

    def accord_loader():
        command, env = accord_import(accord, workshop_path, data, db)
        return measured(command, env)

    return {"python": python_loader, ".import": sqlite_import, "accord": accord_loader}


def lock_wait(db):
    """Seconds until this connection holds the write lock (then released at once)."""
    connection = sqlite3.connect(db, timeout=120, isolation_level=None)
    try:
        start = time.monotonic()
        connection.execute("BEGIN IMMEDIATE")
        waited = time.monotonic() - start
        connection.execute("ROLLBACK")
        return waited
    finally:
        connection.close()


def lock_pass(accord, workshop_path, folder, size, data):
    """Imports `data` while timing a draft start every 0.2 s."""
    db = os.path.join(folder, "bench-lock.sqlite")
    command, env = accord_import(accord, workshop_path, data, db)
    start = time.monotonic()
    importer = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    waits = []
    while importer.poll() is None:
        waits.append(lock_wait(db))
        time.sleep(0.2)
    seconds = time.monotonic() - start
    if importer.returncode != 0:
        sys.exit(f"import failed: {importer.stderr.read()[-2000:]}")
    print(f"\nlock: import of {size} submissions {seconds:.2f} s; {len(waits)} draft starts meanwhile", end="")
    if waits:
        print(f"; wait median {statistics.median(waits) * 1000:.1f} ms, max {max(waits) * 1000:.1f} ms, "
              f"over 1 s: {sum(w > 1 for w in waits)}")
    else:
        print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accord", help="the accord executable (default: build the release one)")
    parser.add_argument("--sizes", default="25000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each loader (median kept)")
    parser.add_argument("--lock", action="store_true", help="also time draft starts during an import")
    parser.add_argument("--keep", help="keep generated files in this folder")
    options = parser.parse_args()
    accord = options.accord
    if not accord:
        subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True)
        accord = os.path.join(ROOT, ".build", "release", "accord")
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 command-line tool is needed for the .import anchor (apt-get install sqlite3)")
    folder = options.keep or tempfile.mkdtemp(prefix="accord-bench-")
    os.makedirs(folder, exist_ok=True)
    workshop_path = os.path.join(folder, "bench-workshop.json")
    with open(workshop_path, "w") as out:
        json.dump(workshop(), out, indent=1)
    print(f"{'submissions':>11} {'loader':>8} {'wall s':>7} {'CPU s':>7} {'max RSS MB':>10}   (medians of {options.repeat})")
    sizes = [int(s) for s in options.sizes.split(",")]
    for size in sizes:
        data = os.path.join(folder, f"import-{size}.jsonl")
        write_file(data, size, seed=size)
        csv_path = os.path.join(folder, f"import-{size}.csv")
        write_csv(data, csv_path)
        runs = {name: [] for name in ("python", ".import", "accord")}
        for _ in range(options.repeat):
            for name, load in loaders(accord, workshop_path, folder, size, data, csv_path).items():
                runs[name].append(load())
        cpu = {}
        for name, measurements in runs.items():
            wall, cpu[name], rss = (statistics.median(m[k] for m in measurements) for k in range(3))
            print(f"{size:>11} {name:>8} {wall:>7.2f} {cpu[name]:>7.2f} {rss:>10.1f}", flush=True)
        print(f"{size:>11}   accord CPU = {cpu['accord'] / cpu['python']:.2f} × python (goal ≤ 0.5), "
              f"{cpu['accord'] / cpu['.import']:.1f} × .import (goal ≤ 6)", flush=True)
    if options.lock:
        size = sizes[-1]
        lock_pass(accord, workshop_path, folder, size, os.path.join(folder, f"import-{size}.jsonl"))
    if not options.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
