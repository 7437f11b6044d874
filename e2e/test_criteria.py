"""Criteria sets in the browser: a producer-facing dry run of a sheet updates the result as options
are clicked, and the defective sheets of the 1048 data are shown as such."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from pages import heading


def open_set(browser, base_url, code):
    browser.get(base_url + "/tieu-chi")
    browser.find_element(By.XPATH, f"//table[@id='criteria-list']//tr[contains(., '{code}')]//a").click()
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
    WebDriverWait(browser, 10).until(lambda b: "Tạm tính" not in b.find_element(By.ID, "result-panel").text)
    text = browser.find_element(By.ID, "result-panel").text
    assert "nhãn hiệu" in text, text
    trademark = browser.find_element(By.ID, "f-tm")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", trademark)
    trademark.click()
    WebDriverWait(browser, 10).until(lambda b: "★★★★" in b.find_element(By.ID, "result-star").text)
    assert "c-A.1.1=" in browser.current_url, "the address keeps the assessment, to share or reopen"
    browser.find_element(By.LINK_TEXT, "In phiếu đã chấm").click()
    assert heading(browser).startswith("Phiếu đánh giá")
    assert browser.page_source.count("☑") == len(browser.find_elements(By.CSS_SELECTOR, ".criterion"))
