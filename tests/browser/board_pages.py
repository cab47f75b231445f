"""What the browser tests of the board do on every page: log in, read the workflow panel."""

from __future__ import annotations

import re

import pyotp
from playwright.sync_api import expect

from hpportal import testing


def log_in(page, base, login):
    page.goto(base + "/login")
    page.get_by_label("Tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(testing.BOARD_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator(".user-name")).to_have_text(login)


def workflow_panel(page):
    return page.locator("section.workflow")


def expect_state(page, state):
    expect(workflow_panel(page).locator("#workflow-state")).to_have_text(state)
    expect(workflow_panel(page)).to_contain_text("Trạng thái:")


def sign_in(page, shipped, login):
    """Log in to the shipped portal as the demo account ``login``, as its user would.

    Administrators and Site Managers enrol their second factor at their first login: the secret
    shown on the page is kept in ``shipped.totp``, and later logins (of any test) give a code of it.
    """
    page.goto(shipped.url + "/login")
    page.get_by_label("Tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(shipped.password(login))
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r"^(?!.*/login$)"))  # the password is accepted: on to the next step
    if "/two-factor-setup" in page.url:
        secret = page.locator("#totp-secret").inner_text().replace(" ", "").strip()
        shipped.totp[login] = secret
        page.locator("input[name=code]").fill(pyotp.TOTP(secret).now())
        page.get_by_role("button", name="Bật xác thực hai lớp").click()
        expect(page.locator("#recovery-codes")).to_be_visible()
        page.get_by_role("link", name="Tôi đã lưu các mã — tiếp tục").click()
    elif "/login-code" in page.url:
        page.locator("input[name=code]").fill(testing.totp_code(shipped.app, login, shipped.totp[login]))
        page.locator("button[name=verify]").click()
    expect(page.locator(".user-name")).to_be_visible()
