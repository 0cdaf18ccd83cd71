#!/usr/bin/env python3
"""Benchmark (not a test) of `accord report` end to end: the synthetic 40-question workshop of
bench-import.py, rounds of 25 000, 50 000 and 100 000 imported submissions, the round closed,
then `accord report` timed in every format under /usr/bin/time -v (wall time, CPU time, maximum
resident set size). Target: 100 000 submissions in under 2 s with peak memory under 200 MB, and
memory flat as the round grows (the store streams submissions into one aggregation pass).

Usage: scripts/bench-report.py [--accord PATH] [--sizes 25000,50000,100000] [--formats json,text,html]
Without --accord it builds the release executable (swift build -c release --product accord).
Figures go in docs/performance.md, section "Report".
"""
import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("bench_import", os.path.join(ROOT, "scripts", "bench-import.py"))
bench_import = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_import)


def timed(accord, args, env):
    start = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v", accord] + args, env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"accord {' '.join(args)} failed: {done.stderr[-2000:]}")
    cpu = sum(float(re.search(kind + r" time \(seconds\): ([0-9.]+)", done.stderr).group(1)) for kind in ("User", "System"))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    return seconds, cpu, rss_kb / 1024, done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accord", help="the accord executable (default: build the release one)")
    parser.add_argument("--sizes", default="25000,50000,100000")
    parser.add_argument("--formats", default="json,text,html,csv,markdown")
    options = parser.parse_args()
    accord = options.accord
    if not accord:
        subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True)
        accord = os.path.join(ROOT, ".build", "release", "accord")
    folder = tempfile.mkdtemp(prefix="accord-bench-report-")
    try:
        workshop_path = os.path.join(folder, "bench-workshop.json")
        with open(workshop_path, "w") as out:
            json.dump(bench_import.workshop(), out, indent=1)
        print(f"{'submissions':>11} {'format':>9} {'seconds':>8} {'CPU s':>7} {'max RSS MB':>11}")
        for size in [int(s) for s in options.sizes.split(",")]:
            data = os.path.join(folder, f"import-{size}.jsonl")
            bench_import.write_file(data, size, seed=size)
            env = dict(os.environ, ACCORD_DB=os.path.join(folder, f"report-{size}.sqlite"), NO_COLOR="1")
            for args in (["session", "new", "--workshop", workshop_path, "--partners", "Acme,Globex", "--id", "bench"],
                         ["import", "--session", "bench", data], ["round", "close", "--session", "bench"]):
                made = subprocess.run([accord] + args, env=env, capture_output=True, text=True)
                if made.returncode != 0:
                    sys.exit(f"accord {args[0]} failed: {made.stderr[-2000:]}")
            os.remove(data)
            for report_format in options.formats.split(","):
                seconds, cpu, rss, output = timed(accord, ["report", "--session", "bench", "--format", report_format], env)
                if report_format == "json":
                    report = json.loads(output)
                    everyone = next(g for g in report["groups"] if g["partner"] is None and g["level"] is None)
                    if everyone["n"] != size:
                        sys.exit(f"the report counts {everyone['n']} submissions, not {size}")
                print(f"{size:>11} {report_format:>9} {seconds:>8.2f} {cpu:>7.2f} {rss:>11.1f}", flush=True)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
