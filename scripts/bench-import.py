#!/usr/bin/env python3
"""Benchmark (not a test) of `accord import`: a synthetic 40-question workshop, then imports of
25 000, 50 000 and 100 000 submissions into fresh databases, timed, with the maximum resident
set size from /usr/bin/time -v. Memory should stay flat as the file grows (the import streams).

Usage: scripts/bench-import.py [--accord PATH] [--sizes 25000,50000,100000] [--keep DIR]
"seconds" is wall-clock time; "CPU s" is user + system time over both cores (the import checks
lines on every core), which is steadier when other builds share the machine.
Without --accord it builds the release executable (swift build -c release --product accord).
Figures go in docs/performance.md, section "Import".
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accord", help="the accord executable (default: build the release one)")
    parser.add_argument("--sizes", default="25000,50000,100000")
    parser.add_argument("--keep", help="keep generated files in this folder")
    options = parser.parse_args()
    accord = options.accord
    if not accord:
        subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True)
        accord = os.path.join(ROOT, ".build", "release", "accord")
    folder = options.keep or tempfile.mkdtemp(prefix="accord-bench-")
    os.makedirs(folder, exist_ok=True)
    workshop_path = os.path.join(folder, "bench-workshop.json")
    with open(workshop_path, "w") as out:
        json.dump(workshop(), out, indent=1)
    print(f"{'submissions':>11} {'file MB':>8} {'seconds':>8} {'CPU s':>7} {'per second':>11} {'max RSS MB':>11}")
    for size in [int(s) for s in options.sizes.split(",")]:
        data = os.path.join(folder, f"import-{size}.jsonl")
        write_file(data, size, seed=size)
        db = os.path.join(folder, f"bench-{size}.sqlite")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        env = dict(os.environ, ACCORD_DB=db, NO_COLOR="1")
        made = run(accord, ["session", "new", "--workshop", workshop_path, "--partners", "Acme,Globex", "--id", "bench"], env)
        if made.returncode != 0:
            sys.exit(f"session new failed: {made.stderr}")
        start = time.monotonic()
        timed = subprocess.run(["/usr/bin/time", "-v", accord, "import", "--session", "bench", data],
                               env=env, capture_output=True, text=True)
        seconds = time.monotonic() - start
        if timed.returncode != 0:
            sys.exit(f"import failed: {timed.stderr[-2000:]}")
        cpu = sum(float(re.search(kind + r" time \(seconds\): ([0-9.]+)", timed.stderr).group(1))
                  for kind in ("User", "System"))
        rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timed.stderr).group(1))
        megabytes = os.path.getsize(data) / 1e6
        print(f"{size:>11} {megabytes:>8.1f} {seconds:>8.2f} {cpu:>7.2f} {size / seconds:>11.0f} {rss_kb / 1024:>11.1f}",
              flush=True)
    if not options.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
