"""Hỏi - Đáp in a real browser, from a citizen's question to the published answer.

A citizen (not logged in) asks on /so-a and keeps the tracking code; the board of Sở A accepts the
question and assigns it to Sở B; Sở B's Responder finds it in "My work" and answers it publicly; the
board publishes it; the citizen reads the answer by tracking it, then in the public list, where none
of their personal data shows.
"""

from __future__ import annotations

import re

import pytest
from board_pages import expect_state, log_in, workflow_panel
from playwright.sync_api import expect

from hpportal import testing
from hpportal.core.localroles import grant
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import RESPONDER, user_principal

pytestmark = pytest.mark.browser

RESPONDER_LOGIN = "so-b-tl"
FULL_NAME = "Nguyễn Văn An"
CITIZEN_ID = "031085001234"
ADDRESS = "Số 5 Lạch Tray, phường Gia Viên"
PHONE = "0912345678"
TITLE = "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"
QUESTION = "Tôi muốn xây nhà ba tầng trên đất ở của gia đình thì cần những giấy tờ gì và nộp ở đâu?"
ANSWER = "Ông nộp đơn đề nghị cấp giấy phép xây dựng kèm bản vẽ thiết kế tại bộ phận một cửa của phường."
PUBLICLY = "Công khai trên cổng thông tin (không kèm thông tin cá nhân của người hỏi)"
CODE = re.compile(r"^HD-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")


def _responder(root, registry):
    """Sở B answers through its Responder (the Responder role on /so-b, as in tests/qa/test_lifecycle.py)."""
    site = root[ROOT_KEY]
    user = site.principals.add_user(
        User(
            RESPONDER_LOGIN,
            RESPONDER_LOGIN,
            email=f"{RESPONDER_LOGIN}@haiphong.gov.vn",
            password=testing.BOARD_PASSWORD,
        )
    )
    grant(site["so-b"], user_principal(user.id), RESPONDER, registry=registry)


@pytest.fixture
def qa_server(boards_copy, serve, smtp_server):
    """The base URL of a copy of the boards database, plus Sở B's Responder, served by waitress."""
    settings = testing.settings_for(
        boards_copy,
        **{
            "mail.host": "127.0.0.1",
            "mail.port": str(smtp_server.port),
            "mail.default_sender": "no-reply@haiphong.gov.vn",
        },
    )
    app = testing.make_app(settings)
    testing.populate(app, _responder)
    yield serve(app, ("/", "/so-a/hoi-dap/", "/so-a/hoi-dap/ask", "/so-a/hoi-dap/track", "/login"))
    testing.database(app).close()


def expect_no_personal_data(page):
    body = page.locator("body")
    # In full or masked as the board sees it (••••234, •••678, ••••Gia Viên).
    for private in (FULL_NAME, CITIZEN_ID, "•234", PHONE, "•678", "Lạch Tray", "Gia Viên"):
        expect(body).not_to_contain_text(private)


