"""Mẫu số 01 and 02 of 26/2026 in the browser: the producer writes the self-assessment report,
attaches evidence to a criterion and prints Mẫu 02; after the commune takes the dossier up, the
producer's Mẫu 01 carries the commune's receipt number, also shown on the dossier page."""
import base64
import datetime
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from flows import (PDF, choose_best, click, commune_assesses_and_forwards, flash, producer_opens_a_honey_dossier,
                   submit_dossier, upload)
from pages import log_in, log_out, submit_and_wait

PRODUCT = "Mật ong hoa bạc hà Kỳ Sơn"


def test_producer_writes_mau02_and_reads_mau01_with_receipt(browser, base_url, tmp_path):
    document = tmp_path / "giay-to.pdf"
    document.write_bytes(PDF)
    evidence = tmp_path / "hop-dong-thu-mua.pdf"
    evidence.write_bytes(PDF)

    producer_opens_a_honey_dossier(browser, base_url, PRODUCT, "80 đàn ong nuôi tại thôn Kỳ Sơn")
    dossier_url = browser.current_url
    click(browser, browser.find_element(By.ID, "self-assess"))
    choose_best(browser, "#self-assessment-form")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#self-assessment-form button[type=submit]"))
    assert "Đã lưu phiếu tự đánh giá" in flash(browser)
    assert "Danh sách lao động đóng bảo hiểm" in browser.find_element(By.ID, "evidence-guide").get_attribute("textContent")

    # The report: Part II, the plan, a description of the first criterion, then its evidence.
    browser.get(dossier_url)
    click(browser, browser.find_element(By.ID, "mau02-edit"))
    browser.find_element(By.ID, "f-mau02-markets").send_keys("Cửa hàng đặc sản ở Hải Phòng, sàn thương mại điện tử")
    browser.find_element(By.ID, "f-mau02-plan").send_keys("Đạt 4 sao vào năm 2028")
    first = browser.find_element(By.CSS_SELECTOR, "div.criterion")
    code = first.get_attribute("id").removeprefix("criterion-")
    first.find_element(By.CSS_SELECTOR, "textarea").send_keys("Mật lấy từ đàn ong của hợp tác xã tại xã")
    submit_and_wait(browser, browser.find_element(By.ID, "mau02-save"))
    assert "Đã lưu báo cáo tự đánh giá" in flash(browser)
    browser.find_element(By.ID, f"f-evidence-{code}").send_keys(str(evidence))
    button = browser.find_element(By.ID, f"criterion-{code}").find_element(By.CSS_SELECTOR, "form button[type=submit]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    submit_and_wait(browser, button)
    assert "Đã tải lên minh chứng hop-dong-thu-mua.pdf" in flash(browser)

    # Mẫu 02 prints the criteria with the self-score, the description and the file.
    browser.get(dossier_url)
    browser.find_element(By.ID, "mau02-link").click()
    assert "BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM" in browser.find_element(By.ID, "mau02").text
    row = browser.find_element(By.ID, f"mau02-c-{code}")
    assert "Mật lấy từ đàn ong" in row.find_element(By.CSS_SELECTOR, "td.remark").text
    assert "hop-dong-thu-mua.pdf" in row.find_element(By.CSS_SELECTOR, "td.evidence").text
    assert re.match(r"\d+(,\d+)?/\d+", row.find_element(By.CSS_SELECTOR, "td.score").text)
    assert "Đạt 4 sao vào năm 2028" in browser.find_element(By.ID, "mau02-plan").text
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    (tmp_path / "mau02.pdf").write_bytes(base64.b64decode(browser.print_page(options)))

    # The producer submits; the commune takes it up and numbers the registration form.
    browser.get(dossier_url)
    for document_code in range(1, 6):
        upload(browser, document_code, document)
    submit_dossier(browser)
    assert "Đã nộp hồ sơ" in flash(browser)
    log_out(browser)
    commune_assesses_and_forwards(browser, base_url, PRODUCT, "58/UBND-KT")

    log_in(browser, base_url, "chuthe")
    browser.get(dossier_url)
    year = datetime.date.today().year
    number = browser.find_element(By.ID, "dossier-receipt-commune").text
    assert re.fullmatch(rf"\d{{3}}/PĐK-31-11503-{year}", number), number
    browser.find_element(By.ID, "mau01-link").click()
    form = browser.find_element(By.ID, "mau01").text
    assert "PHIẾU ĐĂNG KÝ" in form and PRODUCT in form
    assert browser.find_element(By.ID, "mau01-kind-new").text == "Lần đầu ☑"
    assert browser.find_element(By.ID, "receipt-commune").text == number
    assert browser.find_element(By.CSS_SELECTOR, "[data-print]").is_displayed()
    # On A4 the form takes its page and the authorities' boxes the next one (print CSS of `.mau01`).
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    pdf = base64.b64decode(browser.print_page(options))
    (tmp_path / "mau01.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 2
    log_out(browser)
