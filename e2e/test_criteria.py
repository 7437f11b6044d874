"""Criteria sets in the browser: a producer-facing dry run of a sheet updates the result as options
are clicked, and the defective sheets of the 1048 data are shown as such."""
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from pages import heading


def open_set(browser, base_url, code):
    """Opens the first version of a set (the list shows the newest version first)."""
    browser.get(base_url + "/tieu-chi")
    browser.find_elements(By.XPATH, f"//table[@id='criteria-list']//tr[contains(., '{code}')]//a")[-1].click()
    WebDriverWait(browser, 10).until(expected_conditions.presence_of_element_located((By.ID, "criteria-status")))


def test_1048_set_lists_its_defective_product_sets(browser, base_url):
    open_set(browser, base_url, "QD1048-2019")
    defective = browser.find_elements(By.CSS_SELECTOR, ".product-sets .bad")
    usable = browser.find_elements(By.CSS_SELECTOR, ".product-sets .ok")
    assert len(defective) == 6
    assert len(usable) == 20


def test_try_a_sheet_updates_live_and_prints(browser, base_url):
    open_set(browser, base_url, "QD1048-2019")
    browser.find_element(By.CSS_SELECTOR, "li[data-code='mat-ong-cac-san-pham-tu-mat-ong-mat-khac'] a[href*='/thu/']").click()
    assert heading(browser).startswith("Thử chấm")
    panel = browser.find_element(By.ID, "result-panel")
    assert "Tạm tính" in panel.text
    # Choose the best option of every criterion, as a producer exploring the sheet would.
    for fieldset in browser.find_elements(By.CSS_SELECTOR, "#try-form fieldset.criterion"):
        radios = fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", radios[-1])
        radios[-1].click()
    # The panel is replaced as answers arrive, so an element read a moment ago may be gone.
    live = WebDriverWait(browser, 10, ignored_exceptions=[StaleElementReferenceException])
    live.until(lambda b: "Tạm tính" not in b.find_element(By.ID, "result-panel").text)
    text = browser.find_element(By.ID, "result-panel").text
    assert "nhãn hiệu" in text, text
    trademark = browser.find_element(By.ID, "f-tm")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", trademark)
    trademark.click()
    live.until(lambda b: "★★★★" in b.find_element(By.ID, "result-star").text)
    assert "c-A.1.1=" in browser.current_url, "the address keeps the assessment, to share or reopen"
    browser.find_element(By.LINK_TEXT, "In phiếu đã chấm").click()
    assert heading(browser).startswith("Phiếu đánh giá")
    assert browser.page_source.count("☑") == len(browser.find_elements(By.CSS_SELECTOR, ".criterion"))


def test_national_officer_copies_and_edits_a_sheet_with_live_validation(browser, base_url):
    from pages import log_in, submit_and_wait
    log_in(browser, base_url, "trunguong")
    open_set(browser, base_url, "QD1048-2019")
    submit_and_wait(browser, browser.find_element(By.XPATH, "//button[contains(., 'Sao chép thành bản nháp mới')]"))
    assert "Đã tạo bản nháp QD1048-2019 phiên bản" in browser.find_element(By.CSS_SELECTOR, ".flash").text
    browser.find_element(By.CSS_SELECTOR, "li[data-code='che-bien-tu-gao-ngu-coc'] a[href*='/sua/']").click()
    assert heading(browser).startswith("Soạn phiếu")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#criteria-grid thead th")]
    points_column = headers.index("Điểm") - 1
    cell = browser.find_element(By.NAME, f"r2c{points_column}")
    cell.clear()
    cell.send_keys("9")
    WebDriverWait(browser, 10, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda b: "Phần A" in b.find_element(By.ID, "validation").text)
    # A copy revises a published text: saving without a reason is refused and keeps the typed cell.
    submit_and_wait(browser, browser.find_element(By.XPATH, "//button[contains(., 'Lưu bản nháp')]"))
    assert "hãy ghi lý do thay đổi (1 ô thay đổi)" in browser.find_element(By.ID, "table-problems").text
    assert browser.find_element(By.NAME, f"r2c{points_column}").get_attribute("value") == "9"
    browser.find_element(By.ID, "f-ly-do").send_keys("Thử sửa điểm phương án 3 của A.1.1")
    submit_and_wait(browser, browser.find_element(By.XPATH, "//button[contains(., 'Lưu bản nháp')]"))
    assert "Đã lưu bản nháp" in browser.find_element(By.ID, "validation").text
    assert browser.find_element(By.NAME, f"r2c{points_column}").get_attribute("value") == "9"
    # The set's history names the change and its reason.
    browser.find_element(By.LINK_TEXT, "Về trang bộ tiêu chí").click()
    current = browser.find_element(By.CSS_SELECTOR, "#history tr[aria-current='true']")
    assert current.find_element(By.CSS_SELECTOR, ".reason").text == "Thử sửa điểm phương án 3 của A.1.1"
    assert "Điểm:" in current.find_element(By.CSS_SELECTOR, ".cells").text


def test_excel_export_opens_in_an_independent_reader(browser, base_url, tmp_path):
    """The workbook a province downloads must open outside this system: openpyxl reads it back."""
    import subprocess
    import sys
    import urllib.request
    open_set(browser, base_url, "QD1048-2019")
    link = browser.find_element(By.LINK_TEXT, "Tải Excel (.xlsx)").get_attribute("href")
    path = tmp_path / "1048.xlsx"
    path.write_bytes(urllib.request.urlopen(link).read())
    checked = subprocess.run(
        [sys.executable, "scripts/check-xlsx.py", str(path), "--expect-sheets", "Bộ tiêu chí,Phân loại,Tiêu chí,Hướng dẫn",
         "--min-rows", "Tiêu chí=500"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
