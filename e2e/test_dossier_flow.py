"""The dossier's whole path in the browser (issue 4): a producer registers a product, uploads the
mandatory documents, self-assesses and submits; the commune officer returns it with a reason; the
producer fixes it and resubmits; the officer assesses the local criteria and forwards it with a
letter; the provincial officer receives it into an evaluation round."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from pages import heading, log_in, log_out, submit_and_wait

PRODUCT = "Mật ong hoa nhãn Kỳ Sơn"


def flash(browser):
    return browser.find_element(By.CSS_SELECTOR, ".flash").text


def state(browser):
    return browser.find_element(By.ID, "dossier-state").text


def click(browser, element):
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def upload(browser, code, path):
    field = browser.find_element(By.ID, f"f-file-{code}")
    field.send_keys(str(path))
    button = browser.find_element(By.CSS_SELECTOR, f"#doc-{code} form button[type=submit]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    submit_and_wait(browser, button)


def open_dossier(browser, base_url, tab):
    browser.get(base_url + "/ho-so?trang-thai=" + tab)
    link = browser.find_element(By.LINK_TEXT, PRODUCT)
    submit_and_wait(browser, link)


def test_register_submit_return_resubmit_assess_forward_accept(browser, base_url, tmp_path):
    document = tmp_path / "giay-to.pdf"
    document.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")

    # The producer registers a new product and prepares its dossier in the commune's open round.
    log_in(browser, base_url, "chuthe")
    browser.find_element(By.LINK_TEXT, "Sản phẩm của tôi").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "+ Thêm sản phẩm cho").click()
    browser.find_element(By.ID, "f-name").send_keys(PRODUCT)
    Select(browser.find_element(By.ID, "f-productSet")).select_by_value("QD1048-2019|mat-ong-cac-san-pham-tu-mat-ong-mat-khac")
    browser.find_element(By.ID, "f-rawMaterialArea").send_keys("120 đàn ong nuôi tại thôn Kỳ Sơn")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#product-form button[type=submit]"))
    browser.find_element(By.LINK_TEXT, "Hồ sơ").click()
    browser.find_element(By.LINK_TEXT, f"Tạo hồ sơ cho {PRODUCT}").click()
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#dossier-form button[type=submit]"))
    assert state(browser) == "Nháp"
    for code in range(1, 6):
        upload(browser, code, document)
        assert "Đã tải lên" in flash(browser)
    click(browser, browser.find_element(By.ID, "self-assess"))
    for fieldset in browser.find_elements(By.CSS_SELECTOR, "#self-assessment-form fieldset.criterion"):
        click(browser, fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]")[-1])
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#self-assessment-form button[type=submit]"))
    assert "Đã lưu phiếu tự đánh giá" in flash(browser)
    browser.find_element(By.LINK_TEXT, "← Về hồ sơ").click()
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#submit-form button[type=submit]"))
    errors = browser.find_elements(By.ID, "submit-errors")
    assert not errors, errors[0].text
    assert "Đã nộp hồ sơ" in flash(browser)
    assert state(browser) == "Đã nộp"
    log_out(browser)

    # The commune officer returns it, saying what is wrong with the registration form.
    log_in(browser, base_url, "vietkhe")
    assert browser.find_element(By.CSS_SELECTOR, "#inbox-link .badge").text != ""
    open_dossier(browser, base_url, "submitted")
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
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#submit-form button[type=submit]"))
    assert "Đã nộp lại hồ sơ" in flash(browser)
    assert "Đã ký, đóng dấu phiếu đăng ký" in browser.find_element(By.ID, "timeline").text
    log_out(browser)

    # The commune officer assesses the four local criteria, prints the report, forwards with a letter.
    log_in(browser, base_url, "vietkhe")
    open_dossier(browser, base_url, "submitted")
    browser.find_element(By.ID, "step-assess").click()
    for criterion in ("localOrigin", "localLabour", "ideaOrigin", "localIdentity"):
        click(browser, browser.find_element(By.ID, f"v-{criterion}-met"))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#assessment-form button[type=submit]"))
    assert state(browser) == "Xã đã đánh giá"
    browser.find_element(By.LINK_TEXT, "Báo cáo đánh giá cấp xã (A4)").click()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in browser.find_element(By.ID, "official-document").text
    browser.back()
    browser.find_element(By.ID, "step-forward").click()
    browser.find_element(By.ID, "f-number").send_keys("57/UBND-KT")
    browser.find_element(By.ID, "f-signer").send_keys("Nguyễn Văn Khê")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#letter-form button[type=submit]"))
    letter = browser.find_element(By.ID, "official-document").text
    assert "Số: 57/UBND-KT" in letter and PRODUCT in letter
    log_out(browser)

    # The provincial officer opens an evaluation round and receives the dossier into it.
    log_in(browser, base_url, "haiphong")
    browser.find_element(By.LINK_TEXT, "Đợt đánh giá").click()
    browser.find_element(By.ID, "f-name").send_keys("Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 2")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#evaluation-round-form button[type=submit]"))
    browser.get(base_url + "/ho-so?trang-thai=forwarded")
    row = browser.find_element(By.XPATH, f"//table[@id='dossier-list']//tr[td/a[text()='{PRODUCT}']]")
    click(browser, row.find_element(By.CSS_SELECTOR, "input[type=checkbox]"))
    Select(browser.find_element(By.ID, "f-evaluationRound")).select_by_visible_text("Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 2")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#accept-form button[type=submit]"))
    assert "Đã tiếp nhận 1 hồ sơ" in flash(browser)
    open_dossier(browser, base_url, "acceptedByProvince")
    assert state(browser) == "Tỉnh tiếp nhận"
    assert "đợt 2" in browser.find_element(By.ID, "evaluation-round").text
    assert heading(browser) == f"Hồ sơ: {PRODUCT}"
