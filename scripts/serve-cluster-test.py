#!/usr/bin/env python3
"""Deployment test: three `accord serve` on one PostgreSQL database behind nginx (round-robin,
no stickiness), 1 000 participants, one instance killed with SIGKILL half-way.

Starts a throwaway PostgreSQL cluster (scripts/postgres-test-server.sh) and nginx as a
non-daemon on loopback high ports with its own prefix and configuration in a temporary folder
(the same upstream and proxy settings as the sample in docs/deploying.md). Each participant
joins, saves section 1 of a two-section workshop (the draft), continues with section 2 on the
next requests (nginx sends each request to the next instance), reviews and submits. A request
that fails because its instance died is sent again, as a participant would (nginx itself passes
a request to the next instance when the dead one refuses the connection).

Asserts: every participant's submission stored exactly once (each carries its own marker in its
comment), no draft left, every review page showed the comment saved in section 1 (the draft
continued), every instance printed the same join link (secrets from the database), and most
drafts were continued on an instance other than the one that saved them. Prints p50/p99 and
the counts (figures for docs/performance.md).

Usage: scripts/serve-cluster-test.py [--accord PATH] [--participants 1000] [--time-limit 840]
"""
import argparse
import http.client
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SHOWN = re.compile(r'name="shown" value="([^"]*)"')
WORKSHOP = """{
  "formatVersion": 1, "id": "cluster-test", "version": "1.0.0", "title": "Cluster test", "language": "en",
  "anonymity": {"minGroupSize": 3, "minGroupSizeForText": 5},
  "scales": [{"id": "agree5", "points": [{"value": 1, "label": "No"}, {"value": 2, "label": "Rather no"},
    {"value": 3, "label": "Neither"}, {"value": 4, "label": "Rather yes"}, {"value": 5, "label": "Yes"}]}],
  "sections": [
    {"id": "first", "title": "First", "questions": [
      {"id": "vision", "type": "scale", "scale": "agree5", "prompt": "We share one vision."},
      {"id": "comment", "type": "text", "prompt": "Anything else?", "required": false}]},
    {"id": "second", "title": "Second", "questions": [
      {"id": "strategy", "type": "yesno", "prompt": "Is the partnership in your written strategy?"}]}]
}"""

