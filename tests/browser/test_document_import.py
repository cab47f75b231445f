"""Nhập văn bản in a real browser, on the portal as shipped: Sở Xây dựng's Site Manager (a board member)
imports a CSV of documents from the documents page, follows the job until it is done, and reads the report:
how many were imported and each refused row with its line and reason; the good rows are then found by
their number, the refused ones are not there."""

from __future__ import annotations

import pytest
from board_pages import sign_in
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MANAGER = "so-xay-dung-qt"
CSV = "\n".join(
    [
        "number,form,issuer,summary,issued,fields",
        "951/2026/QĐ-SXD,Quyết định,Sở Xây dựng,Quy định về cấp phép xây dựng nhà ở riêng lẻ,2026-10-05,xay-dung",
        "952/2026/QĐ-SXD,Sắc lệnh,Sở Xây dựng,Một loại văn bản không có,2026-10-06,xay-dung",
        "953/2026/QĐ-SXD,Quyết định,Sở Xây dựng,Ngày ban hành sai,31/09/2026,xay-dung",
        ",Quyết định,Sở Xây dựng,Thiếu số văn bản,2026-10-07,xay-dung",
        "951/2026/QĐ-SXD,Quyết định,Sở Xây dựng,Số trùng với dòng 2,2026-10-08,xay-dung",
        "77/KH-SXD,Kế hoạch,Sở Xây dựng,Kế hoạch kiểm tra trật tự xây dựng quý IV năm 2026,2026-10-09,xay-dung",
    ]
).encode()


def test_a_board_member_imports_a_csv_and_reads_the_rows_refused(shipped, new_page):
    manager = new_page()
    sign_in(manager, shipped, MANAGER)
    manager.goto(shipped.url + "/so-xay-dung/van-ban/")
    manager.get_by_role("link", name="Nhập văn bản").click()
    expect(manager.get_by_role("heading", level=1)).to_have_text("Nhập văn bản")
    manager.locator("#import-form input[type=file]").set_input_files(
        {"name": "van-ban-thang-10.csv", "mimeType": "text/csv", "buffer": CSV}
    )
    manager.get_by_label("Việc cần làm").select_option("import")
    manager.get_by_role("button", name="Bắt đầu").click()

    # The page reloads itself while the job runs, then shows its report.
    report = manager.locator("#import-report")
    expect(report).to_contain_text("van-ban-thang-10.csv", timeout=60_000)
    expect(report).to_contain_text("Đã nhập 2 văn bản; 4 dòng bị từ chối.")
    rows = report.locator("table.refused-rows tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.nth(0)).to_contain_text("3")
    expect(rows.nth(0)).to_contain_text("“Sắc lệnh” không phải là loại văn bản của cổng này.")
    expect(rows.nth(1)).to_contain_text("“31/09/2026” không phải là ngày.")
    expect(rows.nth(2)).to_contain_text("Thiếu number.")
    expect(rows.nth(3)).to_contain_text("Sở Xây dựng đã có văn bản số 951/2026/QĐ-SXD.")
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(4)] == ["3", "4", "5", "6"]

    manager.get_by_role("link", name="Quay lại danh sách văn bản").click()
    manager.get_by_label("Số, ký hiệu", exact=True).fill("951/2026/QĐ-SXD")
    manager.get_by_role("button", name="Tìm kiếm").last.click()
    found = manager.locator("table.documents-list tbody tr")
    expect(found).to_have_count(1)
    expect(found).to_contain_text("Quy định về cấp phép xây dựng nhà ở riêng lẻ")
    manager.get_by_label("Số, ký hiệu", exact=True).fill("952/2026/QĐ-SXD")
    manager.get_by_role("button", name="Tìm kiếm").last.click()
    expect(manager.locator("#documents-count")).to_contain_text("0")
