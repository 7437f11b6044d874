"""Issue 12, findable: the commune officer finds a dossier typing without diacritics and exports the
list, which an independent reader (openpyxl) opens; anyone looks a certificate up by its number
from the home page."""
import json
import subprocess
import sys
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from flows import producer_opens_a_honey_dossier
from pages import log_in, log_out, submit_and_wait

PRODUCT = "Mật ong bạc hà Yên Thế"


def test_queue_search_without_diacritics_and_export(browser, base_url, tmp_path):
    producer_opens_a_honey_dossier(browser, base_url, PRODUCT)
    log_out(browser)

    log_in(browser, base_url, "chuthe")
    browser.get(base_url + "/ho-so")
    search = browser.find_element(By.ID, "f-q")
    search.send_keys("mat ong BAC HA yen the")
    Select(browser.find_element(By.ID, "f-sap-xep")).select_by_value("san-pham")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#queue-filter button[type=submit]"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#dossier-list tbody tr")
    assert [row.find_element(By.CSS_SELECTOR, "td a").text for row in rows] == [PRODUCT]
    assert browser.find_element(By.ID, "queue-found").text == "1 hồ sơ khớp bộ lọc."
    # What was typed stays in the field.
    assert browser.find_element(By.ID, "f-q").get_attribute("value") == "mat ong BAC HA yen the"

    # The export holds the same row; openpyxl reads it back.
    link = browser.find_element(By.ID, "export-xlsx").get_attribute("href")
    session = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())
    path = tmp_path / "ho-so.xlsx"
    path.write_bytes(urllib.request.urlopen(urllib.request.Request(link, headers={"Cookie": session})).read())
    checked = subprocess.run([sys.executable, "scripts/check-xlsx.py", str(path), "--expect-sheets", "Hồ sơ", "--dump"],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    dump = json.loads(checked.stdout[checked.stdout.index("{"):])
    rows = dump["Hồ sơ"]
    assert rows[0][:3] == ["STT", "Sản phẩm", "Bộ sản phẩm"]
    assert [row[1] for row in rows[1:]] == [PRODUCT]
    assert rows[1][7] == "Nháp"


def test_home_page_looks_up_a_certificate_by_number(browser, base_url):
    browser.get(base_url + "/")
    field = browser.find_element(By.ID, "f-so")
    assert browser.find_element(By.CSS_SELECTOR, "label[for=f-so]").text == "Số giấy chứng nhận"
    field.send_keys("OCOP-99-2026-9999")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#certificate-lookup button[type=submit]"))
    assert browser.find_element(By.ID, "verify-status").text.startswith("Không có giấy chứng nhận OCOP nào mang số «OCOP-99-2026-9999»")
    assert browser.find_element(By.ID, "f-so").get_attribute("value") == "OCOP-99-2026-9999"
