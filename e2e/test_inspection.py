"""Issue 13, inspections on a phone: at 390 × 844 px the province's officer ticks a certificate on the
follow-up list, issues the inspection plan, opens its inspection from the plan, and records it in the field — a verdict per item, a remark and a
photo taken for the OCOP mark, the findings, the deadline — then opens the printable minutes."""
import datetime
import struct
import zlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from flows import click
from pages import heading, log_in, submit_and_wait
from test_phone import PHONE, assert_fits

PRODUCT = "Rượu nếp men lá Kỳ Sơn"
VIETNAM = datetime.timezone(datetime.timedelta(hours=7))


def png(path, size=16):
    """A real PNG (a green square), as a phone's camera would hand over a JPEG or PNG."""
    rows = b"".join(b"\x00" + b"\x2e\x7d\x32" * size for _ in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_province_plans_and_records_an_inspection_with_a_photo_on_a_phone(browser, base_url, tmp_path):
    browser.set_window_size(*PHONE)
    photo = tmp_path / "tem-ocop.png"
    png(photo)
    today = datetime.datetime.now(VIETNAM).date()
    log_in(browser, base_url, "haiphong")
    browser.get(base_url + "/theo-doi-chung-nhan?loai=dang-mo")
    row = browser.find_element(By.XPATH, f"//table[@id='follow-up-list']//tr[td[contains(., '{PRODUCT}')]]")
    click(browser, row.find_element(By.CSS_SELECTOR, "input[type=checkbox]"))
    submit_and_wait(browser, browser.find_element(By.ID, "inspect-chosen"))
    assert heading(browser) == "Lập kế hoạch kiểm tra"
    assert PRODUCT in browser.find_element(By.ID, "plan-products").text
    Select(browser.find_element(By.ID, "f-kind")).select_by_value("dot-xuat")
    browser.find_element(By.ID, "f-reason").send_keys("Phản ánh của người tiêu dùng về tem OCOP")
    planned = browser.find_element(By.ID, "f-plannedOn")
    planned.clear()
    planned.send_keys(today.strftime("%d/%m/%Y"))
    browser.find_element(By.ID, "f-team").send_keys("Phòng Phát triển nông thôn; Chi cục Quản lý chất lượng")
    browser.find_element(By.ID, "f-number").send_keys("7/KH-SNN")
    browser.find_element(By.ID, "f-signer").send_keys("Nguyễn Văn Hải")
    submit_and_wait(browser, browser.find_element(By.ID, "plan-submit"))
    # The plan is a document of its own, listing the product; its row opens the inspection.
    assert heading(browser) == "Kế hoạch kiểm tra số 7/KH-SNN"
    assert browser.find_element(By.ID, "doc-number").text == "Số: 7/KH-SNN"
    assert browser.find_element(By.ID, "plan-progress").text == "Đã kiểm tra 0/1 sản phẩm."
    assert_fits(browser, "kế hoạch kiểm tra")
    submit_and_wait(browser, browser.find_element(By.LINK_TEXT, PRODUCT))
    assert heading(browser) == f"Kiểm tra: {PRODUCT}"
    assert_fits(browser, "biểu mẫu ghi kết quả kiểm tra")

    for fieldset in browser.find_elements(By.CSS_SELECTOR, "#record-form fieldset.criterion"):
        verdict = "khong-dat" if fieldset.get_attribute("id") == "item-nhan-hieu" else "dat"
        click(browser, fieldset.find_element(By.CSS_SELECTOR, f"input[value='{verdict}']"))
    browser.find_element(By.ID, "f-remark-nhan-hieu").send_keys("Tem OCOP dán cả trên rượu nếp cẩm chưa được công nhận.")
    browser.find_element(By.ID, "f-photo-nhan-hieu").send_keys(str(photo))
    browser.find_element(By.ID, "f-findings").send_keys("Sử dụng biểu trưng OCOP cho sản phẩm chưa được công nhận.")
    Select(browser.find_element(By.ID, "f-conclusion")).select_by_value("khac-phuc")
    browser.find_element(By.ID, "f-fixDeadline").send_keys((today + datetime.timedelta(days=30)).strftime("%d/%m/%Y"))
    submit_and_wait(browser, browser.find_element(By.ID, "record-submit"))

    assert browser.find_element(By.ID, "inspection-status").text == "Đã kiểm tra"
    line = browser.find_element(By.ID, "line-nhan-hieu")
    assert "Không đạt" in line.text
    image = line.find_element(By.CSS_SELECTOR, "img.inspection-photo")
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) == 16
    assert (today + datetime.timedelta(days=30)).strftime("%d/%m/%Y") in browser.find_element(By.ID, "inspection-deadline").text
    assert_fits(browser, "kết quả kiểm tra")
    submit_and_wait(browser, browser.find_element(By.ID, "minutes-link"))
    assert "BIÊN BẢN KIỂM TRA" in browser.find_element(By.ID, "official-document").text
    assert "Chủ thể phải khắc phục" in browser.find_element(By.ID, "minutes-conclusion").text
