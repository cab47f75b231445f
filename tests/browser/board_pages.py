"""What the browser tests of the board do on every page: log in, read the workflow panel."""

from __future__ import annotations

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
