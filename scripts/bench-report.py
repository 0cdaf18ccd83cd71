#!/usr/bin/env python3
"""Benchmark (not a test) of `accord report` end to end, as ratios measured in one run: the
synthetic 40-question workshop of bench-import.py, a round of each size imported and closed, then
`accord report` in every format and, as the anchor, a bare `sqlite3` GROUP BY scan of the stored
answers of the round (it reads every row's answers and predictions and counts them per partner ×
level), interleaved --repeat times (medians kept). CPU time is user + system over both cores;
"max RSS" is the peak resident set size (wait4).

Goals (issue 16): report of 100 000 as JSON at most 2 × the scan's CPU; peak memory under 100 MB
at 1 000 000 submissions whatever the format (`--sizes 1000000`; its import takes minutes).

Usage: scripts/bench-report.py [--accord PATH] [--sizes 100000] [--formats json,text,html,csv,markdown]
                               [--repeat 3]
Without --accord it builds the release executable (swift build -c release --product accord).
Figures go in docs/performance.md, section "Report".
"""
import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("bench_import", os.path.join(ROOT, "scripts", "bench-import.py"))
bench_import = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_import)


SCAN = ("SELECT partner, level, count(*), sum(length(answers)), sum(length(predictions)) FROM submission "
        "WHERE sessionID = 'bench' AND round = 1 GROUP BY partner, level")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accord", help="the accord executable (default: build the release one)")
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("--formats", default="json,text,html,csv,markdown")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    accord = options.accord
    if not accord:
        subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True)
        accord = os.path.join(ROOT, ".build", "release", "accord")
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 command-line tool is needed for the scan anchor (apt-get install sqlite3)")
    folder = tempfile.mkdtemp(prefix="accord-bench-report-")
    try:
        workshop_path = os.path.join(folder, "bench-workshop.json")
        with open(workshop_path, "w") as out:
            json.dump(bench_import.workshop(), out, indent=1)
        print(f"{'submissions':>11} {'run':>9} {'wall s':>7} {'CPU s':>7} {'max RSS MB':>10} {'CPU / scan':>10}"
              f"   (medians of {options.repeat})")
        for size in [int(s) for s in options.sizes.split(",")]:
            data = os.path.join(folder, f"import-{size}.jsonl")
            bench_import.write_file(data, size, seed=size)
            db = os.path.join(folder, f"report-{size}.sqlite")
            env = dict(os.environ, ACCORD_DB=db, NO_COLOR="1")
            for args in (["session", "new", "--workshop", workshop_path, "--partners", "Acme,Globex", "--id", "bench"],
                         ["import", "--session", "bench", data], ["round", "close", "--session", "bench"]):
                made = subprocess.run([accord] + args, env=env, capture_output=True, text=True)
                if made.returncode != 0:
                    sys.exit(f"accord {args[0]} failed: {made.stderr[-2000:]}")
            os.remove(data)
            report = json.loads(subprocess.run([accord, "report", "--session", "bench", "--format", "json"], env=env,
                                               capture_output=True, text=True, check=True).stdout)
            everyone = next(g for g in report["groups"] if g["partner"] is None and g["level"] is None)
            if everyone["n"] != size:
                sys.exit(f"the report counts {everyone['n']} submissions, not {size}")
            runs = {name: [] for name in ["scan"] + options.formats.split(",")}
            for _ in range(options.repeat):
                for name in runs:
                    command = (["sqlite3", "-readonly", db, SCAN] if name == "scan"
                               else [accord, "report", "--session", "bench", "--format", name])
                    runs[name].append(bench_import.measured(command, env))
            scan_cpu = statistics.median(m[1] for m in runs["scan"])
            for name, measurements in runs.items():
                wall, cpu, rss = (statistics.median(m[k] for m in measurements) for k in range(3))
                print(f"{size:>11} {name:>9} {wall:>7.2f} {cpu:>7.2f} {rss:>10.1f} {cpu / scan_cpu:>10.2f}", flush=True)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
