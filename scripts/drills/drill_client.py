"""What the drills share (crash_drill.py, two_instances.py): a signed-in client that keeps its cookie
and reads the CSRF token from the page as a browser would, a wait for a server to answer /healthz,
and writers that create councils through the site and record what the server acknowledged.
Standard library only."""
import http.cookiejar
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PASSWORD = "ocop-demo-2026"
NETWORK_ERRORS = (urllib.error.URLError, ConnectionError, OSError, TimeoutError)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to check (a 303 to the new record), not to follow."""

    def redirect_request(self, *args, **kwargs):
        return None


def csrf_token(page):
    return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)


class Client:
    """One person's browser: one cookie jar, whichever server (`base`) each request goes to."""

    def __init__(self, base, timeout=10):
        self.base, self.timeout = base, timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, path, data=None, headers=None, base=None):
        """(status, headers, body bytes); a 3xx or 4xx/5xx is an answer, not an exception."""
        req = urllib.request.Request((base or self.base) + path, data=data, headers=headers or {})
        try:
            with self.opener.open(req, timeout=self.timeout) as answer:
                return answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as answer:
            return answer.code, answer.headers, answer.read()

    def get(self, path, base=None):
        return self.request(path, base=base)

    def post(self, path, form, base=None):
        return self.request(path, urllib.parse.urlencode(form).encode(), base=base)

    def token(self, path, base=None):
        status, _, body = self.get(path, base=base)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status}")
        return csrf_token(body.decode())

    def sign_in(self, username, base=None):
        form = {"username": username, "password": PASSWORD, "_csrf": self.token("/dang-nhap", base=base)}
        status, headers, _ = self.post("/dang-nhap", form, base=base)
        if status != 303:
            raise RuntimeError(f"sign-in of {username}: {status}")
        return self

    def upload(self, path, field, filename, data, content_type, token, base=None):
        """A multipart form with one file; the token goes in the header, as the site's script sends it."""
        boundary = "----drill" + uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
                f"Content-Type: {content_type}\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        return self.request(path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}",
                                          "X-CSRF-Token": token}, base=base)


def wait_healthy(base, process, log_path, seconds=60):
    """Returns once `base`/healthz answers 200; exits the drill if the process stops or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except NETWORK_ERRORS:
            pass
        if process.poll() is not None:
            raise SystemExit(f"the server stopped while starting; see {log_path}")
        time.sleep(0.25)
    raise SystemExit(f"the server at {base} did not start; see {log_path}")


def council_form(name, token):
    return {"name": name, "decisionNumber": "1/QĐ-DT", "decisionDate": "2026-03-02", "termFrom": "2026-03-02",
            "termTo": "2027-12-31", "materialsLeadDays": "3", "_csrf": token}


class CouncilWriter(threading.Thread):
    """Signs in as the province officer and creates councils until `stop` is set. Each attempt is
    recorded in `results` (shared, under `lock`) as (outcome, name, detail, monotonic time):
    "ack" with the new council's path, "5xx" with the status, "error" when the connection failed
    (then it signs in again)."""

    def __init__(self, base, number, stop, results, lock, timeout=5):
        super().__init__(daemon=True)
        self.base, self.number, self.stop, self.results, self.lock = base, number, stop, results, lock
        self.timeout, self.client = timeout, None

    def record(self, outcome, name, detail):
        with self.lock:
            self.results.append((outcome, name, detail, time.monotonic()))

    def run(self):
        while not self.stop.is_set():
            name = f"Hội đồng diễn tập {self.number}-{uuid.uuid4().hex[:10]}"
            try:
                if self.client is None:
                    self.client = Client(self.base, self.timeout).sign_in("haiphong")
                status, headers, _ = self.client.post("/hoi-dong", council_form(name, self.client.token("/hoi-dong")))
                location = headers.get("Location", "")
                if status == 303 and "/hoi-dong/" in location:
                    self.record("ack", name, location)
                elif status >= 500:
                    self.record("5xx", name, str(status))
            except (*NETWORK_ERRORS, AttributeError, RuntimeError) as error:
                self.record("error", name, type(error).__name__)
                self.client = None  # the server is down or restarting: sign in again
                time.sleep(0.2)
