#!/usr/bin/env python3
"""Several instances drill (issue 10, item 7): two `ocop serve` on one PostgreSQL database behind
nginx (round robin), each with a data folder of its own, so that nothing can be shared but the
database. Checks that
  1. a person signed in through instance A continues through instance B with the same cookie
     (a page, then a form with its CSRF token), and what B wrote is read through A;
  2. a photo uploaded through A is downloaded, byte for byte, through B (FILE_STORE=database);
  3. with writers creating councils through nginx, SIGKILL of instance A loses nothing: every write
     acknowledged (303) before or after the kill is read back through nginx afterwards, and the
     only failures are requests that were inside A when it died.
Bounded (about a minute); prints its figures; exits 1 on any failure.

Usage: two_instances.py PATH/TO/ocop POSTGRES_URL [FIRST_PORT]
  POSTGRES_URL: a cluster where this user may create a database (the drill makes its own, then drops it).
  Ports FIRST_PORT and FIRST_PORT+1 are the instances, FIRST_PORT+2 is nginx.
"""
import os
import pwd
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
import zlib

from drill_client import Client, CouncilWriter, council_form, wait_healthy

OCOP = os.path.abspath(sys.argv[1])
CLUSTER = sys.argv[2]
FIRST_PORT = int(sys.argv[3]) if len(sys.argv) > 3 else 8101
PORT_A, PORT_B, PORT_NGINX = FIRST_PORT, FIRST_PORT + 1, FIRST_PORT + 2
A, B, NGINX = (f"http://127.0.0.1:{port}" for port in (PORT_A, PORT_B, PORT_NGINX))
WRITERS = 4
BEFORE_KILL, AFTER_KILL = 4.0, 6.0
#: A request inside A when it died fails (nginx does not resend a POST it has passed on); any failure
#: later than this after the kill means nginx did not move to B.
KILL_WINDOW = 3.0

NGINX_CONF = """
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
{user}
events {{ worker_connections 512; }}
http {{
    log_format upstreams '$status $upstream_addr';
    access_log {tmp}/access.log upstreams;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream ocop {{
        server 127.0.0.1:{a} max_fails=1 fail_timeout=30s;
        server 127.0.0.1:{b} max_fails=1 fail_timeout=30s;
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 25m;
        location / {{
            proxy_pass http://ocop;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }}
    }}
}}
"""


def database_url(name):
    """The cluster's URL with another database name (query kept)."""
    parts = urllib.parse.urlsplit(CLUSTER)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def psql(*sql):
    for statement in sql:
        subprocess.run(["psql", CLUSTER, "-q", "-v", "ON_ERROR_STOP=1", "-c", statement], check=True,
                       stdout=subprocess.DEVNULL)


def ocop(tmp, name, env, *arguments):
    log_path = os.path.join(tmp, name + ".log")
    log = open(log_path, "ab")
    return subprocess.Popen([OCOP, *arguments], env=env, stdout=log, stderr=log, cwd=tmp), log_path


