#!/usr/bin/env python3
"""Crash drill (issue 10, item 6): concurrent writers create councils through the site while the server
is killed with SIGKILL five times; after each restart they go on. At the end every write the server
acknowledged (a 303 to the new council) must be in the database with its audit entry, and SQLite's
integrity check must say ok. Bounded: five rounds of a few seconds each. Prints its figures; exits 1
on any loss.

Usage: crash_drill.py PATH/TO/ocop [PORT]
"""
import http.cookiejar
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

OCOP = sys.argv[1]
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 8095
BASE = f"http://127.0.0.1:{PORT}"
ROUNDS = 5
WRITERS = 4
PASSWORD = "ocop-demo-2026"


def start(data):
    env = dict(os.environ, DATA_DIR=data, LOG_LEVEL="error", BCRYPT_COST="4")
    log = open(os.path.join(data, "server.log"), "ab")
    server = subprocess.Popen([OCOP, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(PORT)],
                              env=env, stdout=log, stderr=log)
    for _ in range(240):
        try:
            with urllib.request.urlopen(BASE + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        if server.poll() is not None:
            sys.exit("the server stopped while starting; see " + os.path.join(data, "server.log"))
        time.sleep(0.25)
    sys.exit("the server did not start")


class Writer(threading.Thread):
    """Signs in as the province officer and creates councils until told to stop; records what was acknowledged."""

    def __init__(self, number, stop, acknowledged, lock):
        super().__init__(daemon=True)
        self.number, self.stop, self.acknowledged, self.lock = number, stop, acknowledged, lock
        self.opener = None

    def sign_in(self):
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
        page = self.opener.open(BASE + "/dang-nhap", timeout=5).read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        try:
            self.opener.open(BASE + "/dang-nhap", urllib.parse.urlencode(
                {"username": "haiphong", "password": PASSWORD, "_csrf": token}).encode(), timeout=5)
        except urllib.error.HTTPError as answer:
            if answer.code != 303:
                raise

    def token(self):
        page = self.opener.open(BASE + "/hoi-dong", timeout=5).read().decode()
        return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

    def run(self):
        while not self.stop.is_set():
            try:
                if self.opener is None:
                    self.sign_in()
                name = f"Hội đồng diễn tập {self.number}-{uuid.uuid4().hex[:10]}"
                form = {"name": name, "decisionNumber": "1/QĐ-DT", "decisionDate": "2026-03-02", "termFrom": "2026-03-02",
                        "termTo": "2027-12-31", "materialsLeadDays": "3", "_csrf": self.token()}
                try:
                    self.opener.open(BASE + "/hoi-dong", urllib.parse.urlencode(form).encode(), timeout=5)
                except urllib.error.HTTPError as answer:
                    if answer.code == 303 and "/hoi-dong/" in answer.headers.get("Location", ""):
                        with self.lock:
                            self.acknowledged.append((name, answer.headers["Location"].rsplit("/", 1)[1]))
                    elif answer.code >= 500:
                        with self.lock:
                            self.acknowledged.append(("500", str(answer.code)))
            except (urllib.error.URLError, ConnectionError, OSError, AttributeError, TimeoutError):
                self.opener = None  # the server is down or restarting: sign in again
                time.sleep(0.2)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    data = tempfile.mkdtemp(prefix="ocop-crash-")
    acknowledged, lock = [], threading.Lock()
    started = time.monotonic()
    server = start(data)
    for round_number in range(1, ROUNDS + 1):
        stop = threading.Event()
        writers = [Writer(n, stop, acknowledged, lock) for n in range(WRITERS)]
        for writer in writers:
            writer.start()
        time.sleep(random.uniform(2.0, 4.0))
        server.send_signal(signal.SIGKILL)
        server.wait()
        stop.set()
        for writer in writers:
            writer.join(timeout=10)
        print(f"round {round_number}: killed with {len(acknowledged)} writes acknowledged so far")
        server = start(data)
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)

    errors = [a for a in acknowledged if a[0] == "500"]
    written = [a for a in acknowledged if a[0] != "500"]
    database = sqlite3.connect(os.path.join(data, "ocop.sqlite"))
    integrity = database.execute("PRAGMA integrity_check").fetchone()[0]
    names = {row[0] for row in database.execute("SELECT name FROM councils")}
    audited = {row[0] for row in database.execute("SELECT record_id FROM audit_entries WHERE action = 'council.create'")}
    missing = [name for name, _ in written if name not in names]
    unaudited = [council for _, council in written if council.upper() not in {a.upper() for a in audited}]
    print(f"crash drill: {ROUNDS} kills, {len(written)} acknowledged writes, {len(missing)} missing, "
          f"{len(unaudited)} without audit entry, {len(errors)} answers 5xx, integrity_check {integrity}, "
          f"{time.monotonic() - started:.0f} s")
    ok = integrity == "ok" and not missing and not unaudited and not errors and len(written) >= ROUNDS
    if ok:
        subprocess.run(["rm", "-rf", data])
    else:
        print("kept for inspection:", data)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
