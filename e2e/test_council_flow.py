"""The council's work in the browser (issue 5): the secretary records a conflict, schedules a meeting
and sends the materials; the conflicted member cannot open the dossier; three members score; the
spread flag appears and clears after a rescore; the province issues the decision; the certificate
prints and its QR code, read by a standard decoder (zbarimg), opens the public verification page,
which says the certificate is valid ("còn hiệu lực"). Then (issue 13) the province revokes it in bulk with
another certificate; the same page says "đã bị thu hồi" and the public list drops the product."""
import datetime
import re
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from flows import (PDF, click, choose_best, commune_assesses_and_forwards, flash, producer_registers_and_submits,
                   province_accepts, submit_sheet)
from pages import heading, log_in, log_out, submit_and_wait

PRODUCT = "Mật ong hoa vải Kỳ Sơn"
VIETNAM = datetime.timezone(datetime.timedelta(hours=7))
ROUND = "Đánh giá, phân hạng sản phẩm OCOP năm 2026 – đợt 1"


def choose_lowest(browser, form_selector):
    """The option with the fewest points that does not eliminate the product, for every criterion."""
    for fieldset in browser.find_elements(By.CSS_SELECTOR, f"{form_selector} fieldset.criterion"):
        choices = []
        for radio in fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]"):
            label = fieldset.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']").text
            points = re.search(r"— ([\d,]+) điểm", label)
            if "(bị loại)" not in label and points:
                choices.append((float(points.group(1).replace(",", ".")), radio))
        click(browser, min(choices, key=lambda choice: choice[0])[1])


def score(browser, base_url, username, meeting_url, choose, rescore=False):
    log_in(browser, base_url, username)
    browser.get(meeting_url)
    row = browser.find_element(By.XPATH, f"//table[@id='meeting-agenda']//tr[td[contains(., '{PRODUCT}')]]")
    submit_and_wait(browser, row.find_element(By.LINK_TEXT, "Chấm điểm"))
    if rescore:
        submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#rescore-form button"))
    choose(browser, "#scoring-form")
    trademark = browser.find_element(By.ID, "f-tm")
    if not trademark.is_selected():
        click(browser, trademark)
    submit_sheet(browser)
    assert "Đã nộp phiếu chấm" in flash(browser)
    log_out(browser)


def score_live_then_submit(browser, base_url, username, meeting_url):
    """Issue 10: the member clicks options on the sheet and reads the live result beside it (no
    navigation), saves a draft, reloads and finds the choices and the result kept, then submits."""
    log_in(browser, base_url, username)
    browser.get(meeting_url)
    row = browser.find_element(By.XPATH, f"//table[@id='meeting-agenda']//tr[td[contains(., '{PRODUCT}')]]")
    submit_and_wait(browser, row.find_element(By.LINK_TEXT, "Chấm điểm"))
    sheet_url = browser.current_url
    before = browser.find_element(By.ID, "result-explanation").text
    choose_best(browser, "#scoring-form")
    trademark = browser.find_element(By.ID, "f-tm")
    if not trademark.is_selected():
        click(browser, trademark)
    # The panel follows the last click (it is busy until that answer arrives): the registered
    # trademark lifts the 3★ cap of the first clicks.
    WebDriverWait(browser, 15).until(lambda b: b.find_element(By.ID, "result-panel").get_attribute("aria-busy") == "false"
                                     and b.find_element(By.ID, "result-explanation").text not in (before, "")
                                     and "nhãn hiệu" not in b.find_element(By.ID, "result-explanation").text)
    live = browser.find_element(By.ID, "result-explanation").text
    total = re.match(r"([\d,]+) điểm", live).group(1)
    assert browser.current_url == sheet_url, "clicking an option must not navigate"
    checked = [radio.get_attribute("id") for radio in browser.find_elements(By.CSS_SELECTOR, "#scoring-form input[type=radio]:checked")]
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#scoring-form button[value=draft]"))
    assert flash(browser) == "Đã lưu nháp phiếu chấm."
    browser.refresh()
    assert browser.current_url == sheet_url
    assert [radio.get_attribute("id") for radio in browser.find_elements(By.CSS_SELECTOR, "#scoring-form input[type=radio]:checked")] == checked
    assert browser.find_element(By.ID, "result-explanation").text == live
    submit_sheet(browser, total)
    assert flash(browser) == f"Đã nộp phiếu chấm: {total} điểm."
    assert "đã khóa" in browser.find_element(By.ID, "scoring-status").text
    log_out(browser)


