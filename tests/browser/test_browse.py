"""What a citizen and an editor do in a real browser."""

import re

import pyotp
import pytest
from playwright.sync_api import expect

from hpportal import testing

pytestmark = pytest.mark.browser


def test_open_the_home_page(page, live_server):
    page.goto(live_server + "/")
    expect(page).to_have_title(re.compile("Cổng Thông tin điện tử thành phố Hải Phòng"))
    assert page.get_attribute("html", "lang") == "vi"
    latest = page.locator("section[aria-labelledby=latest-title]")
    expect(latest.get_by_role("link", name="Hải Phòng khai trương tuyến xe buýt điện")).to_be_visible()
    expect(latest.get_by_role("link", name="Đà Nẵng và Hải Phòng hợp tác du lịch")).to_be_visible()
    expect(page.get_by_text("Nguồn: Cổng Thông tin điện tử thành phố Hải Phòng")).to_be_visible()


def test_open_an_article_from_the_home_page(page, live_server):
    page.goto(live_server + "/")
    page.get_by_role("link", name="Hải Phòng khai trương tuyến xe buýt điện").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hải Phòng khai trương tuyến xe buýt điện")
    expect(page.get_by_text("Tuyến xe buýt điện đầu tiên nối trung tâm với Đồ Sơn.")).to_be_visible()
    expect(page.get_by_role("button", name="In")).to_be_visible()
    expect(page.get_by_role("link", name="Lưu")).to_be_visible()
    expect(page.locator("nav.breadcrumbs")).to_contain_text("Tin tức")


def test_search_without_diacritics(page, live_server):
    page.goto(live_server + "/")
    page.fill("#search-q", "da nang")
    page.press("#search-q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=da\+nang"))
    results = page.locator("ol.results")
    expect(results.get_by_role("link", name="Đà Nẵng và Hải Phòng hợp tác du lịch")).to_be_visible()
    expect(results).not_to_contain_text("xe buýt điện")


def test_log_in_and_add_an_article(page, live_server):
    page.goto(live_server + "/login")
    page.get_by_label("Tên đăng nhập").fill(testing.ADMIN_LOGIN)
    page.get_by_label("Mật khẩu").fill(testing.ADMIN_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    # The Administrator must give the second factor: the code of the enrolled authenticator app.
    page.locator("input[name=code]").fill(pyotp.TOTP(testing.ADMIN_TOTP).now())
    page.locator("button[name=verify]").click()
    expect(page.locator(".user-name")).to_have_text("Quản trị hệ thống")

    page.goto(live_server + "/tin-tuc/add?type=NewsArticle")
    page.get_by_label("Tiêu đề").fill("Khánh thành cầu Rào 3 nối hai bờ sông Lạch Tray")
    page.locator("textarea[name=description]").fill("Cây cầu mới rút ngắn thời gian đi lại của người dân.")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Khánh thành cầu Rào 3 nối hai bờ sông Lạch Tray")
    expect(page.get_by_role("status")).to_contain_text("Đã thêm")

    page.goto(live_server + "/")
    expect(page.get_by_role("link", name="Khánh thành cầu Rào 3 nối hai bờ sông Lạch Tray").first).to_be_visible()