NGINX_CONFIG = """
worker_processes 2;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    # Only for this test: which instance served which draft (a real deployment logs no cookie).
    log_format cluster '$upstream_addr $cookie_accord_draft $request_method $status';
    access_log {dir}/access.log cluster;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;

    upstream accord {{
        # Round-robin, no stickiness: any instance serves any request.
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 64k;
        location / {{
            proxy_pass http://accord;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
        }}
    }}
}}
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"serve-cluster-test: FAIL: nothing listens on port {port}")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Participant:
    """One participant: its own client address (nginx passes it on as X-Real-IP), cookie, marker."""

    def __init__(self, index, port, join_path, stats):
        self.index, self.port, self.join_path, self.stats = index, port, join_path, stats
        self.source = f"127.1.{index // 250}.{index % 250 + 1}"
        self.partner = ["Acme", "Globex"][index % 2]
        self.level = ["management", "execution"][(index // 2) % 2]
        self.marker = f"P{index}Q"
        self.cookie = None

    def request(self, method, path, fields=None, expect=(200, 303)):
        """Sends the request, again (at most 5 times) when the instance behind nginx died."""
        for attempt in range(5):
            headers = {"Cookie": f"accord_draft={self.cookie}"} if self.cookie else {}
            body = None
            if fields is not None:
                body = urllib.parse.urlencode(fields)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            start = time.perf_counter()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60,
                                                        source_address=(self.source, 0))
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                text = response.read().decode()
                connection.close()
            except OSError:
                status, text, response = 0, "", None
            else:
                status = response.status
            self.stats.latency(time.perf_counter() - start)
            if status in expect:
                cookie = response.getheader("Set-Cookie")
                if cookie and cookie.startswith("accord_draft="):
                    self.cookie = cookie.split(";")[0].split("=", 1)[1] or None
                return status, response.getheader("Location"), text
            if status in (0, 502, 503, 504):
                self.stats.count("requests sent again after an instance died")
                time.sleep(0.2 * (attempt + 1))
                continue
            raise AssertionError(f"{self.marker}: {method} {path}: HTTP {status}")
        raise AssertionError(f"{self.marker}: {method} {path}: no instance answered")

    def section(self, location, answers):
        _, _, page = self.request("GET", location)
        fields = [("shown", SHOWN.search(page).group(1)), ("csrf", CSRF.search(page).group(1)), ("action", "next")]
        status, next_location, _ = self.request("POST", location, fields + answers)
        assert status == 303, f"{self.marker}: {location}: {status}"
        return next_location

    def run(self):
        _, _, page = self.request("GET", self.join_path)
        status, location, _ = self.request(
            "POST", self.join_path + "/start",
            [("partner", self.partner), ("level", self.level), ("csrf", CSRF.search(page).group(1))])
        assert status == 303 and location.endswith("/section/1"), f"{self.marker}: start: {status} {location}"
        location = self.section(location, [("a.vision", str(random.randint(1, 5))),
                                           ("a.comment", f"Written by participant {self.marker}.")])
        location = self.section(location, [("a.strategy", random.choice(["yes", "no"]))])
        assert location.endswith("/review"), f"{self.marker}: after section 2: {location}"
        _, _, page = self.request("GET", location)
        if self.marker not in page:
            self.stats.count("review pages without the comment saved in section 1")
        status, location, _ = self.request("POST", self.join_path + "/submit",
                                           [("csrf", CSRF.search(page).group(1))], expect=(303, 403, 404, 409))
        if status != 303:
            # Sent again after its instance died having stored it: the draft is gone, the
            # answers are in (checked in the database below).
            self.stats.count("submits answered 'nothing to submit' after a resend")
        self.stats.count("participants done")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.counts = {}

    def latency(self, seconds):
        with self.lock:
            self.latencies.append(seconds)

    def count(self, name):
        with self.lock:
            self.counts[name] = self.counts.get(name, 0) + 1

    def get(self, name):
        with self.lock:
            return self.counts.get(name, 0)


def psql(url, sql):
    parsed = urllib.parse.urlparse(url)
    return subprocess.run(["psql", "-h", parsed.hostname, "-p", str(parsed.port), "-U", parsed.username, "-At",
                           "-d", parsed.path.lstrip("/"), "-c", sql], check=True, capture_output=True,
                          text=True).stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accord", default=os.path.join(ROOT, ".build", "debug", "accord"))
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--time-limit", type=int, default=840)
    arguments = parser.parse_args()
    signal.signal(signal.SIGALRM, lambda *_: sys.exit("serve-cluster-test: FAIL: took longer than --time-limit"))
    signal.alarm(arguments.time_limit)
    folder = tempfile.mkdtemp(prefix="accord-cluster-")
    os.chmod(folder, 0o755)
    cluster = os.path.join(folder, "postgres")
    processes = []
    try:
        url = subprocess.run([os.path.join(ROOT, "scripts", "postgres-test-server.sh"), "start", cluster,
                              str(free_port())], check=True, capture_output=True, text=True).stdout.strip()
        env = dict(os.environ, ACCORD_DB=url)
        workshop = os.path.join(folder, "cluster-test.json")
        with open(workshop, "w") as file:
            file.write(WORKSHOP)
        subprocess.run([arguments.accord, "session", "new", "--workshop", workshop, "--partners", "Acme,Globex",
                        "--id", "cluster"], env=env, check=True, capture_output=True)
        nginx_port = free_port()
        ports = [free_port() for _ in range(3)]
        join_urls = []
        for port in ports:  # one after another: the first makes the secrets, the others read them
            server = subprocess.Popen(
                [arguments.accord, "serve", "--session", "cluster", "--port", str(port), "--behind-proxy",
                 "--public-url", f"http://127.0.0.1:{nginx_port}"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            processes.append(server)
            join_urls.append(server.stdout.readline().split(": ", 1)[1].strip())
            wait_for_port(port)
        assert len(set(join_urls)) == 1, f"the instances print different join links: {join_urls}"
        nginx_dir = os.path.join(folder, "nginx")
        os.makedirs(nginx_dir)
        servers = "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in ports)
        with open(os.path.join(nginx_dir, "nginx.conf"), "w") as file:
            file.write(NGINX_CONFIG.format(dir=nginx_dir, servers=servers, port=nginx_port))
        nginx = subprocess.Popen(["nginx", "-p", nginx_dir, "-c", os.path.join(nginx_dir, "nginx.conf")],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        processes.append(nginx)
        wait_for_port(nginx_port)

        join_path = urllib.parse.urlparse(join_urls[0]).path
        stats, failures = Stats(), []
        killed = threading.Event()
        half = arguments.participants // 2

        def run(participant):
            try:
                participant.run()
            except Exception as error:  # reported below, with the count
                with stats.lock:
                    failures.append(repr(error))
            if stats.get("participants done") >= half and not killed.is_set():
                killed.set()
                processes[1].send_signal(signal.SIGKILL)  # the second instance, mid-traffic

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=arguments.concurrency) as pool:
            list(pool.map(run, [Participant(i, nginx_port, join_path, stats) for i in range(arguments.participants)]))
        elapsed = time.perf_counter() - start

        submissions = psql(url, "SELECT answers FROM submission WHERE session_id = 'cluster'").splitlines()
        drafts = int(psql(url, "SELECT count(*) FROM draft").strip())
        markers = {}
        for answers in submissions:
            for marker in set(re.findall(r"participant (P\d+Q)", answers)):
                markers[marker] = markers.get(marker, 0) + 1
        once = sum(1 for i in range(arguments.participants) if markers.get(f"P{i}Q") == 1)
        # Which instances served each draft (the requests that carried its cookie).
        served = {}
        with open(os.path.join(nginx_dir, "access.log")) as log:
            for line in log:
                fields = line.split()
                if len(fields) == 4 and fields[1] != "-" and fields[0] != "-":
                    served.setdefault(fields[1], set()).add(fields[0].split(",")[-1].strip())
        continued = sum(1 for instances in served.values() if len(instances) > 1)
        print(f"participants: {arguments.participants} ({arguments.concurrency} at a time) through nginx to 3 "
              f"instances on one PostgreSQL database; instance 2 killed (SIGKILL) after {half} had submitted")
        print(f"requests: {len(stats.latencies)}, wall time {elapsed:.1f} s; latency p50 "
              f"{percentile(stats.latencies, 0.5) * 1000:.1f} ms, p99 {percentile(stats.latencies, 0.99) * 1000:.1f} ms")
        print(f"stored submissions: {len(submissions)}, each participant's exactly once: {once} of "
              f"{arguments.participants}, drafts left: {drafts}, failed participants: {len(failures)}")
        print(f"drafts continued on another instance: {continued} of {len(served)}")
        for name in sorted(stats.counts):
            print(f"{name}: {stats.counts[name]}")
        problems = []
        if failures:
            problems.append(f"{len(failures)} participants failed, e.g. {failures[:3]}")
        if once != arguments.participants or len(submissions) != arguments.participants:
            problems.append("not every submission stored exactly once")
        if drafts:
            problems.append(f"{drafts} drafts left")
        if stats.get("review pages without the comment saved in section 1"):
            problems.append("a draft lost what was saved in it")
        if not killed.is_set():
            problems.append("no instance was killed")
        if continued < 0.9 * len(served) or len(served) < arguments.participants:
            problems.append("too few drafts continued on another instance")
        if problems:
            sys.exit("serve-cluster-test: FAIL: " + "; ".join(problems))
        print("serve-cluster-test: OK")
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGINT if process is not processes[-1] else signal.SIGQUIT)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        subprocess.run([os.path.join(ROOT, "scripts", "postgres-test-server.sh"), "stop", cluster],
                       capture_output=True)
        subprocess.run(["rm", "-rf", folder])


if __name__ == "__main__":
    main()