def test_a_citizen_asks_the_board_routes_the_agency_answers_everyone_reads(qa_server, new_page, smtp):
    base = qa_server

    # 1. A citizen, not logged in, asks on Sở A's Hỏi - Đáp and keeps the tracking code.
    citizen = new_page()
    citizen.goto(base + "/so-a/hoi-dap/")
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Hỏi - Đáp")
    citizen.locator("main").get_by_role("link", name="Gửi câu hỏi").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Gửi câu hỏi")
    citizen.get_by_role("radio", name="Cá nhân").check()
    citizen.get_by_label("Họ và tên").fill(FULL_NAME)
    citizen.get_by_label("Số căn cước công dân").fill(CITIZEN_ID)
    citizen.get_by_label("Địa chỉ").fill(ADDRESS)
    citizen.get_by_label("Điện thoại").fill(PHONE)
    citizen.get_by_label("Lĩnh vực").select_option(label="Xây dựng, quy hoạch")
    citizen.get_by_label("Tiêu đề câu hỏi").fill(TITLE)
    citizen.get_by_label("Nội dung câu hỏi").fill(QUESTION)
    citizen.get_by_role("checkbox", name=re.compile(r"^Tôi đồng ý")).check()
    citizen.get_by_role("button", name="Gửi câu hỏi").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Câu hỏi của bạn đã được tiếp nhận")
    tracking_code = citizen.locator(".tracking-code")
    expect(tracking_code).to_have_text(CODE)
    code = tracking_code.inner_text().strip()

    # 2. The board's editor finds it on the dashboard of the Q&A, accepts it and assigns it to Sở B.
    editor = new_page()
    log_in(editor, base, "so-a-btv")
    editor.goto(base + "/so-a/hoi-dap/")
    board = editor.get_by_role("region", name="Dành cho Ban Biên tập")
    row = board.get_by_role("row").filter(has_text=code)
    expect(row).to_contain_text(TITLE)
    expect(row).to_contain_text("Đã tiếp nhận")
    row.get_by_role("link", name=TITLE).click()
    expect(editor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_state(editor, "Đã tiếp nhận")
    sender = editor.get_by_role("region", name="Người hỏi (thông tin cá nhân)")
    expect(sender).to_contain_text("N. V. A.")  # the name, masked until the (logged) full view
    expect(sender).not_to_contain_text(FULL_NAME)
    expect(sender).to_contain_text("•••••••••234")  # the citizen ID, masked
    expect(sender).not_to_contain_text(CITIZEN_ID)
    question_url = editor.url

    workflow_panel(editor).get_by_role("button", name="Thụ lý", exact=True).click()
    expect(editor.get_by_role("status")).to_contain_text("Đã thụ lý")
    expect_state(editor, "Đã thụ lý")
    workflow_panel(editor).get_by_role("link", name="Chuyển cơ quan trả lời").click()
    editor.get_by_label("Cơ quan chủ trì trả lời").select_option(label="Sở B")
    editor.get_by_role("button", name="Lưu").click()
    expect(editor.get_by_role("status")).to_contain_text("Đã chuyển cho Sở B.")
    expect_state(editor, "Đã chuyển cơ quan trả lời")
    assert editor.url == question_url
    # Sở B's Responder was told by mail.
    assert [f"{RESPONDER_LOGIN}@haiphong.gov.vn"] in smtp.recipients

    # 3. Sở B's Responder finds it in "My work" and answers it, publicly.
    responder = new_page()
    log_in(responder, base, RESPONDER_LOGIN)
    responder.locator("nav.user-menu").get_by_role("link", name="Việc của tôi").click()
    expect(responder.get_by_role("heading", level=1)).to_have_text("Việc của tôi")
    waiting = responder.get_by_role("region", name="Đang chờ bạn xử lý")
    waiting.get_by_role("link", name=TITLE).click()
    expect(responder.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_state(responder, "Đã chuyển cơ quan trả lời")
    expect(responder.locator("main")).to_contain_text(QUESTION)
    workflow_panel(responder).get_by_role("link", name="Trả lời", exact=True).click()
    responder.get_by_label("Trả lời", exact=True).fill(ANSWER)
    responder.get_by_label("Hình thức trả lời").select_option(label=PUBLICLY)
    responder.get_by_role("button", name="Lưu").click()
    expect(responder.get_by_role("status")).to_contain_text("Câu trả lời đã được gửi đến Ban Biên tập.")
    expect(responder.get_by_role("region", name="Trả lời", exact=True)).to_contain_text(ANSWER)

    # 4. The editor publishes the question and its answer.
    editor.reload()
    expect_state(editor, "Đã trả lời")
    expect(editor.get_by_role("region", name="Trả lời", exact=True)).to_contain_text(ANSWER)
    workflow_panel(editor).get_by_role("link", name="Công bố câu hỏi và câu trả lời").click()
    editor.get_by_role("button", name="Lưu", exact=True).click()
    expect(editor.get_by_role("status")).to_contain_text("Câu hỏi và câu trả lời đã được công bố.")
    expect_state(editor, "Đã đăng")

    # 5. The citizen follows the question with the code and the phone number, and reads the answer.
    citizen.goto(base + "/so-a/hoi-dap/")
    citizen.locator("main").get_by_role("link", name="Tra cứu câu hỏi").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Tra cứu câu hỏi")
    citizen.get_by_label("Mã tra cứu").fill(code)
    citizen.get_by_label("Số điện thoại hoặc thư điện tử của bạn").fill(PHONE)
    citizen.get_by_role("button", name="Tra cứu", exact=True).click()
    tracked = citizen.get_by_role("region", name=TITLE)
    expect(tracked).to_contain_text("Đã đăng")
    expect(tracked).to_contain_text("Sở B")
    expect(tracked).to_contain_text(ANSWER)

    # ... then in the public list of Sở A's Q&A: the question and the answer, and nothing about the sender.
    citizen.goto(base + "/so-a/hoi-dap/")
    answered = citizen.get_by_role("region", name="Câu hỏi đã trả lời")
    expect(answered.get_by_role("listitem").filter(has_text=TITLE)).to_contain_text("Sở B")
    expect(citizen.get_by_role("region", name="Dành cho Ban Biên tập")).to_have_count(0)
    expect_no_personal_data(citizen)
    answered.get_by_role("link", name=TITLE).click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert citizen.url == question_url
    expect(citizen.locator("main")).to_contain_text(QUESTION)
    expect(citizen.get_by_role("region", name="Trả lời", exact=True)).to_contain_text(ANSWER)
    expect(citizen.locator("section.workflow")).to_have_count(0)
    expect_no_personal_data(citizen)
