#!/usr/bin/env python3
"""Load script for `accord serve` (not a test): many participants at once, each answering the
whole 40-question partnership-health-check workshop through the same HTML forms a browser
posts, then submitting. Checks that every participant's submission is stored exactly once (each
carries its own marker in its comment) and prints, for docs/performance.md: submissions per
second, request latencies (p50, p95, p99, max; all requests, and pages vs. saves), the server's
CPU time per request (every request is one workshop page or one posted form), from
/proc/PID/stat of the server process (user + system), the load script's own CPU time (it shares
the machine's cores with the server), and issue 16's serve row with each goal met or not.

Usage: scripts/serve-load.py [--accord PATH] [--participants 200] [--time-limit 300]

Traffic goes to 127.0.0.1 only; the run is bounded in count (--participants) and time
(--time-limit seconds, then it stops and reports failure).
"""
import argparse
import http.client
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKSHOP = os.path.join(ROOT, "questionnaires", "partnership-health-check.json")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SHOWN = re.compile(r'name="shown" value="([^"]*)"')


def cpu_seconds(pid):
    """User + system CPU time of process `pid` so far, in seconds."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Participant:
    """One participant's connection, cookie and answers."""

    def __init__(self, port, join_path, workshop, partner, level, latencies, lock, marker, source):
        # Each participant from its own loopback address (127.0.0.0/8 is all loopback), as
        # phones in a room are: the server caps draft starts per client address.
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
        self.join_path, self.workshop = join_path, workshop
        self.partner, self.level = partner, level
        self.cookie = None
        self.latencies, self.lock = latencies, lock
        self.marker = marker
        self.questions = {q["id"]: q for s in workshop["sections"] for q in s["questions"]}
        self.scales = {s["id"]: s for s in workshop["scales"]}

    def request(self, method, path, fields=None):
        headers = {"Cookie": f"accord_draft={self.cookie}"} if self.cookie else {}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        with self.lock:
            self.latencies.append((method, time.perf_counter() - start))
        cookie = response.getheader("Set-Cookie")
        if cookie and cookie.startswith("accord_draft="):
            self.cookie = cookie.split(";")[0].split("=", 1)[1] or None
        return response.status, response.getheader("Location"), text

    def answer(self, question_id):
        question = self.questions[question_id]
        kind = question["type"]
        if kind == "scale":
            points = self.scales[question["scale"]]["points"]
            return [str(random.choice(points)["value"])]
        if kind == "choice":
            return [random.choice(question["options"])["id"]]
        if kind == "yesno":
            return [random.choice(["yes", "no"])]
        if kind == "text":
            return [f"A comment written under load by participant {self.marker}."]
        raise ValueError(f"the load script does not answer {kind} questions")

    def run(self):
        status, _, page = self.request("GET", self.join_path)
        token = CSRF.search(page).group(1)
        status, location, _ = self.request(
            "POST", self.join_path + "/start", [("partner", self.partner), ("level", self.level), ("csrf", token)])
        assert status == 303, f"start: {status}"
        while location and "/section/" in location:
            status, _, page = self.request("GET", location)
            while True:
                token = CSRF.search(page).group(1)
                shown = SHOWN.search(page).group(1).split()
                fields = [("shown", " ".join(shown)), ("csrf", token), ("action", "next")]
                for question_id in shown:
                    fields += [(f"a.{question_id}", value) for value in self.answer(question_id)]
                    if self.questions[question_id].get("predict"):
                        fields += [(f"p.{question_id}", value) for value in self.answer(question_id)]
                status, next_location, page = self.request("POST", location, fields)
                if status == 303:
                    location = next_location
                    break
                assert status == 200, f"section {location}: {status}"  # more questions appeared
        status, _, page = self.request("GET", self.join_path + "/review")
        token = CSRF.search(page).group(1)
        status, location, _ = self.request("POST", self.join_path + "/submit", [("csrf", token)])
        assert status == 303 and location.endswith("/thanks"), f"submit: {status}"
        self.connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accord", default=os.path.join(ROOT, ".build", "release", "accord"))
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--time-limit", type=int, default=300)
    arguments = parser.parse_args()
    if not 1 <= arguments.participants <= 1000:
        sys.exit("--participants must be between 1 and 1000")
    signal.signal(signal.SIGALRM, lambda *_: sys.exit("serve-load: FAIL: took longer than --time-limit"))
    signal.alarm(arguments.time_limit)
    workshop = json.load(open(WORKSHOP))
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "accord.sqlite")
        env = dict(os.environ, ACCORD_DB=database)
        subprocess.run([arguments.accord, "session", "new", "--workshop", WORKSHOP, "--partners", "Acme,Globex",
                        "--id", "load"], env=env, check=True, capture_output=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen([arguments.accord, "serve", "--session", "load", "--port", str(port)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            join_url = server.stdout.readline().split(": ", 1)[1].strip()
            join_path = urllib.parse.urlparse(join_url).path
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            latencies, lock, failures = [], threading.Lock(), []
            partners = [("Acme", "management"), ("Acme", "execution"), ("Globex", "management"),
                        ("Globex", "execution")]
            participants = [Participant(port, join_path, workshop, *partners[i % 4], latencies, lock, f"P{i}Q",
                                        f"127.1.{i // 250}.{i % 250 + 1}")
                            for i in range(arguments.participants)]
            gate = threading.Barrier(arguments.participants)

            def run(participant):
                try:
                    gate.wait()
                    participant.run()
                except Exception as error:  # reported below, with the count
                    with lock:
                        failures.append(repr(error))

            threads = [threading.Thread(target=run, args=(p,)) for p in participants]
            cpu_before = cpu_seconds(server.pid)
            client_before = time.process_time()
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - start
            server_cpu = cpu_seconds(server.pid) - cpu_before
            client_cpu = time.process_time() - client_before
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        with sqlite3.connect(database) as db:
            stored = db.execute("SELECT count(*) FROM submission WHERE sessionID = 'load'").fetchone()[0]
            drafts = db.execute("SELECT count(*) FROM draft").fetchone()[0]
            markers = {}
            for (answers,) in db.execute("SELECT answers FROM submission WHERE sessionID = 'load'"):
                for marker in set(re.findall(r"participant (P\d+Q)", answers)):
                    markers[marker] = markers.get(marker, 0) + 1
    once = sum(1 for i in range(arguments.participants) if markers.get(f"P{i}Q") == 1)
    questions = sum(len(s["questions"]) for s in workshop["sections"])
    print(f"participants: {arguments.participants} at once, {questions}-question workshop, "
          f"{len(latencies)} requests")
    print(f"stored submissions: {stored}, each participant's exactly once: {once} of {arguments.participants}, "
          f"drafts left: {drafts}, failed participants: {len(failures)}")
    print(f"wall time: {elapsed:.2f} s; submissions per second: {stored / elapsed:.1f}")
    for name, kinds in (("all requests", ("GET", "POST")), ("pages (GET)", ("GET",)), ("forms (POST)", ("POST",))):
        values = [seconds for method, seconds in latencies if method in kinds]
        print(f"latency, {name}: p50 {percentile(values, 0.5) * 1000:.1f} ms, "
              f"p95 {percentile(values, 0.95) * 1000:.1f} ms, "
              f"p99 {percentile(values, 0.99) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms")
    per_page = server_cpu / len(latencies) * 1000
    print(f"server CPU: {server_cpu:.2f} s, {per_page:.3f} ms per request "
          f"({server_cpu / elapsed:.2f} cores on average); load script CPU: {client_cpu:.2f} s "
          f"({client_cpu / len(latencies) * 1000:.3f} ms per request)")
    p99 = percentile([seconds for _, seconds in latencies], 0.99)
    all_once = stored == arguments.participants and once == arguments.participants and drafts == 0 and not failures
    goal = 0.1 if arguments.participants <= 200 else 1.0
    print(f"issue 16, serve row: {arguments.participants} at once | p50 "
          f"{percentile([s for _, s in latencies], 0.5) * 1000:.1f} ms | p95 "
          f"{percentile([s for _, s in latencies], 0.95) * 1000:.1f} ms | p99 {p99 * 1000:.1f} ms "
          f"(goal < {goal * 1000:.0f} ms: {'met' if p99 < goal else 'NOT met'}) | stored exactly once: "
          f"{once} of {arguments.participants} ({'met' if all_once else 'NOT met'}) | server CPU per page "
          f"{per_page:.3f} ms (goal < 0.25 ms: {'met' if per_page < 0.25 else 'NOT met'})")
    if failures:
        print("first failure: " + failures[0], file=sys.stderr)
    if stored != arguments.participants or once != arguments.participants or drafts != 0 or failures:
        sys.exit("serve-load: FAIL: every participant's submission must be stored exactly once")


if __name__ == "__main__":
    main()
