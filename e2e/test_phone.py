"""Issue 12, "On a phone": at 390 × 844 px the menu folds behind one button, tables become stacked
cards, nothing is wider than the screen and tapped controls are at least 44 px high — on every page
each demo role's menu opens, and on the pages below it."""
import pytest
from selenium.webdriver.common.by import By

from pages import log_in, submit_and_wait

PHONE = (390, 844)

# Elements wider than the page: the culprits named when a page overflows.
OVERFLOW = """
const width = document.documentElement.clientWidth;
const wide = [];
for (const element of document.querySelectorAll('body *')) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.right <= width + 1) continue;
  let clipped = false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX !== 'visible' && parent.getBoundingClientRect().right <= width + 1) { clipped = true; break; }
  }
  if (!clipped) wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
    (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : '') +
    ' ' + Math.round(box.right) + 'px');
}
return [document.documentElement.scrollWidth, width, wide.slice(0, 5)];
"""


def assert_fits(browser, where):
    scroll_width, width, wide = browser.execute_script(OVERFLOW)
    assert scroll_width <= width, f"{where}: {scroll_width} px on a {width}-px screen: {wide}"


def menu_links(browser):
    """The role's menu: folded until its button opens it."""
    toggle = browser.find_element(By.ID, "menu-toggle")
    menu = browser.find_element(By.ID, "main-menu")
    assert toggle.is_displayed()
    assert not menu.is_displayed()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.size["height"] >= 44
    toggle.click()
    assert menu.is_displayed()
    assert toggle.get_attribute("aria-expanded") == "true"
    links = menu.find_elements(By.CSS_SELECTOR, "nav a")
    for link in links:
        assert link.size["height"] >= 44, (link.text, link.size)
    return [link.get_attribute("href") for link in links]


@pytest.fixture
def phone(browser):
    browser.set_window_size(*PHONE)
    return browser


@pytest.mark.parametrize("username", [None, "chuthe", "vietkhe", "haiphong", "thuky", "quantri"])
def test_every_menu_page_fits_a_phone(phone, base_url, username):
    if username:
        log_in(phone, base_url, username)
    else:
        phone.get(base_url + "/")
    assert_fits(phone, phone.current_url)
    for href in menu_links(phone):
        phone.get(href)
        assert_fits(phone, href)
        # The menu folds again on every page.
        assert not phone.find_element(By.ID, "main-menu").is_displayed()


def test_queue_is_cards_and_a_dossier_fits(phone, base_url):
    log_in(phone, base_url, "vietkhe")
    phone.get(base_url + "/ho-so?trang-thai=tat-ca")
    table = phone.find_element(By.CSS_SELECTOR, "main table")
    assert "cards" in table.get_attribute("class").split()
    assert not table.find_element(By.TAG_NAME, "thead").is_displayed() or \
        table.find_element(By.TAG_NAME, "thead").size["height"] <= 1
    first_cell = table.find_element(By.CSS_SELECTOR, "tbody tr td")
    heading = table.find_element(By.CSS_SELECTOR, "thead th").get_attribute("textContent").strip()
    assert first_cell.get_attribute("data-label") == heading
    # A card is one column: its cells stack, each as wide as the card.
    cells = table.find_elements(By.CSS_SELECTOR, "tbody tr:first-child td")
    assert len({cell.location["x"] for cell in cells if cell.size["width"] > 0}) == 1
    assert_fits(phone, "hàng đợi hồ sơ")
    submit_and_wait(phone, table.find_element(By.CSS_SELECTOR, "tbody tr td a"))
    assert_fits(phone, phone.current_url)


def test_scoring_choices_are_big_enough_to_tap_and_the_result_stays_in_view(phone, base_url):
    log_in(phone, base_url, "haiphong")
    phone.get(base_url + "/tieu-chi")
    submit_and_wait(phone, phone.find_element(By.CSS_SELECTOR, "main table a[href^='/tieu-chi/']"))
    submit_and_wait(phone, phone.find_element(By.LINK_TEXT, "Thử chấm"))
    assert_fits(phone, phone.current_url)
    radio = phone.find_element(By.CSS_SELECTOR, "fieldset.criterion input[type=radio]")
    assert radio.size["height"] >= 24 and radio.size["width"] >= 24, radio.size
    row = radio.find_element(By.XPATH, "./ancestor::*[contains(concat(' ', @class, ' '), ' choice ')][1]")
    assert row.size["height"] >= 44, row.size
    # Scrolled to the sheet's first criterion, the result is pinned to the bottom of the screen.
    phone.execute_script("document.querySelector('fieldset.criterion').scrollIntoView()")
    box = phone.execute_script("return document.getElementById('result-panel').getBoundingClientRect().toJSON()")
    assert box["top"] < PHONE[1] - 40 and box["bottom"] <= PHONE[1] + 1, box
