"""Registration rounds in the browser: a commune officer opens the round of seed 000 (new and
re-evaluation dossiers until 30/06/2026) and grants one producer a documented extension."""
from selenium.webdriver.common.by import By

from pages import heading, log_in, submit_and_wait


def set_date(browser, field_id, iso):
    browser.execute_script("document.getElementById(arguments[0]).value = arguments[1]", field_id, iso)


def test_commune_officer_opens_a_round_and_extends_it(browser, base_url):
    log_in(browser, base_url, "ankhanh")
    browser.find_element(By.LINK_TEXT, "Đợt đăng ký").click()
    browser.find_element(By.ID, "new-round").click()
    assert heading(browser) == "Mở đợt đăng ký"
    set_date(browser, "f-opensOn", "2026-06-01")
    set_date(browser, "f-closesOn", "2026-06-30")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#round-form button[type=submit]"))
    assert "Đã mở đợt đăng ký" in browser.find_element(By.CSS_SELECTOR, ".flash").text
    assert browser.find_element(By.ID, "round-phase").text == "Đã kết thúc"
    set_date(browser, "f-day", "2026-07-15")
    browser.find_element(By.ID, "f-reason").send_keys("Chủ thể chờ giấy chứng nhận an toàn thực phẩm")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#extension-form button[type=submit]"))
    extensions = browser.find_element(By.ID, "extensions").text
    assert "15/07/2026" in extensions and "an toàn thực phẩm" in extensions