def png(seed):
    """A small PNG of its own for this run (one pixel coloured by `seed`), valid for any reader."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixel = b"\x00" + seed[:3]
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + seed.hex().encode()) + chunk(b"IDAT", zlib.compress(pixel)) + chunk(b"IEND", b""))


def check(condition, message, failures):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def cross_instance_session(failures):
    """Sign in through A, go on through B with the same cookie; what B wrote, A reads."""
    person = Client(A).sign_in("haiphong")
    status, _, body = person.get("/hoi-dong", base=B)
    check(status == 200 and "Đăng xuất" in body.decode(), f"signed in through A, B shows /hoi-dong signed in ({status})", failures)
    name = f"Hội đồng hai máy {uuid.uuid4().hex[:8]}"
    status, headers, _ = person.post("/hoi-dong", council_form(name, re.search(r'name="_csrf" value="([^"]+)"', body.decode()).group(1)), base=B)
    location = headers.get("Location", "")
    check(status == 303 and "/hoi-dong/" in location, f"form with A's session and CSRF token accepted by B ({status})", failures)
    status, _, body = person.get(location, base=A)
    check(status == 200 and name in body.decode(), f"the council B created is read through A ({status})", failures)


def cross_instance_file(failures):
    """A producer uploads a product photo through A; B returns the same bytes."""
    producer = Client(A).sign_in("chuthe")
    _, _, body = producer.get("/san-pham")
    product = re.search(r'href="/san-pham/([0-9A-Fa-f-]{36})"', body.decode())
    check(product is not None, "the demo producer has a product", failures)
    if product is None:
        return
    page = f"/san-pham/{product.group(1)}"
    data = png(uuid.uuid4().bytes)
    status, _, _ = producer.upload(page + "/anh", "photo", "anh-dien-tap.png", data, "image/png", producer.token(page))
    check(status == 303, f"photo uploaded through A ({status})", failures)
    _, _, body = producer.get(page, base=B)
    photos = re.findall(rf'src="({page}/anh/[0-9A-Fa-f-]{{36}})"', body.decode())
    downloads = [producer.get(photo, base=B) for photo in photos]
    check(any(status == 200 and bytes_ == data for status, _, bytes_ in downloads),
          f"B returns the photo's {len(data)} bytes exactly ({len(photos)} photos on the page)", failures)


def kill_under_load(instance_a, failures):
    """Writers through nginx; SIGKILL A in the middle; every acknowledged write is read back."""
    results, lock, stop = [], threading.Lock(), threading.Event()
    writers = [CouncilWriter(NGINX, n, stop, results, lock, timeout=15) for n in range(WRITERS)]
    for writer in writers:
        writer.start()
    time.sleep(BEFORE_KILL)
    killed_at = time.monotonic()
    instance_a.send_signal(signal.SIGKILL)
    instance_a.wait()
    time.sleep(AFTER_KILL)
    stop.set()
    for writer in writers:
        writer.join(timeout=20)
    acknowledged = [r for r in results if r[0] == "ack"]
    failed = [r for r in results if r[0] != "ack"]
    during_kill = [r for r in failed if killed_at - 0.5 <= r[3] <= killed_at + KILL_WINDOW and r[2] in ("502", "504", "error")]
    after_kill = [r for r in acknowledged if r[3] > killed_at]
    reader = Client(NGINX, timeout=15).sign_in("haiphong")
    missing = []
    for _, name, location, _ in acknowledged:
        status, _, body = reader.get(location)
        if status != 200 or name not in body.decode():
            missing.append((name, location, status))
    print(f"two instances: {len(results)} writes sent, {len(acknowledged)} acknowledged ({len(after_kill)} after the kill), "
          f"{len(failed)} failed ({len(during_kill)} during the kill), {len(acknowledged) - len(missing)} checked through nginx, "
          f"{len(missing)} missing")
    check(not missing, f"every acknowledged write is read back through nginx ({len(missing)} missing: {missing[:3]})", failures)
    check(len(failed) == len(during_kill), f"no failure outside the kill ({len(failed) - len(during_kill)}: "
          f"{[r for r in failed if r not in during_kill][:3]})", failures)
    check(len(after_kill) >= WRITERS, f"writes went on through B after the kill ({len(after_kill)})", failures)


def upstream_counts(nginx_dir):
    """Requests nginx passed on, by instance port (a retried request names both), and in all."""
    counts, total = {PORT_A: 0, PORT_B: 0}, 0
    with open(os.path.join(nginx_dir, "access.log")) as log:
        for line in log:
            total += 1
            for port in counts:
                if f"127.0.0.1:{port}" in line:
                    counts[port] += 1
    return total, counts


def main():
    started = time.monotonic()
    tmp = tempfile.mkdtemp(prefix="ocop-two-")
    database = "ocop_drill_" + uuid.uuid4().hex[:8]
    psql(f"CREATE DATABASE {database}")
    env = dict(os.environ, DATABASE_URL=database_url(database), LOG_LEVEL="error", BCRYPT_COST="4")
    env.pop("FILE_STORE", None)  # the default on PostgreSQL: the database
    processes, failures = [], []
    try:
        for step in (["migrate"], ["seed"]):
            process, log_path = ocop(tmp, step[0], dict(env, DATA_DIR=os.path.join(tmp, "setup")), *step)
            if process.wait(timeout=120) != 0:
                raise SystemExit(f"ocop {step[0]} failed; see {log_path}")
        instances = []
        for name, port in (("a", PORT_A), ("b", PORT_B)):
            process, log_path = ocop(tmp, name, dict(env, DATA_DIR=os.path.join(tmp, name)),
                                     "serve", "--hostname", "127.0.0.1", "--port", str(port))
            processes.append(process)
            instances.append((process, log_path, f"http://127.0.0.1:{port}"))
        for process, log_path, base in instances:
            wait_healthy(base, process, log_path)
        nginx_dir = os.path.join(tmp, "nginx")
        os.makedirs(nginx_dir)
        # As root, nginx's workers would switch to "nobody" and could not write into this private folder.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
        with open(os.path.join(nginx_dir, "nginx.conf"), "w") as conf:
            conf.write(NGINX_CONF.format(tmp=nginx_dir, user=user, a=PORT_A, b=PORT_B, port=PORT_NGINX))
        nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
        nginx_log = open(os.path.join(nginx_dir, "stderr.log"), "ab")
        nginx = subprocess.Popen([nginx_bin, "-p", nginx_dir, "-c", os.path.join(nginx_dir, "nginx.conf"),
                                  "-e", os.path.join(nginx_dir, "error.log")], stdout=nginx_log, stderr=nginx_log)
        processes.append(nginx)
        wait_healthy(NGINX, nginx, os.path.join(nginx_dir, "error.log"), seconds=15)

        cross_instance_session(failures)
        cross_instance_file(failures)
        kill_under_load(instances[0][0], failures)
        total, counts = upstream_counts(nginx_dir)
        print(f"nginx: {total} requests, {counts[PORT_A]} passed to A, {counts[PORT_B]} to B")
        check(counts[PORT_A] > 0 and counts[PORT_B] > 0, "nginx sent requests to both instances", failures)
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    print(f"two instances drill: {len(failures)} failures, {time.monotonic() - started:.0f} s")
    if failures:
        print("kept for inspection:", tmp)
        sys.exit(1)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
