"""Hỏi - Đáp as shipped (`make serve`: the demo city, page cache on), from fresh browsers (issue 12).

Two people who never visited the portal ask, one after the other, on the city's Q&A and on a component
portal's: each is received on the first try. A citizen follows the question (the phone number travels in
the form's body, never in the address).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CODE = re.compile(r"^HD-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")
PHONE = "0912345678"


def open_form(page, base: str, portal: str) -> None:
    """Go to ``portal``'s Hỏi - Đáp and open the question form, as a citizen would."""
    page.goto(base + portal + "/hoi-dap/")
    page.locator("main").get_by_role("link", name="Gửi câu hỏi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gửi câu hỏi")


def send(page, title: str, email: str = "") -> str:
    """Fill in the open question form and send it; the tracking code of the receipt."""
    page.get_by_role("radio", name="Cá nhân").check()
    page.get_by_label("Họ và tên").fill("Trần Thị Bình")
    page.get_by_label("Số căn cước công dân").fill("031185004321")
    page.get_by_label("Địa chỉ").fill("Số 12 Điện Biên Phủ, phường Hồng Bàng")
    page.get_by_label("Điện thoại").fill(PHONE)
    if email:
        page.get_by_label("Thư điện tử").fill(email)
    page.get_by_label("Lĩnh vực").select_option(label="Xây dựng, quy hoạch")
    page.get_by_label("Tiêu đề câu hỏi").fill(title)
    page.get_by_label("Nội dung câu hỏi").fill("Xin hỏi hồ sơ cần những giấy tờ gì và nộp ở đâu?")
    page.get_by_role("checkbox", name=re.compile(r"^Tôi đồng ý")).check()
    page.get_by_role("button", name="Gửi câu hỏi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Câu hỏi của bạn đã được tiếp nhận")
    code = page.locator(".tracking-code")
    expect(code).to_have_text(CODE)
    return code.inner_text().strip()


@pytest.mark.parametrize("portal", ["", "/so-xay-dung"], ids=["city", "component"])
def test_two_new_visitors_ask_one_after_the_other_and_each_is_received_first_time(shipped, new_page, portal):
    first, second = new_page(), new_page()  # browsers that never saw the portal: no cookie
    open_form(first, shipped.url, portal)
    open_form(second, shipped.url, portal)  # the form page as the page cache keeps it
    codes = {send(citizen, f"Câu hỏi {n} về giấy phép xây dựng{portal}") for n, citizen in ((1, first), (2, second))}
    assert len(codes) == 2


def test_a_citizen_follows_the_question_without_the_phone_in_the_address(shipped, new_page):
    citizen = new_page()
    email = "tran.thi.binh@example.vn"
    open_form(citizen, shipped.url, "/so-y-te")
    code = send(citizen, "Lịch tiêm chủng cho trẻ dưới một tuổi", email=email)
    expect(citizen.locator(".receipt .expected")).to_contain_text("ngày làm việc")
    expect(citizen.get_by_role("heading", name="Điều gì diễn ra tiếp theo")).to_be_visible()
    expect(citizen.locator(".mailed")).to_be_visible()
    assert any(code in message.get_content() for message in shipped.mailbox.messages)
    citizen.get_by_role("link", name="Theo dõi câu hỏi").click()
    expect(citizen.get_by_label("Mã tra cứu")).to_have_value(code)
    citizen.get_by_label("Số điện thoại hoặc thư điện tử của bạn").fill(PHONE)
    citizen.get_by_role("button", name="Tra cứu", exact=True).click()
    expect(citizen.get_by_role("region", name="Lịch tiêm chủng cho trẻ dưới một tuổi")).to_contain_text("Đã tiếp nhận")
    assert PHONE not in citizen.url
