"""Every link a page offers opens (issue 10): signed in as each demo role, and as a visitor, the site is
walked breadth-first from the home page and the dashboard, and no link may answer 403, 404 or 5xx.
A page must only offer what the policy lets its reader open. Runs after the flows (alphabetical order),
so dossiers, meetings, decisions and certificates exist to link to."""
import html.parser
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

from conftest import BASE_URL, DEMO_PASSWORD

ROLES = [None, "quantri", "trunguong", "haiphong", "vietkhe", "ankhanh", "hoidong", "thuky", "uyvien1", "chuthe"]
PAGES_PER_ROLE = 150
SKIPPED = ("/dang-xuat", "/static/")


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client(username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    if username:
        page = opener.open(BASE_URL + "/dang-nhap", timeout=10).read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        opener.open(BASE_URL + "/dang-nhap", urllib.parse.urlencode(
            {"username": username, "password": DEMO_PASSWORD, "_csrf": token}).encode(), timeout=10)
    return opener


def pattern(path):
    """/ho-so/<uuid>/zip → /ho-so/:id/zip: a few pages of each shape are enough."""
    return re.sub(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f-]{27}", ":id", path.split("?")[0])


def walk(username):
    opener = client(username)
    starts = ["/", "/bang-dieu-khien"] if username else ["/", "/san-pham-ocop", "/tieu-chi", "/don-vi"]
    queue = deque((start, "(bắt đầu)") for start in starts)
    seen, shapes, broken, visited = set(starts), {}, [], 0
    while queue and visited < PAGES_PER_ROLE:
        path, referrer = queue.popleft()
        visited += 1
        try:
            response = opener.open(BASE_URL + path, timeout=15)
            status, body = response.status, response.read()
            kind = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            status, body, kind = error.code, b"", ""
        if status in (403, 404) or status >= 500:
            broken.append(f"{username or 'khách'}: {path} → {status} (liên kết từ {referrer})")
            continue
        if "text/html" not in kind:
            continue
        parser = Links()
        parser.feed(body.decode("utf-8", "replace"))
        for href in parser.hrefs:
            target = urllib.parse.urljoin(BASE_URL + path, href)
            if not target.startswith(BASE_URL):
                continue
            local = target[len(BASE_URL):].split("#")[0] or "/"
            if local in seen or local.startswith(SKIPPED):
                continue
            shape = pattern(local)
            if shapes.get(shape, 0) >= 3:
                continue
            shapes[shape] = shapes.get(shape, 0) + 1
            seen.add(local)
            queue.append((local, path))
    return visited, broken


def test_every_offered_link_opens_for_every_role():
    report, total = [], 0
    for username in ROLES:
        visited, broken = walk(username)
        total += visited
        report += broken
    print(f"{total} pages opened as {len(ROLES)} readers")
    assert total > 100
    assert not report, "Liên kết dẫn tới trang bị từ chối hoặc không có:\n" + "\n".join(report)
