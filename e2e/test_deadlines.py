"""The commune's 15-working-day limit (Điều 7.2 Quyết định 26/2026/QĐ-TTg) in the browser: a dossier
just submitted shows, in the commune officer's queue, the full 15 working days and its last day."""
import re
from datetime import datetime, timedelta, timezone

from selenium.webdriver.common.by import By

from flows import producer_registers_and_submits, PDF
from pages import log_in, log_out

PRODUCT = "Mật ong rừng tràm Kỳ Sơn"


def weekdays_after(start, count):
    """The day `count` weekdays (Monday to Friday) after `start`."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def test_commune_officer_sees_the_limit_on_the_queue(browser, base_url, tmp_path):
    document = tmp_path / "giay-to.pdf"
    document.write_bytes(PDF)
    producer_registers_and_submits(browser, base_url, PRODUCT, document)

    log_in(browser, base_url, "vietkhe")
    browser.get(base_url + "/ho-so?trang-thai=submitted")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#dossier-list th")]
    assert "Hạn xử lý của xã" in headers
    row = browser.find_element(By.XPATH, f"//table[@id='dossier-list']//tr[td/a[normalize-space()='{PRODUCT}']]")
    cell = row.find_element(By.CSS_SELECTOR, "td.deadline")
    text = cell.text
    match = re.fullmatch(r"Còn 15 ngày làm việc \(hạn (\d\d)/(\d\d)/(\d{4})\)", text)
    assert match, text
    # 15 working days end on a working day no earlier than 14 weekdays after today (holidays only push
    # it later): from a Monday that is three weeks, from a Saturday 20 days.
    due = datetime(int(match[3]), int(match[2]), int(match[1]), tzinfo=timezone(timedelta(hours=7)))
    today = datetime.now(timezone(timedelta(hours=7))).replace(hour=0, minute=0, second=0, microsecond=0)
    assert due.weekday() < 5, due
    assert due >= weekdays_after(today, 14), (due, today)
    assert "deadline-overdue" not in cell.get_attribute("class")
    # The dossier's own page says the same.
    row.find_element(By.LINK_TEXT, PRODUCT).click()
    assert text in browser.find_element(By.TAG_NAME, "main").text
    log_out(browser)
