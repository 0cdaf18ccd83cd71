#!/usr/bin/env python3
"""Benchmark (not a test) of the two backends side by side: the synthetic 40-question workshop of
bench-import.py, one file of N submissions (default 100 000), then on SQLite and on PostgreSQL:
`accord import`, `accord round close` and `accord report --format json`, each timed under
/usr/bin/time -v (wall time, CPU time of accord, its maximum resident set size). The two JSON
reports must be byte-identical; the script fails otherwise.

Usage: scripts/bench-postgres.py --postgres postgres://USER@HOST:PORT/DB [--accord PATH] [--size 100000]
(--postgres defaults to $ACCORD_TEST_POSTGRES; scripts/postgres-test-server.sh starts a server.)
PostgreSQL's own CPU time is not in "CPU s": the server is another process. The last column is
PostgreSQL's wall time over SQLite's, steadier than either alone on a shared machine.
Figures go in docs/performance.md, section "PostgreSQL".
"""
import argparse
import importlib.util
import os
import random
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
    parser.add_argument("--postgres", default=os.environ.get("ACCORD_TEST_POSTGRES"))
    parser.add_argument("--size", type=int, default=100_000)
    options = parser.parse_args()
    if not options.postgres:
        sys.exit("give --postgres postgres://USER@HOST:PORT/DB (or set ACCORD_TEST_POSTGRES)")
    accord = options.accord
    if not accord:
        subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True)
        accord = os.path.join(ROOT, ".build", "release", "accord")
    folder = tempfile.mkdtemp(prefix="accord-bench-pg-")
    try:
        workshop_path = os.path.join(folder, "bench-workshop.json")
        with open(workshop_path, "w") as out:
            import json
            json.dump(bench_import.workshop(), out, indent=1)
        data = os.path.join(folder, "import.jsonl")
        bench_import.write_file(data, options.size, seed=options.size)
        session = f"bench-{random.getrandbits(32):08x}"
        env = dict(os.environ, NO_COLOR="1")
        print(f"{options.size} submissions × 40 questions, {os.path.getsize(data) / 1e6:.1f} MB of JSON Lines")
        print(f"{'backend':<10} {'step':<12} {'seconds':>8} {'CPU s':>7} {'max RSS MB':>11}")
        results, reports = {}, {}
        for backend, db in (("sqlite", os.path.join(folder, "bench.sqlite")), ("postgres", options.postgres)):
            made = subprocess.run([accord, "session", "new", "--db", db, "--workshop", workshop_path,
                                   "--partners", "Acme,Globex", "--id", session], env=env, capture_output=True, text=True)
            if made.returncode != 0:
                sys.exit(f"session new failed on {backend}: {made.stderr}")
            for step, args in (("import", ["import", "--db", db, "--session", session, data]),
                               ("round close", ["round", "close", "--db", db, "--session", session]),
                               ("report json", ["report", "--db", db, "--session", session, "--format", "json"])):
                seconds, cpu, rss, stdout = timed(accord, args, env)
                results[(backend, step)] = seconds
                if step == "report json":
                    reports[backend] = stdout
                print(f"{backend:<10} {step:<12} {seconds:>8.2f} {cpu:>7.2f} {rss:>11.1f}", flush=True)
        for step in ("import", "round close", "report json"):
            print(f"PostgreSQL / SQLite, {step}: {results[('postgres', step)] / results[('sqlite', step)]:.2f}")
        if reports["sqlite"] != reports["postgres"]:
            sys.exit("the JSON reports differ between SQLite and PostgreSQL")
        print(f"JSON reports byte-identical ({len(reports['sqlite'])} bytes)")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
