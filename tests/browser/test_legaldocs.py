"""Văn bản in a real browser, on the portal as shipped: Sở Xây dựng's editor adds two decisions, the
second replacing the first; its approver publishes both; a citizen finds the first by its number and
by its issuer from the city's documents page, opens it, follows "replaced by" and downloads the file."""

from __future__ import annotations

import pytest
from board_pages import workflow_panel
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

EDITOR, APPROVER = "so-xay-dung-btv", "so-xay-dung-pd"
OLD = "901/2026/QĐ-SXD"
NEW = "902/2026/QĐ-SXD"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def log_in(page, shipped, login):
    page.goto(shipped.url + "/login")
    page.get_by_label("Tên đăng nhập", exact=True).fill(login)
    page.get_by_label("Mật khẩu", exact=True).fill(shipped.password(login))
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator(".user-name")).to_be_visible()


def add_decision(page, shipped, number, summary, replaces=""):
    page.goto(shipped.url + "/so-xay-dung/van-ban/")
    page.locator(".add-menu summary").click()
    page.locator(".add-menu").get_by_role("link", name="Văn bản").click()
    page.get_by_label("Số, ký hiệu", exact=True).fill(number)
    page.get_by_label("Loại văn bản", exact=True).select_option("Quyết định")
    page.get_by_label("Cơ quan ban hành", exact=True).select_option("Sở Xây dựng")
    page.get_by_label("Trích yếu", exact=True).fill(summary)
    page.get_by_label("Xây dựng, quy hoạch", exact=True).check()
    page.get_by_label("Người ký", exact=True).fill("Nguyễn Văn Hùng")
    page.locator(".item-issued input[type=date]").fill("2026-12-01")
    if replaces:
        page.get_by_label("Thay thế văn bản", exact=True).fill(replaces)
    page.locator(".item-signed_file input[type=file]").set_input_files(
        {"name": number.replace("/", "-") + ".pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Quyết định {number}")
    workflow_panel(page).get_by_role("button", name="Gửi duyệt", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Chờ duyệt")
    return page.url


def test_an_editor_adds_the_approver_publishes_a_citizen_finds_and_downloads(shipped, new_page):
    editor = new_page()
    log_in(editor, shipped, EDITOR)
    old_url = add_decision(editor, shipped, OLD, "Ban hành Quy định về quản lý cây xanh đô thị")
    new_url = add_decision(editor, shipped, NEW, "Ban hành Quy định mới về quản lý cây xanh đô thị", replaces=OLD)

    approver = new_page()
    log_in(approver, shipped, APPROVER)
    for url in (old_url, new_url):
        approver.goto(url)
        workflow_panel(approver).get_by_role("button", name="Duyệt và đăng", exact=True).click()
        expect(approver.get_by_role("status")).to_contain_text("Đã đăng")

    citizen = new_page()
    citizen.goto(shipped.url + "/van-ban/")
    citizen.get_by_label("Số, ký hiệu", exact=True).fill("qd sxd 901")
    citizen.get_by_role("button", name="Tìm kiếm").last.click()
    results = citizen.locator("table.documents-list")
    expect(results.get_by_role("link").first).to_have_text(OLD)

    citizen.goto(shipped.url + "/van-ban/")
    citizen.locator(".facet-issuer").get_by_role("link", name="Sở Xây dựng").click()
    expect(citizen.locator("table.documents-list").get_by_role("link", name=NEW)).to_be_visible()
    citizen.locator("table.documents-list").get_by_role("link", name=OLD).click()

    expect(citizen.get_by_role("heading", level=1)).to_have_text(f"Quyết định {OLD}")
    relations = citizen.locator(".document-relations")
    expect(relations).to_contain_text("Bị thay thế bởi")
    relations.get_by_role("link", name=f"Quyết định {NEW}").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(f"Quyết định {NEW}")
    expect(citizen.locator(".document-relations")).to_contain_text(OLD)
    with citizen.expect_download() as download:
        citizen.locator(".document-files").get_by_role("link").first.click()
    assert download.value.suggested_filename == "902-2026-QĐ-SXD.pdf"
