#!/usr/bin/env python3
"""Page benchmark client for scripts/bench: a bounded number of requests per page, a few threads,
keep-alive connections, loopback only. Signs in as demo accounts with the CSRF token of the login
form and reuses the session cookie. Prints page, requests/s, p50, p95 and max in milliseconds.
The dossier pages (work queue, commune dashboard, inbox) need `ocop-bench-data`'s dossiers and
notifications: Việt Khê (vietkhe) and Hải Phòng (haiphong) hold a share of them.

Usage: page_bench.py BASE_URL [--requests 200] [--concurrency 4] [--password ocop-demo-2026]
Exit status 1 if a page answers anything else than 200."""
import argparse
import html
import http.client
import re
import sys
import threading
import time
import urllib.parse


def connect(base):
    url = urllib.parse.urlsplit(base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("page_bench.py: loopback only (got %s)" % url.hostname)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def fetch(conn, method, path, cookie=None, body=None):
    headers = {"Accept": "text/html"}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response, data.decode("utf-8", "replace")


def session_cookie(response, current=None):
    for header, value in response.getheaders():
        if header.lower() == "set-cookie" and value.startswith("ocop-session="):
            return value.split(";", 1)[0]
    return current


def login(base, username, password):
    conn = connect(base)
    response, page = fetch(conn, "GET", "/dang-nhap")
    cookie = session_cookie(response)
    token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*name="_csrf"', page)
    if not cookie or not token:
        sys.exit("page_bench.py: no session cookie or CSRF token on the login page")
    body = urllib.parse.urlencode({"_csrf": html.unescape(token.group(1)), "username": username, "password": password})
    response, _ = fetch(conn, "POST", "/dang-nhap", cookie, body)
    cookie = session_cookie(response, cookie)
    if response.status not in (302, 303):
        sys.exit("page_bench.py: login as %s failed (HTTP %d)" % (username, response.status))
    response, _ = fetch(conn, "GET", "/bang-dieu-khien", cookie)
    if response.status != 200:
        sys.exit("page_bench.py: %s is not signed in after login (HTTP %d)" % (username, response.status))
    conn.close()
    return cookie


def try_sheet_path(base):
    """A try-a-sheet page with every criterion answered (its first option), found from /tieu-chi."""
    conn = connect(base)
    _, page = fetch(conn, "GET", "/tieu-chi")
    for set_path in re.findall(r'href="(/tieu-chi/[0-9A-Fa-f-]{36})"', page):
        _, detail = fetch(conn, "GET", set_path)
        for try_path in re.findall(r'href="(%s/thu/[^"?#]+)"' % re.escape(set_path), detail):
            try_path = html.unescape(try_path)
            response, sheet = fetch(conn, "GET", try_path)
            if response.status != 200:
                continue
            answers = {}
            for name, value in re.findall(r'<input[^>]*type="radio"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', sheet):
                answers.setdefault(html.unescape(name), html.unescape(value))
            if answers:
                conn.close()
                return try_path + "?" + urllib.parse.urlencode(answers)
    conn.close()
    return None


def measure(base, path, cookie, requests, concurrency):
    # Warm-up: caches, prepared statements, the first connection of the pool.
    conn = connect(base)
    for _ in range(3):
        response, _ = fetch(conn, "GET", path, cookie)
        if response.status != 200:
            return None, "HTTP %d" % response.status
    conn.close()
    latencies, errors, lock = [], [], threading.Lock()
    remaining = [requests]

    def worker():
        conn = connect(base)
        while True:
            with lock:
                if remaining[0] == 0:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            try:
                response, _ = fetch(conn, "GET", path, cookie)
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                conn.close()
                conn = connect(base)
                status = str(error)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append(status)
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(round(p / 100 * len(latencies) + 0.5)) - 1)] * 1000

    result = {"rps": len(latencies) / wall, "p50": pct(50), "p95": pct(95), "max": latencies[-1] * 1000}
    return result, ("%d errors (%s)" % (len(errors), errors[0]) if errors else "")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--password", default="ocop-demo-2026")
    args = parser.parse_args()

    trunguong = login(args.base, "trunguong", args.password)
    haiphong = login(args.base, "haiphong", args.password)
    quantri = login(args.base, "quantri", args.password)
    vietkhe = login(args.base, "vietkhe", args.password)
    sheet = try_sheet_path(args.base)
    pages = [
        ("Trang chủ (công khai)", "/", None),
        ("Tra cứu đơn vị ?q=viet khe", "/don-vi?q=viet+khe", None),
        ("Tra cứu đơn vị ?q=xa", "/don-vi?q=xa", None),
        ("Bộ tiêu chí /tieu-chi", "/tieu-chi", None),
        ("Thử chấm, phiếu đã trả lời", sheet, None),
        ("/healthz", "/healthz", None),
        ("Bảng điều khiển — trunguong", "/bang-dieu-khien", trunguong),
        ("Bảng điều khiển — haiphong", "/bang-dieu-khien", haiphong),
        ("Chủ thể — haiphong", "/chu-the", haiphong),
        ("Chủ thể — trunguong", "/chu-the", trunguong),
        ("Sản phẩm — trunguong", "/san-pham", trunguong),
        ("Sản phẩm — haiphong", "/san-pham", haiphong),
        ("Nhật ký — quantri", "/nhat-ky", quantri),
        ("Nhật ký — haiphong", "/nhat-ky", haiphong),
        ("Hồ sơ, mọi trạng thái — trunguong", "/ho-so", trunguong),
        ("Hồ sơ đã nộp — vietkhe", "/ho-so?trang-thai=submitted", vietkhe),
        ("Hồ sơ đã chuyển tỉnh — haiphong", "/ho-so?trang-thai=forwarded", haiphong),
        ("Bảng điều khiển — vietkhe", "/bang-dieu-khien", vietkhe),
        ("Thông báo — haiphong", "/thong-bao", haiphong),
    ]
    print("%d requests per page, %d concurrent, keep-alive, after 3 warm-up requests" % (args.requests, args.concurrency))
    print()
    print("| page | path | req/s | p50 ms | p95 ms | max ms |")
    print("|---|---|---:|---:|---:|---:|")
    failed = False
    for title, path, cookie in pages:
        if path is None:
            print("| %s | — | not found | | | |" % title)
            failed = True
            continue
        result, note = measure(args.base, path, cookie, args.requests, args.concurrency)
        shown = path if len(path) <= 40 else path[:37] + "…"
        if result is None:
            print("| %s | `%s` | %s | | | |" % (title, shown, note))
            failed = True
            continue
        print("| %s | `%s` | %.0f | %.1f | %.1f | %.1f |%s" % (title, shown, result["rps"], result["p50"], result["p95"],
                                                              result["max"], "  " + note if note else ""))
        sys.stdout.flush()
        failed = failed or bool(note)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
