"""Re-evaluation under 26/2026 in the browser (Điều 7.6): `chuthe` files the re-evaluation of Rượu nếp
men lá Kỳ Sơn, whose demo certificate expires in 150 days (inside the 180–120-day window); the commune
forwards it, the province receives it; the secretary sends it to the council for written opinions (no
meeting, no materials rule); three members score remotely the same day and the province issues the
decision without any meeting having taken place."""
import datetime

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from flows import (PDF, choose_best, click, commune_assesses_and_forwards, flash, province_accepts, state,
                   submit_dossier, submit_sheet, upload)
from pages import heading, log_in, log_out, submit_and_wait

PRODUCT = "Rượu nếp men lá Kỳ Sơn"
ROUND = "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1"
VIETNAM = datetime.timezone(datetime.timedelta(hours=7))


def producer_files_reevaluation(browser, base_url, document):
    log_in(browser, base_url, "chuthe")
    browser.find_element(By.LINK_TEXT, "Hồ sơ").click()
    browser.find_element(By.LINK_TEXT, f"Tạo hồ sơ cho {PRODUCT}").click()
    Select(browser.find_element(By.ID, "f-kind")).select_by_value("reRecognition")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#dossier-form button[type=submit]"))
    assert state(browser) == "Nháp"
    assert "Hồ sơ đánh giá lại được nộp từ ngày" in browser.find_element(By.ID, "re-evaluation").text
    for code in (1, 2, 3, 4, 5, 20):
        upload(browser, code, document)
    click(browser, browser.find_element(By.ID, "self-assess"))
    choose_best(browser, "#self-assessment-form")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#self-assessment-form button[type=submit]"))
    browser.find_element(By.LINK_TEXT, "← Về hồ sơ").click()
    # Điều 6.1.c: a re-evaluation says what changed since recognition before it can be submitted.
    for topic in ("rawMaterials", "technology", "packaging", "labelling", "qualityDeclaration", "periodicTests",
                  "market", "output", "revenue"):
        click(browser, browser.find_element(By.ID, f"f-{topic}-unchanged"))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#updates-form button[type=submit]"))
    assert "Đã cập nhật đủ" in browser.find_element(By.ID, "updates-summary").text
    submit_dossier(browser)
    errors = browser.find_elements(By.ID, "submit-errors")
    assert not errors, errors[0].text
    assert "Nộp đúng thời hạn" in browser.find_element(By.ID, "re-evaluation").text
    log_out(browser)


def member_scores(browser, base_url, username, meeting_url):
    log_in(browser, base_url, username)
    browser.get(meeting_url)
    row = browser.find_element(By.XPATH, f"//table[@id='meeting-agenda']//tr[td[contains(., '{PRODUCT}')]]")
    submit_and_wait(browser, row.find_element(By.LINK_TEXT, "Chấm điểm"))
    assert browser.find_elements(By.ID, "meeting-request-form"), "a written opinion offers to ask for a meeting"
    choose_best(browser, "#scoring-form")
    trademark = browser.find_element(By.ID, "f-tm")
    if not trademark.is_selected():
        click(browser, trademark)
    submit_sheet(browser)
    assert "Đã nộp phiếu chấm" in flash(browser)
    log_out(browser)


