#!/usr/bin/env python3
"""Crash drill (issue 10, item 6): concurrent writers create councils through the site while the server
is killed with SIGKILL five times; after each restart they go on. At the end every write the server
acknowledged (a 303 to the new council) must be in the database with its audit entry, and SQLite's
integrity check must say ok. Bounded: five rounds of a few seconds each. Prints its figures; exits 1
on any loss.

Usage: crash_drill.py PATH/TO/ocop [PORT]
"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

from drill_client import CouncilWriter, wait_healthy

OCOP = sys.argv[1]
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 8095
BASE = f"http://127.0.0.1:{PORT}"
ROUNDS = 5
WRITERS = 4


def start(data):
    env = dict(os.environ, DATA_DIR=data, LOG_LEVEL="error", BCRYPT_COST="4")
    log_path = os.path.join(data, "server.log")
    log = open(log_path, "ab")
    server = subprocess.Popen([OCOP, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(PORT)],
                              env=env, stdout=log, stderr=log)
    wait_healthy(BASE, server, log_path)
    return server


def main():
    data = tempfile.mkdtemp(prefix="ocop-crash-")
    results, lock = [], threading.Lock()
    started = time.monotonic()
    server = start(data)
    for round_number in range(1, ROUNDS + 1):
        stop = threading.Event()
        writers = [CouncilWriter(BASE, n, stop, results, lock) for n in range(WRITERS)]
        for writer in writers:
            writer.start()
        time.sleep(random.uniform(2.0, 4.0))
        server.send_signal(signal.SIGKILL)
        server.wait()
        stop.set()
        for writer in writers:
            writer.join(timeout=10)
        acknowledged = sum(1 for r in results if r[0] == "ack")
        print(f"round {round_number}: killed with {acknowledged} writes acknowledged so far")
        server = start(data)
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)

    errors = [r for r in results if r[0] == "5xx"]
    written = [(name, location.rsplit("/", 1)[1]) for outcome, name, location, _ in results if outcome == "ack"]
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
