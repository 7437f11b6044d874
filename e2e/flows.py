"""Steps of the dossier's path that several end-to-end tests walk: each signs in, acts and signs out."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from pages import log_in, log_out, submit_and_wait

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def flash(browser):
    return browser.find_element(By.CSS_SELECTOR, ".flash").text


def state(browser):
    return browser.find_element(By.ID, "dossier-state").text


def click(browser, element):
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def upload(browser, code, path):
    browser.find_element(By.ID, f"f-file-{code}").send_keys(str(path))
    button = browser.find_element(By.CSS_SELECTOR, f"#doc-{code} form button[type=submit]")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    submit_and_wait(browser, button)


def submit_dossier(browser):
    """The dossier page's button opens the confirmation, whose own button submits."""
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#submit-form button[type=submit]"))
    assert browser.find_element(By.ID, "submit-consequences").is_displayed()
    submit_and_wait(browser, browser.find_element(By.ID, "confirm-submit"))


def open_dossier(browser, base_url, tab, product):
    browser.get(base_url + "/ho-so?trang-thai=" + tab)
    submit_and_wait(browser, browser.find_element(By.LINK_TEXT, product))


def submit_sheet(browser, total=None):
    """Issue 12: «Nộp phiếu…» asks first, with the total; the sheet goes only on the second click."""
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#scoring-form button[value=review]"))
    summary = browser.find_element(By.ID, "sheet-summary").text
    if total is not None:
        assert f"{total} điểm" in summary, summary
    submit_and_wait(browser, browser.find_element(By.ID, "confirm-sheet-submit"))


def choose_best(browser, form_selector):
    """The last option of every criterion: the best one on the 26/2026 sheets the demo rounds use."""
    for fieldset in browser.find_elements(By.CSS_SELECTOR, f"{form_selector} fieldset.criterion"):
        click(browser, fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]")[-1])


def producer_opens_a_honey_dossier(browser, base_url, product, raw_material="120 đàn ong nuôi tại thôn Kỳ Sơn"):
    """`chuthe` registers a honey product on 26/2026 (I.2.b) and opens its draft dossier in Việt
    Khê's round; it stays signed in on the dossier page."""
    log_in(browser, base_url, "chuthe")
    browser.find_element(By.LINK_TEXT, "Sản phẩm của tôi").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "+ Thêm sản phẩm cho").click()
    browser.find_element(By.ID, "f-name").send_keys(product)
    Select(browser.find_element(By.ID, "f-productSet")).select_by_value("QD26-2026|I.2.b")
    browser.find_element(By.ID, "f-rawMaterialArea").send_keys(raw_material)
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#product-form button[type=submit]"))
    browser.find_element(By.LINK_TEXT, "Hồ sơ").click()
    browser.find_element(By.LINK_TEXT, f"Tạo hồ sơ cho {product}").click()
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#dossier-form button[type=submit]"))
    assert state(browser) == "Nháp"


def producer_registers_and_submits(browser, base_url, product, document):
    """`chuthe` registers a honey product, opens its dossier in Việt Khê's round, uploads the five
    mandatory documents, self-assesses and submits."""
    producer_opens_a_honey_dossier(browser, base_url, product)
    for code in range(1, 6):
        upload(browser, code, document)
        assert "Đã tải lên" in flash(browser)
    click(browser, browser.find_element(By.ID, "self-assess"))
    choose_best(browser, "#self-assessment-form")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#self-assessment-form button[type=submit]"))
    assert "Đã lưu phiếu tự đánh giá" in flash(browser)
    browser.find_element(By.LINK_TEXT, "← Về hồ sơ").click()
    submit_dossier(browser)
    errors = browser.find_elements(By.ID, "submit-errors")
    assert not errors, errors[0].text
    assert "Đã nộp hồ sơ" in flash(browser)
    log_out(browser)


def commune_assesses_and_forwards(browser, base_url, product, letter):
    """`vietkhe` records the four local criteria as met, the samples received, and forwards the dossier with a letter."""
    log_in(browser, base_url, "vietkhe")
    open_dossier(browser, base_url, "submitted", product)
    browser.find_element(By.ID, "step-assess").click()
    for criterion in ("localOrigin", "localLabour", "ideaOrigin", "localIdentity"):
        click(browser, browser.find_element(By.ID, f"v-{criterion}-met"))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#assessment-form button[type=submit]"))
    assert state(browser) == "Xã đã đánh giá"
    # 26/2026 Điều 6.2.d: the proposal goes to the province with the producer's 05 samples.
    click(browser, browser.find_element(By.ID, "samples-record"))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#samples-form button[type=submit]"))
    assert browser.find_element(By.ID, "samples-status").text.startswith("Đã nhận 05 sản phẩm mẫu")
    browser.find_element(By.ID, "step-forward").click()
    browser.find_element(By.ID, "f-number").send_keys(letter)
    browser.find_element(By.ID, "f-signer").send_keys("Nguyễn Văn Khê")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#letter-form button[type=submit]"))
    # The letter is shown as a draft first; signing and forwarding is a second click.
    assert browser.find_element(By.ID, "draft-mark").text == "DỰ THẢO — chưa ký, chưa chuyển"
    assert letter in browser.find_element(By.ID, "doc-number").text
    submit_and_wait(browser, browser.find_element(By.ID, "forward-button"))
    log_out(browser)


def province_accepts(browser, base_url, product, evaluation_round):
    """`haiphong` receives the forwarded dossier into an evaluation round (signed in on return)."""
    log_in(browser, base_url, "haiphong")
    browser.get(base_url + "/ho-so?trang-thai=forwarded")
    row = browser.find_element(By.XPATH, f"//table[@id='dossier-list']//tr[td/a[text()='{product}']]")
    click(browser, row.find_element(By.CSS_SELECTOR, "input[type=checkbox]"))
    Select(browser.find_element(By.ID, "f-evaluationRound")).select_by_visible_text(evaluation_round)
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#accept-form button[type=submit]"))
    assert "Đã tiếp nhận 1 hồ sơ" in flash(browser)
