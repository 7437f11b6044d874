"""Foundation, end to end in a real browser: each demo role signs in to its dashboard, scope is
enforced with the Vietnamese 403 page, and logging out ends the session."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from pages import heading, log_in, log_out, submit_and_wait, wait_for_next_page

ROLES = [
    ("quantri", "Quản trị hệ thống", "Toàn quốc"),
    ("trunguong", "Cán bộ trung ương", "Toàn quốc"),
    ("haiphong", "Cán bộ cấp tỉnh", "Thành phố Hải Phòng"),
    ("vietkhe", "Cán bộ cấp xã", "Xã Việt Khê, Thành phố Hải Phòng"),
    ("ankhanh", "Cán bộ cấp xã", "Xã An Khánh, Thành phố Hải Phòng"),
    ("hoidong", "Thành viên hội đồng", "Thành phố Hải Phòng"),
    ("chuthe", "Đại diện chủ thể", "Xã Việt Khê, Thành phố Hải Phòng"),
]


@pytest.mark.parametrize("username,role,scope", ROLES)
def test_each_demo_role_lands_on_its_dashboard(browser, base_url, username, role, scope):
    log_in(browser, base_url, username)
    assert browser.current_url.endswith("/bang-dieu-khien")
    assert heading(browser) == "Bảng điều khiển"
    scope_line = browser.find_element(By.ID, "dashboard-scope").text
    assert role in scope_line and scope in scope_line
    values = [int(v.text.replace(".", "")) for v in browser.find_elements(By.CSS_SELECTOR, ".stat-value")]
    assert values, "the dashboard shows counts"
    assert browser.find_element(By.CSS_SELECTOR, ".user-role").text == role


def test_national_dashboard_counts_come_from_the_database(browser, base_url):
    log_in(browser, base_url, "trunguong")
    stats = {s.find_element(By.CSS_SELECTOR, ".stat-label").text: s.find_element(By.CSS_SELECTOR, ".stat-value").text
             for s in browser.find_elements(By.CSS_SELECTOR, ".stat")}
    assert stats["Tỉnh, thành phố"] == "34"
    assert stats["Xã, phường, đặc khu"] == "3.321"
    assert int(stats["Cán bộ cấp xã"]) >= 2


def test_commune_officer_gets_403_page_for_another_commune(browser, base_url):
    log_in(browser, base_url, "vietkhe")
    browser.get(base_url + "/xa/11503")
    assert heading(browser) == "Xã Việt Khê"
    browser.get(base_url + "/xa/11668")
    assert heading(browser) == "Không có quyền truy cập"
    assert "Bạn không có quyền xem trang của đơn vị này." in browser.find_element(By.ID, "error-message").text


def test_logout_ends_the_session(browser, base_url):
    log_in(browser, base_url, "haiphong")
    assert heading(browser) == "Bảng điều khiển"
    log_out(browser)
    assert "Bạn đã đăng xuất." in browser.page_source
    browser.get(base_url + "/bang-dieu-khien")
    assert "/dang-nhap" in browser.current_url
    assert heading(browser) == "Đăng nhập"


def test_wrong_password_keeps_the_user_name(browser, base_url):
    log_in(browser, base_url, "ankhanh", password="khong-dung-mat-khau")
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in browser.find_element(By.ID, "login-error").text
    assert browser.find_element(By.ID, "f-username").get_attribute("value") == "ankhanh"


def test_unit_search_ignores_diacritics(browser, base_url):
    browser.get(base_url + "/don-vi")
    box = browser.find_element(By.ID, "f-q")
    box.send_keys("viet khe")
    box.send_keys(Keys.ENTER)
    wait_for_next_page(browser, box)
    results = browser.find_element(By.ID, "unit-results").text
    assert "Xã Việt Khê" in results


def test_keyboard_user_can_skip_to_content(browser, base_url):
    browser.get(base_url + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Bỏ qua, đến nội dung chính"
    browser.get(base_url + "/dang-nhap")
    labels = {l.get_attribute("for") for l in browser.find_elements(By.TAG_NAME, "label")}
    assert {"f-username", "f-password"} <= labels


def test_provincial_officer_creates_a_commune_officer(browser, base_url):
    log_in(browser, base_url, "haiphong")
    browser.get(base_url + "/tai-khoan/moi")
    browser.find_element(By.ID, "f-fullName").send_keys("Bùi Thị Thử")
    browser.find_element(By.ID, "f-username").send_keys("buithithu.e2e")
    browser.find_element(By.CSS_SELECTOR, "#f-communeCode option[value='11503']").click()
    browser.find_element(By.ID, "f-password").send_keys("mat-khau-tam-2026")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#account-form button[type=submit]"))
    assert heading(browser) == "Bùi Thị Thử"
    assert "Cán bộ cấp xã – Xã Việt Khê" in browser.page_source