def board_text(browser, base_url, meeting_url):
    log_in(browser, base_url, "thuky")
    browser.get(meeting_url + "/bang-diem")
    text = browser.find_element(By.ID, "scoring-board").text
    log_out(browser)
    return text


def test_meeting_scoring_decision_certificate_and_qr(browser, base_url, tmp_path):
    document = tmp_path / "giay-to.pdf"
    document.write_bytes(PDF)
    producer_registers_and_submits(browser, base_url, PRODUCT, document)
    commune_assesses_and_forwards(browser, base_url, PRODUCT, "58/UBND-KT")
    province_accepts(browser, base_url, PRODUCT, ROUND)
    log_out(browser)

    # The secretary records a conflict, schedules the meeting for today (members submit their sheets
    # from the meeting's day), confirms the warning that the materials cannot go 3 working days ahead,
    # and sends them.
    log_in(browser, base_url, "thuky")
    browser.find_element(By.LINK_TEXT, "Hội đồng").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Hội đồng đánh giá, phân hạng").click()
    Select(browser.find_element(By.ID, "f-member")).select_by_visible_text("Trịnh Thị Viên – Ủy viên")
    Select(browser.find_element(By.ID, "f-dossier")).select_by_visible_text(PRODUCT)
    Select(browser.find_element(By.ID, "f-kind")).select_by_value("sameCooperative")
    browser.find_element(By.ID, "f-note").send_keys("Xã viên Hợp tác xã Nông nghiệp Kỳ Sơn")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#conflict-form button[type=submit]"))
    assert "Cùng hợp tác xã" in browser.find_element(By.ID, "council-conflicts").text
    browser.find_element(By.ID, "new-meeting").click()
    Select(browser.find_element(By.ID, "f-evaluationRound")).select_by_visible_text(ROUND)
    meeting_day = datetime.datetime.now(VIETNAM).date().isoformat()
    browser.execute_script("document.getElementById('f-day').value = arguments[0]", meeting_day)
    browser.find_element(By.ID, "f-place").send_keys("Hội trường Sở Nông nghiệp và Môi trường")
    agenda = browser.find_element(By.XPATH, f"//fieldset[@id='agenda']//label[contains(., '{PRODUCT}')]")
    click(browser, browser.find_element(By.ID, agenda.get_attribute("for")))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#meeting-form button[type=submit]"))
    assert "quá gần" in browser.find_element(By.ID, "schedule-warning").text
    click(browser, browser.find_element(By.ID, "f-confirm"))
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#meeting-form button[type=submit]"))
    assert "Hạn gửi tài liệu" in flash(browser)
    meeting_url = browser.current_url
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#send-materials button"))
    assert "Tài liệu phải gửi chậm nhất ngày" in browser.find_element(By.ID, "materials-status").text
    dossier_url = browser.find_element(By.LINK_TEXT, PRODUCT).get_attribute("href")
    log_out(browser)

    # The conflicted member sees why and cannot open the dossier nor score it.
    log_in(browser, base_url, "uyvien2")
    browser.get(meeting_url)
    assert "xung đột lợi ích" in browser.find_element(By.ID, "meeting-agenda").text
    assert not browser.find_elements(By.LINK_TEXT, "Chấm điểm")
    browser.get(dossier_url)
    assert heading(browser) == "Không có quyền truy cập"
    browser.get(meeting_url + "/cham/" + dossier_url.rsplit("/", 1)[1])
    assert "xung đột lợi ích" in browser.find_element(By.ID, "error-message").text
    log_out(browser)

    # Three members score; one far below the others: the board flags the spread.
    score_live_then_submit(browser, base_url, "hoidong", meeting_url)
    score(browser, base_url, "thuky", meeting_url, choose_best)
    score(browser, base_url, "uyvien1", meeting_url, choose_lowest)
    assert "vượt 10 điểm" in board_text(browser, base_url, meeting_url)
    # After the discussion the member rescores: a new version, and the flag clears.
    score(browser, base_url, "uyvien1", meeting_url, choose_best, rescore=True)
    settled = board_text(browser, base_url, meeting_url)
    assert "vượt 10 điểm" not in settled and "Điểm trung bình" in settled, settled

    # The province issues the decision; the certificate prints with its QR code.
    log_in(browser, base_url, "haiphong")
    browser.get(meeting_url + "/ket-qua")
    browser.find_element(By.ID, "f-number").send_keys("2156/QĐ-UBND")
    browser.find_element(By.ID, "f-signer").send_keys("Lê Văn Hải")
    # The draft is shown first, marked as such; issuing it is a second, deliberate click.
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#decision-form button[type=submit]"))
    assert heading(browser) == "Dự thảo quyết định số 2156/QĐ-UBND"
    assert browser.find_element(By.ID, "draft-mark").text == "DỰ THẢO — chưa ban hành"
    submit_and_wait(browser, browser.find_element(By.ID, "issue-button"))
    assert heading(browser) == "Quyết định số 2156/QĐ-UBND"
    browser.find_element(By.CSS_SELECTOR, "#appendix-list a[href^='/giay-chung-nhan/']").click()
    assert "GIẤY CHỨNG NHẬN" in browser.find_element(By.ID, "certificate").text
    image = tmp_path / "qr.png"
    # The whole screen with the code in its middle: an element's own screenshot can come out
    # squashed when the page scrolls while it is taken.
    browser.execute_script("document.getElementById('certificate-qr').scrollIntoView({block: 'center'})")
    image.write_bytes(browser.get_screenshot_as_png())
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=True).stdout.strip()
    assert "/xac-minh/OCOP-31-" in decoded, decoded
    log_out(browser)

    # Anyone who scans it, signed in or not, reads that the certificate is valid.
    browser.get(decoded)
    assert "còn hiệu lực" in browser.find_element(By.ID, "verify-status").text
    assert PRODUCT in browser.find_element(By.ID, "verify-facts").text

    # Issue 13: the province revokes in bulk — the new certificate and Việt Khê's Na bở An Sơn, found
    # by name — with the ground and the conclusion; the QR page then says revoked, with the decision,
    # and the public list no longer shows the product.
    log_in(browser, base_url, "haiphong")
    browser.find_element(By.LINK_TEXT, "Thu hồi chứng nhận").click()
    browser.find_element(By.ID, "new-revocation").click()
    for name in (PRODUCT, "Na bở An Sơn"):
        search = browser.find_element(By.ID, "f-q")
        search.clear()
        search.send_keys(name)
        submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#revocation-search button[type=submit]"))
        row = browser.find_element(By.XPATH, f"//table[@id='found-list']//tr[td[contains(., '{name}')]]")
        click(browser, row.find_element(By.CSS_SELECTOR, "input[type=checkbox]"))
        submit_and_wait(browser, browser.find_element(By.ID, "add-chosen"))
    chosen = browser.find_element(By.ID, "chosen-list").text
    assert PRODUCT in chosen and "Na bở An Sơn" in chosen, chosen
    today = datetime.datetime.now(VIETNAM).date()
    browser.find_element(By.ID, "f-number").send_keys("3001/QĐ-UBND")
    signed = browser.find_element(By.ID, "f-signedOn")
    signed.clear()
    signed.send_keys(today.strftime("%d/%m/%Y"))
    Select(browser.find_element(By.ID, "f-ground")).select_by_value("b")
    browser.find_element(By.ID, "f-conclusion").send_keys("Kết luận kiểm tra số 15/KL-SNN của Sở Nông nghiệp và Môi trường")
    browser.find_element(By.ID, "f-conclusionOn").send_keys(today.strftime("%d/%m/%Y"))
    browser.find_element(By.ID, "f-signer").send_keys("Lê Văn Hải")
    submit_and_wait(browser, browser.find_element(By.ID, "revoke"))
    assert heading(browser) == "Quyết định thu hồi số 3001/QĐ-UBND"
    rows = browser.find_elements(By.CSS_SELECTOR, "#revocation-rows tbody tr")
    assert len(rows) == 2, [row.text for row in rows]
    assert "quyết định trong thời hạn" in browser.find_element(By.ID, "revocation-deadline").text
    log_out(browser)

    browser.get(decoded)
    assert "đã bị thu hồi" in browser.find_element(By.ID, "verify-status").text
    assert "3001/QĐ-UBND" in browser.find_element(By.ID, "verify-revocation").text
    assert "không được sử dụng" in browser.find_element(By.ID, "mark-status").text
    browser.get(base_url + "/san-pham-ocop?q=" + "mat ong hoa vai")
    assert PRODUCT not in browser.find_element(By.TAG_NAME, "main").text