def test_written_opinion_reevaluation_is_decided_without_a_meeting(browser, base_url, tmp_path):
    document = tmp_path / "giay-to.pdf"
    document.write_bytes(PDF)
    producer_files_reevaluation(browser, base_url, document)
    commune_assesses_and_forwards(browser, base_url, PRODUCT, "61/UBND-KT")
    province_accepts(browser, base_url, PRODUCT, ROUND)
    log_out(browser)

    # Written opinions due in ten days: no time, no place, no working-day warning to confirm.
    log_in(browser, base_url, "thuky")
    browser.find_element(By.LINK_TEXT, "Hội đồng").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Hội đồng đánh giá, phân hạng").click()
    browser.find_element(By.ID, "new-meeting").click()
    Select(browser.find_element(By.ID, "f-procedure")).select_by_value("writtenOpinions")
    Select(browser.find_element(By.ID, "f-evaluationRound")).select_by_visible_text(ROUND)
    due = (datetime.datetime.now(VIETNAM).date() + datetime.timedelta(days=10)).isoformat()
    browser.execute_script("document.getElementById('f-day').value = arguments[0]", due)
    agenda = browser.find_element(By.XPATH, f"//fieldset[@id='agenda']//label[contains(., '{PRODUCT}')]")
    click(browser, browser.find_element(By.ID, agenda.get_attribute("for")))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#meeting-form button[type=submit]"))
    assert "Đã tạo đợt lấy ý kiến bằng văn bản" in flash(browser)
    meeting_url = browser.current_url
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#send-materials button"))
    assert "Đã gửi phiếu lấy ý kiến ngày" in browser.find_element(By.ID, "materials-status").text
    assert "Lấy ý kiến bằng văn bản" in browser.find_element(By.ID, "meeting-facts").text
    log_out(browser)

    for username in ("hoidong", "thuky", "uyvien1"):
        member_scores(browser, base_url, username, meeting_url)

    log_in(browser, base_url, "haiphong")
    browser.get(meeting_url)
    assert not browser.find_elements(By.ID, "meeting-needed")
    browser.get(meeting_url + "/ket-qua")
    browser.find_element(By.ID, "f-number").send_keys("3012/QĐ-UBND")
    browser.find_element(By.ID, "f-signer").send_keys("Lê Văn Hải")
    # The draft is shown first, marked as such; issuing it is a second, deliberate click.
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#decision-form button[type=submit]"))
    assert heading(browser) == "Dự thảo quyết định số 3012/QĐ-UBND"
    assert browser.find_element(By.ID, "draft-mark").text == "DỰ THẢO — chưa ban hành"
    submit_and_wait(browser, browser.find_element(By.ID, "issue-button"))
    assert heading(browser) == "Quyết định số 3012/QĐ-UBND"
    assert browser.find_elements(By.CSS_SELECTOR, "#appendix-list a[href^='/giay-chung-nhan/']")
    log_out(browser)

    # Re-recognised today, the product's next certificate expires in 36 months: a re-evaluation filed
    # now, in a round the commune opens, is refused with the day its window opens.
    today = datetime.datetime.now(VIETNAM).date()
    log_in(browser, base_url, "vietkhe")
    browser.find_element(By.LINK_TEXT, "Đợt đăng ký").click()
    browser.find_element(By.ID, "new-round").click()
    name = browser.find_element(By.ID, "f-name")
    name.clear()
    name.send_keys("Đánh giá lại bổ sung – xã Việt Khê")
    browser.execute_script("document.getElementById('f-opensOn').value = arguments[0]", (today - datetime.timedelta(days=1)).isoformat())
    browser.execute_script("document.getElementById('f-closesOn').value = arguments[0]", (today + datetime.timedelta(days=60)).isoformat())
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#round-form button[type=submit]"))
    assert "Đã mở đợt đăng ký" in flash(browser)
    log_out(browser)

    log_in(browser, base_url, "chuthe")
    browser.find_element(By.LINK_TEXT, "Sản phẩm của tôi").click()
    browser.find_element(By.LINK_TEXT, PRODUCT).click()
    browser.find_element(By.ID, "new-dossier").click()
    Select(browser.find_element(By.ID, "f-round")).select_by_visible_text(
        next(o.text for o in Select(browser.find_element(By.ID, "f-round")).options if "Đánh giá lại bổ sung" in o.text))
    Select(browser.find_element(By.ID, "f-kind")).select_by_value("reRecognition")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#dossier-form button[type=submit]"))
    expiry = browser.find_element(By.ID, "re-evaluation").text
    # The confirmation already says why it cannot be submitted, and offers no button to try.
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#submit-form button[type=submit]"))
    errors = browser.find_element(By.ID, "submit-missing").text
    assert not browser.find_elements(By.ID, "confirm-submit")
    assert "Chưa đến thời hạn nộp hồ sơ đánh giá lại" in errors, errors
    opening = errors.split("Vui lòng nộp lại từ ngày ")[1][:10]
    assert f"nộp từ ngày {opening}" in expiry, (opening, expiry)
    opening_day = datetime.datetime.strptime(opening, "%d/%m/%Y").date()
    assert (opening_day - today).days > 900, opening
    browser.find_element(By.LINK_TEXT, "← Về hồ sơ để bổ sung").click()
    assert state(browser) == "Nháp"
    log_out(browser)
