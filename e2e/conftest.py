"""Shared fixtures: a headless Chromium per test and the address of the running server.

Every page the browser opens is checked by `audit.PageAudit` (axe-core and the W3C validator)."""
import os

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import audit

BASE_URL = os.environ.get("OCOP_BASE_URL", "http://127.0.0.1:8080")
DEMO_PASSWORD = "ocop-demo-2026"


class AuditedChrome(webdriver.Chrome):
    """Chromium that checks each page it is sent to (see audit.py); `pages.wait_for_next_page`
    checks the pages reached by a click."""

    page_audit = None

    def get(self, url):
        super().get(url)
        self.audit()

    def audit(self):
        if self.page_audit is not None:
            self.page_audit.check(self)


@pytest.fixture(scope="session")
def page_audit():
    if not audit.ENABLED:
        yield None
        return
    checker = audit.PageAudit()
    yield checker
    checker.close()


@pytest.fixture
def browser(page_audit):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi"):
        options.add_argument(flag)
    driver = AuditedChrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.page_audit = page_audit
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.fixture
def base_url():
    return BASE_URL
