"""Dịch vụ công trực tuyến in a real browser, on the portal as shipped: a citizen finds the building permit from the
city home, by its name typed without diacritics and by its code without the dot, opens it and finds the link to
file it online on the national public service portal (its address is checked; the external site is not loaded)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PERMIT = "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ"
FILING = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227"


def search(page, words):
    form = page.locator("form.procedures-search")
    form.get_by_label("Tên hoặc mã thủ tục", exact=True).fill(words)
    form.get_by_role("button", name="Tìm kiếm").click()
    return page.locator("table.procedures-list")


def test_a_citizen_finds_the_building_permit_by_name_and_by_code_and_reaches_the_filing_link(shipped, new_page):
    citizen = new_page()
    citizen.goto(shipped.url + "/")
    block = citizen.locator(".services-home")
    expect(block.get_by_role("link", name=PERMIT)).to_be_visible()
    block.get_by_role("link", name="Dịch vụ công trực tuyến").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Dịch vụ công trực tuyến")

    results = search(citizen, "cap giay phep xay dung")
    expect(results.get_by_role("link").first).to_have_text(PERMIT)

    results = search(citizen, "1004227")
    expect(citizen.locator("#procedures-count")).to_have_text("1 thủ tục")
    results.get_by_role("link", name=PERMIT).click()

    expect(citizen.get_by_role("heading", level=1)).to_have_text(PERMIT)
    expect(citizen.locator("table.properties")).to_contain_text("1.004227")
    link = citizen.get_by_role("link", name="Nộp hồ sơ trực tuyến thủ tục này trên Cổng dịch vụ công")
    expect(link).to_have_attribute("href", FILING)

    citizen.goto(shipped.url + "/dich-vu-cong/")
    citizen.locator(".facet-online").get_by_role("link", name="Không trực tuyến").click()
    citizen.locator("table.procedures-list tbody a").first.click()
    expect(citizen.locator(".filing .not-online")).to_contain_text("Thủ tục này không thể nộp hồ sơ trực tuyến")
    expect(citizen.locator("a.filing-link")).to_have_count(0)
