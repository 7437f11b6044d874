"""Small page helpers, so tests read as what a person does."""
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import DEMO_PASSWORD


def log_in(browser, base_url, username, password=DEMO_PASSWORD):
    browser.get(base_url + "/dang-nhap")
    browser.find_element(By.ID, "f-username").send_keys(username)
    browser.find_element(By.ID, "f-password").send_keys(password)
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]"))


def submit_and_wait(browser, button):
    """Clicks a submit button and waits until the next page has replaced this one and loaded."""
    button.click()
    wait_for_next_page(browser, button)


def wait_for_next_page(browser, element):
    """Waits until `element` (of the page being left) is gone and the new page has loaded.

    While Chromium swaps documents, asking about an old element can fail with "Node with given id
    does not belong to the document" rather than a stale-element error: both mean it is gone."""
    def old_page_gone(_):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(browser, 15).until(old_page_gone)
    WebDriverWait(browser, 15).until(lambda b: b.execute_script("return document.readyState") == "complete")
    if hasattr(browser, "audit"):
        browser.audit()


def heading(browser):
    return browser.find_element(By.TAG_NAME, "h1").text


def log_out(browser):
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.logout button"))
