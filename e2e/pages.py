"""Small page helpers, so tests read as what a person does."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import DEMO_PASSWORD


def log_in(browser, base_url, username, password=DEMO_PASSWORD):
    browser.get(base_url + "/dang-nhap")
    browser.find_element(By.ID, "f-username").send_keys(username)
    browser.find_element(By.ID, "f-password").send_keys(password)
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]"))


def submit_and_wait(browser, button):
    """Clicks a submit button and waits until the next page has replaced this one."""
    button.click()
    WebDriverWait(browser, 10).until(expected_conditions.staleness_of(button))


def heading(browser):
    return browser.find_element(By.TAG_NAME, "h1").text


def log_out(browser):
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.logout button"))
