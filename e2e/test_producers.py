"""Producers and products, end to end: the commune officer of Việt Khê registers a producer and its
product; the producer list shows the demo producers of seed 001."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from pages import heading, log_in, submit_and_wait


def test_producer_list_shows_the_demo_producers(browser, base_url):
    log_in(browser, base_url, "vietkhe")
    browser.find_element(By.LINK_TEXT, "Chủ thể").click()
    assert heading(browser) == "Chủ thể OCOP"
    listing = browser.find_element(By.ID, "producer-list").text
    for name in ("Hợp tác xã Nông nghiệp Kỳ Sơn", "Hộ kinh doanh Mật ong An Sơn", "Tổ hợp tác trồng na An Sơn"):
        assert name in listing
    assert "An Khánh" not in listing


def test_commune_officer_creates_a_producer_and_a_product(browser, base_url):
    tax_code = "0203556120"
    log_in(browser, base_url, "vietkhe")
    browser.get(base_url + "/chu-the/moi")
    Select(browser.find_element(By.ID, "f-legalForm")).select_by_visible_text("Hộ kinh doanh")
    browser.find_element(By.ID, "f-name").send_keys("Hộ kinh doanh Bánh đa Việt Khê")
    browser.find_element(By.ID, "f-taxCode").send_keys("0203556121")
    browser.find_element(By.ID, "f-representativeName").send_keys("Trần Thị Mai")
    browser.find_element(By.ID, "f-representativeIsWoman").click()
    browser.find_element(By.ID, "f-address").send_keys("Thôn An Sơn, xã Việt Khê")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#producer-form button[type=submit]"))
    # A wrong check digit: the message sits next to the field and what was typed is kept.
    assert "chữ số kiểm tra" in browser.find_element(By.ID, "f-taxCode-error").text
    assert browser.find_element(By.ID, "f-name").get_attribute("value") == "Hộ kinh doanh Bánh đa Việt Khê"
    assert browser.find_element(By.ID, "f-representativeIsWoman").is_selected()
    box = browser.find_element(By.ID, "f-taxCode")
    box.clear()
    box.send_keys(tax_code)
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#producer-form button[type=submit]"))
    assert heading(browser) == "Hộ kinh doanh Bánh đa Việt Khê"
    assert tax_code in browser.find_element(By.ID, "producer-facts").text

    browser.find_element(By.ID, "new-product").click()
    browser.find_element(By.ID, "f-name").send_keys("Bánh đa vừng Việt Khê")
    Select(browser.find_element(By.ID, "f-productSet")).select_by_value("QD26-2026|I.3.c")
    browser.find_element(By.ID, "f-rawMaterialArea").send_keys("Gạo tẻ của các hộ trong thôn")
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#product-form button[type=submit]"))
    assert heading(browser) == "Bánh đa vừng Việt Khê"
    facts = browser.find_element(By.ID, "product-facts").text
    assert "I.3.c · Chế biến từ rau, củ, quả, hạt" in facts
    assert "Sản phẩm chưa được công nhận sản phẩm OCOP." in browser.page_source

    browser.get(base_url + "/chu-the?q=banh%20da")
    assert "Hộ kinh doanh Bánh đa Việt Khê" in browser.find_element(By.ID, "producer-list").text


def test_sign_up_picks_province_then_commune(browser, base_url):
    """Nobody types a commune code: choosing the province fills the commune list at once (app.js)."""
    browser.get(base_url + "/dang-ky-chu-the")
    communes = Select(browser.find_element(By.ID, "f-communeCode"))
    assert [option.get_attribute("value") for option in communes.options] == [""]
    assert communes.first_selected_option.text == "— Chọn tỉnh, thành phố trước —"
    Select(browser.find_element(By.ID, "f-provinceCode")).select_by_visible_text("Thành phố Hải Phòng")
    WebDriverWait(browser, 10).until(lambda b: len(Select(b.find_element(By.ID, "f-communeCode")).options) > 1)
    communes = Select(browser.find_element(By.ID, "f-communeCode"))
    assert communes.options[0].text == "— Chọn xã, phường —"
    communes.select_by_visible_text("Xã Việt Khê")
    assert communes.first_selected_option.get_attribute("value") == "11503"
    # Another province replaces the list rather than adding to it.
    Select(browser.find_element(By.ID, "f-provinceCode")).select_by_visible_text("Tỉnh Cao Bằng")
    WebDriverWait(browser, 10).until(
        lambda b: "Xã Việt Khê" not in [o.text for o in Select(b.find_element(By.ID, "f-communeCode")).options]
        and len(Select(b.find_element(By.ID, "f-communeCode")).options) > 1)
