"""The dossier's whole path in the browser (issue 4): a producer registers a product, uploads the
mandatory documents, self-assesses and submits; the commune officer returns it with a reason; the
producer fixes it and resubmits; the officer assesses the local criteria and forwards it with a
letter; the provincial officer receives it into an evaluation round."""
from selenium.webdriver.common.by import By

from flows import (PDF, click, commune_assesses_and_forwards, flash, open_dossier, producer_registers_and_submits,
                   province_accepts, state, submit_dossier, upload)
from pages import heading, log_in, log_out, submit_and_wait

PRODUCT = "Mật ong hoa nhãn Kỳ Sơn"


def test_register_submit_return_resubmit_assess_forward_accept(browser, base_url, tmp_path):
    document = tmp_path / "giay-to.pdf"
    document.write_bytes(PDF)
    producer_registers_and_submits(browser, base_url, PRODUCT, document)

    # The commune officer returns it, saying what is wrong with the registration form.
    log_in(browser, base_url, "vietkhe")
    assert browser.find_element(By.CSS_SELECTOR, "#inbox-link .badge").text != ""
    open_dossier(browser, base_url, "submitted", PRODUCT)
    browser.find_element(By.ID, "step-return").click()
    browser.find_element(By.ID, "f-ly-do-1").send_keys("Phiếu đăng ký chưa có chữ ký và dấu của chủ thể")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#return-form button[type=submit]"))
    assert state(browser) == "Trả lại bổ sung"
    log_out(browser)

    # The producer sees the request beside the document, replaces it and resubmits with a note.
    log_in(browser, base_url, "chuthe")
    browser.find_element(By.ID, "inbox-link").click()
    assert "chưa có chữ ký" in browser.find_element(By.ID, "inbox").text
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#inbox form button[type=submit]"))
    assert "chưa có chữ ký" in browser.find_element(By.ID, "supplement-requests").text
    assert "Yêu cầu bổ sung" in browser.find_element(By.ID, "doc-1").text
    upload(browser, 1, document)
    browser.find_element(By.ID, "f-note").send_keys("Đã ký, đóng dấu phiếu đăng ký")
    submit_dossier(browser)
    assert "Đã nộp lại hồ sơ" in flash(browser)
    assert "Đã ký, đóng dấu phiếu đăng ký" in browser.find_element(By.ID, "timeline").text
    log_out(browser)

    # The commune's report prints; then the commune assesses and forwards with a letter.
    commune_assesses_and_forwards(browser, base_url, PRODUCT, "57/UBND-KT")
    log_in(browser, base_url, "vietkhe")
    open_dossier(browser, base_url, "forwarded", PRODUCT)
    browser.find_element(By.LINK_TEXT, "Báo cáo đánh giá cấp xã (A4)").click()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in browser.find_element(By.ID, "official-document").text
    browser.back()
    # Mẫu số 03 prints the four assessments with the commune's verdicts (26/2026 Điều 7.2.b).
    browser.find_element(By.ID, "mau03-link").click()
    assert "BÁO CÁO" in browser.find_element(By.ID, "official-document").text
    rows = browser.find_elements(By.CSS_SELECTOR, "#mau03-assessments tr[id^=mau03-]")
    points = [row.find_element(By.CSS_SELECTOR, "p.point").text for row in rows]
    assert points == ["Về sử dụng nguyên liệu địa phương", "Về sử dụng lao động địa phương",
                      "Nguồn gốc ý tưởng sản phẩm", "Bản sắc/trí tuệ địa phương"]
    assert [row.find_element(By.CSS_SELECTOR, "td.verdict").text for row in rows] == ["Đạt"] * 4
    assert "đề nghị Ủy ban nhân dân thành phố Hải Phòng" in browser.find_element(By.ID, "mau03-proposal").text
    assert browser.find_element(By.CSS_SELECTOR, "[data-print]").is_displayed()
    browser.back()
    browser.find_element(By.PARTIAL_LINK_TEXT, "công văn số 57/UBND-KT").click()
    letter = browser.find_element(By.ID, "official-document").text
    assert "Số: 57/UBND-KT" in letter and PRODUCT in letter
    log_out(browser)

    # The provincial officer opens an evaluation round and receives the dossier into it.
    log_in(browser, base_url, "haiphong")
    browser.find_element(By.LINK_TEXT, "Đợt đánh giá").click()
    browser.find_element(By.ID, "f-name").send_keys("Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 2")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#evaluation-round-form button[type=submit]"))
    log_out(browser)
    province_accepts(browser, base_url, PRODUCT, "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 2")
    open_dossier(browser, base_url, "acceptedByProvince", PRODUCT)
    assert state(browser) == "Tỉnh tiếp nhận"
    assert "đợt 2" in browser.find_element(By.ID, "evaluation-round").text
    assert heading(browser) == f"Hồ sơ: {PRODUCT}"
