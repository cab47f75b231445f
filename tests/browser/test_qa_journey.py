"""Hỏi - Đáp as shipped (`make serve`: the demo city, page cache on), from fresh browsers (issue 12).

Two people who never visited the portal ask, one after the other, on the city's Q&A and on a component
portal's: each is received on the first try. A citizen follows the question (the phone number travels in
the form's body, never in the address) and reads the answer of the agency it was assigned to, which
another agency's Responder can neither see nor answer.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def new_hour_of_asking(shipped):
    """Every browser here comes from 127.0.0.1: each test starts a new hour of the per-address limits."""
    shipped.app.registry.__dict__.pop("qa_limits", None)


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


def log_in_shipped(page, shipped, login: str) -> None:
    page.goto(shipped.url + "/login")
    page.get_by_label("Tên đăng nhập").fill(login)
    page.get_by_label("Mật khẩu").fill(shipped.password(login))
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator(".user-name")).to_be_visible()


ANSWER = "Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế, nộp tại bộ phận một cửa của Sở Y tế."


def test_the_assigned_agency_answers_another_agencys_responder_cannot_the_citizen_reads(shipped, new_page):
    title = "Giấy phép hoạt động phòng khám tư nhân"
    citizen = new_page()
    open_form(citizen, shipped.url, "/so-xay-dung")
    code = send(citizen, title, email="tran.thi.binh@example.vn")
    expect(citizen.locator(".receipt .expected")).to_contain_text("ngày làm việc")
    expect(citizen.get_by_role("heading", name="Điều gì diễn ra tiếp theo")).to_be_visible()
    expect(citizen.locator(".mailed")).to_be_visible()
    assert any(code in message.get_content() for message in shipped.mailbox.messages)

    # The board of Sở Xây dựng (where it was asked) accepts it and assigns it to Sở Y tế.
    editor = new_page()
    log_in_shipped(editor, shipped, "so-xay-dung-btv")
    editor.goto(shipped.url + "/so-xay-dung/hoi-dap/")
    editor.get_by_role("region", name="Dành cho Ban Biên tập").get_by_role("link", name=title).click()
    question_url = editor.url
    assert re.search(r"/hoi-dap/cau-hoi-[0-9a-f]{10}/$", question_url)  # not cau-hoi-N
    editor.locator("section.workflow").get_by_role("button", name="Thụ lý", exact=True).click()
    editor.locator("section.workflow").get_by_role("link", name="Chuyển cơ quan trả lời").click()
    editor.get_by_label("Cơ quan chủ trì trả lời").select_option(label="Sở Y tế")
    editor.get_by_role("button", name="Lưu").click()
    expect(editor.get_by_role("status")).to_contain_text("Đã chuyển cho Sở Y tế.")

    # Sở Xây dựng's own Responder is not the agency in charge: no answer, no personal data, not in their work.
    other = new_page()
    log_in_shipped(other, shipped, "so-xay-dung-tl")
    other.goto(shipped.url + "/my-work")
    expect(other.get_by_role("heading", level=1)).to_have_text("Việc của tôi")
    expect(other.locator("main")).not_to_contain_text(title)
    assert other.goto(question_url).status == 403
    assert other.goto(question_url + "answer").status in (403, 404)

    # Sở Y tế's Responder finds it among the questions of "My work", with its code and due date, and answers.
    agency = new_page()
    log_in_shipped(agency, shipped, "so-y-te-tl")
    agency.goto(shipped.url + "/my-work")
    row = agency.locator(".kind-Question tbody tr").filter(has_text=title)
    expect(row).to_contain_text(code)
    expect(row.locator("time").first).to_be_visible()
    row.get_by_role("link", name=title).click()
    expect(agency.locator(".qa-sender")).to_contain_text("T. T. B.")  # the sender, masked until asked
    agency.locator("section.workflow").get_by_role("link", name="Trả lời", exact=True).click()
    agency.get_by_label("Trả lời", exact=True).fill(ANSWER)
    agency.get_by_label("Hình thức trả lời").select_option(
        label="Công khai trên cổng thông tin (không kèm thông tin cá nhân của người hỏi)"
    )
    agency.get_by_role("button", name="Lưu").click()
    expect(agency.get_by_role("status")).to_contain_text("Câu trả lời đã được gửi đến Ban Biên tập.")

    # The board publishes it; the citizen tracks it (POST) and reads the answer, then on the public page.
    editor.goto(question_url)
    editor.locator("section.workflow").get_by_role("link", name="Công bố câu hỏi và câu trả lời").click()
    editor.get_by_role("button", name="Lưu", exact=True).click()
    citizen.goto(shipped.url + f"/so-xay-dung/hoi-dap/sent?code={code}")
    citizen.get_by_role("link", name="Theo dõi câu hỏi").click()
    expect(citizen.get_by_label("Mã tra cứu")).to_have_value(code)
    citizen.get_by_label("Số điện thoại hoặc thư điện tử của bạn").fill(PHONE)
    citizen.get_by_role("button", name="Tra cứu", exact=True).click()
    expect(citizen.get_by_role("region", name=title)).to_contain_text(ANSWER)
    assert PHONE not in citizen.url  # the phone went in the form's body
    citizen.goto(question_url)
    expect(citizen.get_by_role("region", name="Trả lời", exact=True)).to_contain_text(ANSWER)
    expect(citizen.locator("main")).not_to_contain_text("Trần Thị Bình")
