#!/usr/bin/env python3
"""Benchmark (not a test): does a long `accord import` lock participants out?

Starts `accord import` of a large file (the 40-question workshop of bench-import.py) and,
while it runs, every 0.2 s takes the database's write lock the way a participant's draft start
does (`BEGIN IMMEDIATE` through Python's sqlite3, busy timeout 120 s), and times the wait.
Prints the import's time and the waits: with the import parsed and checked before it takes the
lock, only its last step (moving the checked rows in) can hold a draft up.

Usage: scripts/bench-import-lock.py [--accord PATH] [--size 100000] [--keep DIR]
Without --accord it builds the release executable. Figures go in docs/performance.md.
"""
import argparse
import importlib.util
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("bench_import", os.path.join(ROOT, "scripts", "bench-import.py"))
bench_import = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_import)


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accord", help="the accord executable (default: build the release one)")
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--keep", help="keep generated files in this folder")
    options = parser.parse_args()
    accord = options.accord
    if not accord:
        subprocess.run(["swift", "build", "-c", "release", "--product", "accord"], cwd=ROOT, check=True)
        accord = os.path.join(ROOT, ".build", "release", "accord")
    folder = options.keep or tempfile.mkdtemp(prefix="accord-bench-lock-")
    os.makedirs(folder, exist_ok=True)
    workshop_path = os.path.join(folder, "bench-workshop.json")
    with open(workshop_path, "w") as out:
        import json
        json.dump(bench_import.workshop(), out, indent=1)
    data = os.path.join(folder, f"import-{options.size}.jsonl")
    bench_import.write_file(data, options.size, seed=options.size)
    db = os.path.join(folder, "bench-lock.sqlite")
    env = dict(os.environ, ACCORD_DB=db, NO_COLOR="1")
    made = bench_import.run(accord, ["session", "new", "--workshop", workshop_path, "--partners", "Acme,Globex",
                                     "--id", "bench"], env)
    if made.returncode != 0:
        sys.exit(f"session new failed: {made.stderr}")
    start = time.monotonic()
    importer = subprocess.Popen([accord, "import", "--session", "bench", data], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    waits = []
    while importer.poll() is None:
        waits.append(lock_wait(db))
        time.sleep(0.2)
    seconds = time.monotonic() - start
    if importer.returncode != 0:
        sys.exit(f"import failed: {importer.stderr.read()[-2000:]}")
    print(f"import of {options.size} submissions: {seconds:.2f} s; {len(waits)} draft starts meanwhile")
    if waits:
        print(f"lock wait: median {statistics.median(waits) * 1000:.1f} ms, "
              f"max {max(waits) * 1000:.1f} ms, over 1 s: {sum(w > 1 for w in waits)}")
    if not options.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
