"""Drafts for public comment in a real browser, on the portal as shipped (the demo city, page cache on): a
citizen finds an open draft from the city's documents page and comments on it; the city's approver publishes
the comment; the citizen reads it on the draft's page; once comments have closed (the portal's clock moved past
the closing day), the approver publishes the summary of the consultation and the citizen reads it."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, time, timedelta

import pytest
from board_pages import sign_in
from playwright.sync_api import expect

from hpportal.core import clock
from hpportal.core.timezone import LOCAL_TZ

pytestmark = pytest.mark.browser

APPROVER = "tp-pd"  # Trưởng / Phó Ban Biên tập of the city portal


@pytest.fixture(autouse=True)
def real_clock_again(shipped):
    shipped.app.registry.__dict__.pop("comment_limit", None)  # every browser here comes from 127.0.0.1
    yield
    clock.set_clock(None)


def comment_on(page, text: str) -> None:
    """Fill in the comment form of the open draft's page and send it, as a citizen would."""
    page.get_by_role("radio", name="Cá nhân").check()
    page.get_by_label("Họ và tên").fill("Phạm Thị Thu Hằng")
    page.get_by_label("Số căn cước công dân").fill("031192003456")
    page.get_by_label("Địa chỉ").fill("Số 20 Trần Phú, phường Ngô Quyền")
    page.get_by_label("Điện thoại").fill("0904123456")
    page.get_by_label("Nội dung góp ý").fill(text)
    page.get_by_role("checkbox", name=re.compile(r"^Tôi đồng ý")).check()
    page.get_by_role("button", name="Gửi góp ý").click()


def test_a_citizen_comments_the_board_publishes_it_and_later_the_summary(shipped, new_page):
    text = f"Đề nghị bổ sung quy định về trồng cây bóng mát tại trường học (góp ý {secrets.token_hex(3)})."
    citizen = new_page()
    citizen.goto(shipped.url + "/van-ban/")
    drafts = citizen.locator(".open-drafts")
    expect(drafts.get_by_role("heading")).to_have_text("Dự thảo lấy ý kiến")
    drafts.get_by_role("link", name=re.compile("cây xanh đô thị")).click()
    expect(citizen.locator(".draft-phase")).to_have_text("Đang lấy ý kiến")
    draft_url = citizen.url
    comment_on(citizen, text)
    expect(citizen.get_by_role("status")).to_contain_text("góp ý đã được tiếp nhận")
    expect(citizen.locator(".draft-comments")).not_to_contain_text(text)  # not public before moderation

    approver = new_page()
    sign_in(approver, shipped, APPROVER)
    approver.goto(draft_url)
    approver.get_by_role("link", name=re.compile("Duyệt góp ý")).click()
    waiting = approver.locator(".comments-received article", has_text=text)
    expect(waiting).not_to_contain_text("Phạm Thị Thu Hằng")  # the board reads the comment, not the sender
    waiting.get_by_role("button", name="Đăng", exact=True).click()
    expect(approver.locator(".comments-published")).to_contain_text(text)

    citizen.reload()
    published = citizen.locator(".draft-comments")
    expect(published).to_contain_text(text)
    expect(citizen.locator("main")).not_to_contain_text("Phạm Thị Thu Hằng")
    expect(citizen.locator("main")).not_to_contain_text("0904123456")

    # Months later: the closing day has passed.
    closes = citizen.locator(".properties tr", has_text="Kết thúc lấy ý kiến").locator("td").inner_text()
    last_day = datetime.strptime(closes.strip(), "%d/%m/%Y").date()
    after = datetime.combine(last_day + timedelta(days=2), time(9), LOCAL_TZ).astimezone(UTC)
    clock.set_clock(lambda: after)
    citizen.reload()
    expect(citizen.locator(".draft-phase")).to_have_text("Đã hết thời gian lấy ý kiến")
    expect(citizen.locator("#comment-form")).to_have_count(0)

    approver.goto(draft_url)
    approver.get_by_role("link", name="Đăng báo cáo tổng hợp ý kiến").click()
    body = approver.frame_locator(".tox-edit-area iframe").locator("body")
    body.click()
    approver.keyboard.type("Nhận được 25 ý kiến; tiếp thu ý kiến về cây bóng mát tại trường học vào Điều 7.")
    expect(body).to_contain_text("Điều 7")
    approver.get_by_role("button", name="Lưu", exact=True).click()
    expect(approver.get_by_role("status")).to_contain_text("Đã đăng báo cáo tổng hợp ý kiến")

    citizen.reload()
    summary = citizen.locator("#summary")
    expect(summary.get_by_role("heading")).to_have_text("Báo cáo tổng hợp, giải trình, tiếp thu ý kiến")
    expect(summary).to_contain_text("tiếp thu ý kiến về cây bóng mát tại trường học vào Điều 7")
