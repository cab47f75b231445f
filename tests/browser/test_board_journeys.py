"""Journeys on the portal as shipped (the demo city, development.ini's settings, page cache on), each in
fresh browsers: a collaborator writes and submits an article and the approver publishes it; the city's
Site Manager creates a component portal, unlisted until opened; the Administrator backs up."""

from __future__ import annotations

import re

import pytest
from board_pages import expect_state, sign_in, workflow_panel
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PORTAL = "dac-khu-cat-hai"
TITLE = "Đặc khu Cát Hải đón chuyến tàu khách đầu tiên cập cảng Bến Gót mới"
LEAD = "Cảng hành khách Bến Gót mới đón 300 du khách trong ngày đầu hoạt động."
NEW_PORTAL = ("Phường Ngô Quyền", "phuong-ngo-quyen")
SECTIONS = ["Giới thiệu", "Tin tức", "Văn bản", "Hỏi - Đáp", "Liên hệ"]


def test_a_collaborator_writes_and_submits_the_approver_publishes(shipped, new_page):
    base = shipped.url
    author = new_page()
    sign_in(author, shipped, f"{PORTAL}-ctv")
    author.goto(f"{base}/{PORTAL}/tin-tuc/add?type=NewsArticle")
    author.get_by_label("Tiêu đề").fill(TITLE)
    author.get_by_label("Sapo").fill(LEAD)
    author.get_by_role("button", name="Lưu").click()
    expect(author.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_state(author, "Bản nháp")
    article_url = author.url
    workflow_panel(author).get_by_role("button", name="Gửi duyệt", exact=True).click()
    expect_state(author, "Chờ duyệt")

    citizen = new_page()
    response = citizen.goto(article_url)
    assert response.status in (403, 404) or "/login" in citizen.url, (response.status, citizen.url)

    approver = new_page()
    sign_in(approver, shipped, f"{PORTAL}-pd")
    approver.locator("nav.user-menu").get_by_role("link", name="Việc của tôi").click()
    approver.locator("section[aria-labelledby=waiting-title]").get_by_role("link", name=TITLE).click()
    expect_state(approver, "Chờ duyệt")
    workflow_panel(approver).get_by_role("button", name="Duyệt và đăng", exact=True).click()
    expect_state(approver, "Đã đăng")

    reader = new_page()
    reader.goto(f"{base}/{PORTAL}/tin-tuc/")
    reader.locator("main").get_by_role("link", name=TITLE).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator("main")).to_contain_text(LEAD)
    assert reader.url == article_url


def test_the_city_manager_creates_a_portal_unlisted_until_opened(shipped, new_page):
    base = shipped.url
    title, name = NEW_PORTAL
    manager = new_page()
    sign_in(manager, shipped, "quantri")
    manager.goto(base + "/add?type=SubPortal")
    manager.get_by_label("Tiêu đề").fill(title)
    manager.get_by_role("button", name="Lưu").click()
    expect(manager.get_by_role("heading", level=1)).to_have_text(title)
    expect(manager.locator(".portal-closed")).to_contain_text("chưa mở")
    expect(manager.locator("nav.main-nav")).to_contain_text("Văn bản")

    # Nobody else sees it yet: not on the city home, not at its address.
    citizen = new_page()
    citizen.goto(base + "/")
    expect(citizen.locator("section[aria-labelledby=portals-title]")).to_contain_text("Sở Y tế")
    expect(citizen.locator("section[aria-labelledby=portals-title]")).not_to_contain_text(title)
    response = citizen.goto(f"{base}/{name}/")
    assert response.status in (403, 404) or "/login" in citizen.url, (response.status, citizen.url)

    manager.get_by_role("button", name="Mở cổng cho công chúng").click()
    expect(manager.get_by_role("status")).to_contain_text("đã mở cho công chúng")
    expect(manager.locator(".portal-closed")).to_have_count(0)

    # Now it is listed, with its sections and its own language versions.
    visitor = new_page()
    visitor.goto(base + "/")
    visitor.locator("section[aria-labelledby=portals-title]").get_by_role("link", name=title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    menu = visitor.locator("nav.main-nav")
    for section in SECTIONS:
        expect(menu.get_by_role("link", name=section, exact=True)).to_be_visible()
    chinese = visitor.locator("nav.languages").get_by_role("link", name="中文")
    expect(chinese).to_have_attribute("href", re.compile(f"/{name}/zh/$"))
    chinese.click()
    expect(visitor.locator("nav.main-nav")).to_contain_text("新闻")


def test_the_administrator_backs_up(shipped, new_page):
    admin = new_page()
    sign_in(admin, shipped, "admin")
    admin.locator("nav.user-menu").get_by_role("link", name="Cơ sở dữ liệu").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text("Cơ sở dữ liệu")
    expect(admin.locator(".manage-bar")).to_have_count(0)  # nothing of the root folder's toolbar
    expect(admin.locator("#database-size")).to_have_text(re.compile(r"^\d+(,\d)? (KB|MB|GB)$"))

    # Packing asks first; cancelled, nothing runs.
    admin.get_by_role("button", name="Nén cơ sở dữ liệu").click()
    expect(admin.locator("#confirm-form")).to_contain_text("Nén ngay?")
    admin.locator("#confirm-form").get_by_role("link", name="Huỷ").click()
    expect(admin.locator("#last-job")).to_have_count(0)

    admin.get_by_role("button", name="Sao lưu ngay").click()
    last = admin.locator("#last-job")
    expect(last).to_contain_text("xong", timeout=120_000)  # the page reloads itself until the job is done
    expect(last).to_contain_text("Sao lưu đầy đủ")
    last_backup = admin.locator("dt", has_text="Lần sao lưu gần nhất").locator("xpath=following-sibling::dd[1]")
    expect(last_backup).to_have_text(re.compile(r"^\d\d:\d\d \d\d/\d\d/20\d\d "))
    assert list((shipped.var.parent / "backups" / "fs").glob("*.fs"))
