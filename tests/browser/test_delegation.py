"""Delegation in a real browser: the city manager creates a component portal and hands it to a new board.

The board's editor then logs in and can manage that component portal, and nothing else.
"""

import pyotp
import pytest
from playwright.sync_api import expect

from hpportal import testing
from hpportal.core.principals import User
from hpportal.core.security import SITE_MANAGER

pytestmark = pytest.mark.browser

MANAGER = "quantri"
EDITOR = "nq-btv"
EDITOR_PASSWORD = "một mật khẩu đủ dài của biên tập viên"


def _city_manager(root, registry):
    manager = User(MANAGER, "Nguyễn Thị Quản Trị", roles={SITE_MANAGER}, password=testing.BOARD_PASSWORD)
    manager.totp_secret = testing.BOARD_TOTP
    root["hpportal"].principals.add_user(manager)


def log_in(page, base, login, password, totp=None):
    page.goto(base + "/login")
    page.get_by_label("Tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    if totp:
        page.locator("input[name=code]").fill(pyotp.TOTP(totp).now())
        page.locator("button[name=verify]").click()
    expect(page.locator(".user-name")).to_be_visible()


def test_city_manager_delegates_a_component_portal_to_a_new_board(page, app, live_server):
    testing.populate(app, _city_manager)
    log_in(page, live_server, MANAGER, testing.BOARD_PASSWORD, totp=testing.BOARD_TOTP)

    # 1. The component portal, with its editorial board.
    page.goto(live_server + "/add?type=SubPortal")
    page.get_by_label("Tiêu đề").fill("Phường Ngô Quyền")
    expect(page.locator("input[name=board]")).to_be_checked()
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Phường Ngô Quyền")

    # 2. A new editor, in the portal's Editors group.
    page.goto(live_server + "/phuong-ngo-quyen/add-user")
    form = page.locator("#user-form")
    form.locator("input[name=login]").fill(EDITOR)
    form.locator("input[name=title]").fill("Lê Thị Biên")
    form.locator("input[name=email]").fill("nq-btv@haiphong.gov.vn")
    form.locator("input[type=password]").nth(0).fill(EDITOR_PASSWORD)
    form.locator("input[type=password]").nth(1).fill(EDITOR_PASSWORD)
    form.get_by_label("Biên tập viên — Phường Ngô Quyền").check()
    form.get_by_role("button", name="Thêm").click()
    expect(page.get_by_role("status")).to_contain_text(EDITOR)
    page.get_by_role("button", name="Đăng xuất").click()

    # 3. The editor logs in and first chooses a password of their own (the manager knows this one)...
    log_in(page, live_server, EDITOR, EDITOR_PASSWORD)
    page.goto(live_server + "/phuong-ngo-quyen/")
    expect(page).to_have_url(live_server + "/change-password")
    expect(page.locator("main")).to_contain_text("do người quản lý đặt")
    page.locator("input[name=current_password]").fill(EDITOR_PASSWORD)
    page.locator("input[name=new_password]").fill(EDITOR_PASSWORD + "-rieng")
    page.locator("input[name=confirm_password]").fill(EDITOR_PASSWORD + "-rieng")
    page.locator("#password-form button[type=submit]").click()
    expect(page.get_by_role("status")).to_be_visible()

    # ...then manages the component portal...
    page.goto(live_server + "/phuong-ngo-quyen/add?type=Section")
    page.get_by_label("Tiêu đề").fill("Tin tức phường")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tin tức phường")
    page.goto(live_server + "/phuong-ngo-quyen/")
    page.get_by_role("link", name="Nội dung thư mục").click()
    expect(page.locator("#contents-form")).to_contain_text("Tin tức phường")

    # ...and nothing else: the city portal's contents and its news are not theirs.
    for url in ("/contents", "/tin-tuc/add?type=NewsArticle", "/add?type=SubPortal"):
        response = page.goto(live_server + url)
        assert response.status == 403, url
        expect(page.locator("main")).to_contain_text("Bạn không có quyền")
