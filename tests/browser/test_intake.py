"""The city board's inbox in a real browser, on the portal as shipped: an Approver of the city board uploads
an edXML decision whose Nơi nhận lists the city portal, opens the item, accepts it as the legal document
already filled in from it and publishes that; a citizen then finds it in the documents database."""

from __future__ import annotations

import pytest
from board_pages import workflow_panel
from playwright.sync_api import expect
from test_legaldocs import PDF, log_in

from hpportal.intake.samples import package

pytestmark = pytest.mark.browser

APPROVER = "tp-pd"
NUMBER = "931/QĐ-BQLKKT"
#: An issuer no other journey test looks for among the facets of the shared portal.
ISSUER = "Ban Quản lý Khu kinh tế Hải Phòng"
SUMMARY = "Quyết định công bố quy hoạch chi tiết khu công viên ven sông Tam Bạc"


def test_a_board_member_publishes_an_edxml_decision_that_a_citizen_finds(shipped, new_page):
    board = new_page()
    log_in(board, shipped, APPROVER)
    board.goto(shipped.url + "/tiep-nhan/")
    board.get_by_role("link", name="Tải lên gói tin edXML").click()
    data = package(
        organ_name=ISSUER,
        code_number="931",
        code_notation="QĐ-BQLKKT",
        subject=SUMMARY,
        attachments=(("931-QD-BQLKKT.pdf", "application/pdf", PDF),),
    )
    board.locator("input[type=file]").set_input_files(
        {"name": "931-QD-BQLKKT.edxml", "mimeType": "application/xml", "buffer": data}
    )
    board.get_by_role("button", name="Nhập gói tin").click()
    expect(board.get_by_role("heading", level=1)).to_have_text(SUMMARY)
    expect(board.locator(".intake-envelope")).to_contain_text("Cổng Thông tin điện tử thành phố")
    expect(board.locator(".notice")).to_contain_text(f"Quyết định {NUMBER}")
    item_url = board.url

    # The dashboard lists it among what waits.
    board.goto(shipped.url + "/tiep-nhan/")
    board.locator(".intake-waiting").get_by_role("link", name=SUMMARY).click()
    workflow_panel(board).get_by_role("button", name="Bắt đầu xem xét", exact=True).click()
    expect(board.get_by_role("status")).to_contain_text("Đang xem xét")
    workflow_panel(board).get_by_role("link", name="Nhận đăng", exact=True).click()
    board.get_by_role("button", name="Nhận đăng").click()

    # The legal document filled in from the envelope, which shows where its information came from.
    expect(board.get_by_role("heading", level=1)).to_have_text(f"Quyết định {NUMBER}")
    expect(workflow_panel(board).locator(".workflow-source a")).to_have_text(SUMMARY)
    workflow_panel(board).get_by_role("button", name="Gửi duyệt", exact=True).click()
    expect(board.get_by_role("status")).to_contain_text("Chờ duyệt")
    workflow_panel(board).get_by_role("button", name="Duyệt và đăng", exact=True).click()
    expect(board.get_by_role("status")).to_contain_text("Đã đăng")
    board.goto(item_url)
    expect(board.locator("#workflow-state")).to_have_text("Đã thụ lý")

    citizen = new_page()
    citizen.goto(shipped.url + "/van-ban/")
    citizen.get_by_label("Số, ký hiệu", exact=True).fill(NUMBER)
    citizen.get_by_role("button", name="Tìm kiếm").last.click()
    citizen.locator("table.documents-list").get_by_role("link", name=NUMBER).click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(f"Quyết định {NUMBER}")
    expect(citizen.locator("main")).to_contain_text(SUMMARY)
    expect(citizen.locator("main")).to_contain_text("Nguyễn Văn Minh")
    expect(citizen.locator("main")).to_contain_text(ISSUER)
    expect(citizen.locator("main")).not_to_contain_text("Tiếp nhận")
    citizen.goto(item_url)
    expect(citizen.locator("main")).not_to_contain_text(SUMMARY)
