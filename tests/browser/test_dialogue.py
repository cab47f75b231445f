"""Đối thoại trực tuyến in a real browser, on the portal as shipped: a citizen sends a question to Sở Xây
dựng's announced dialogue; its editor accepts it for a leader and writes the answer in the script; the
citizen reads the question and its answer on the dialogue's page, without the sender's name or contact."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

EDITOR = "so-xay-dung-btv"
DIALOGUE = "/so-xay-dung/doi-thoai/cap-phep-xay-dung-nha-o"
QUESTION = "Xin hỏi hồ sơ xin phép xây nhà hai tầng trên đất ở nông thôn có cần bản vẽ thiết kế không?"
ANSWER = "Nhà ở riêng lẻ dưới ba tầng ở nông thôn được miễn giấy phép, nhưng cần bản vẽ theo mẫu của Sở."


def log_in(page, shipped, login):
    page.goto(shipped.url + "/login")
    page.get_by_label("Tên đăng nhập", exact=True).fill(login)
    page.get_by_label("Mật khẩu", exact=True).fill(shipped.password(login))
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator(".user-name")).to_be_visible()


def test_a_citizen_asks_the_board_accepts_and_answers_the_citizen_reads_it_in_the_script(shipped, new_page):
    citizen = new_page()
    citizen.goto(shipped.url + "/so-xay-dung/")
    citizen.locator(".dialogue-home").get_by_role("link", name="Gửi câu hỏi tới lãnh đạo").click()
    expect(citizen.get_by_role("heading", level=1)).to_have_text("Gửi câu hỏi tới lãnh đạo")
    citizen.get_by_label("Họ và tên", exact=True).fill("Phạm Thị Thu")
    citizen.get_by_label("Số căn cước công dân", exact=True).fill("031190004567")
    citizen.get_by_label("Địa chỉ", exact=True).fill("Thôn 3, xã An Hưng")
    citizen.get_by_label("Điện thoại", exact=True).fill("0987 654 321")
    citizen.get_by_label("Nội dung câu hỏi", exact=True).fill(QUESTION)
    citizen.locator("input[name=consent]").check()
    citizen.get_by_role("button", name="Gửi câu hỏi").click()
    expect(citizen.get_by_role("status").last).to_contain_text("Câu hỏi của bạn đã được tiếp nhận")

    board = new_page()
    log_in(board, shipped, EDITOR)
    board.goto(shipped.url + DIALOGUE + "/moderate")
    item = board.locator(".moderation-item").filter(has_text=QUESTION)
    expect(item).to_contain_text("P. T. T.")  # the sender masked
    item.get_by_label("Lãnh đạo trả lời").select_option(label="Vũ Thị Lan, Phó Giám đốc, Sở Xây dựng")
    item.get_by_role("button", name="Thụ lý").click()
    expect(board.locator(".flash")).to_contain_text("Đã xử lý câu hỏi")

    board.goto(shipped.url + DIALOGUE + "/script")
    entry = board.locator("ol.script-edit li").filter(has=board.locator("textarea", has_text=QUESTION))
    entry.get_by_label("Trả lời", exact=True).fill(ANSWER)
    entry.get_by_role("button", name="Lưu").click()
    expect(board.locator(".flash")).to_contain_text("Đã lưu kịch bản")

    citizen.goto(shipped.url + DIALOGUE)
    script = citizen.locator("ol.script")
    item = script.locator("li").filter(has_text=QUESTION)
    expect(item).to_contain_text(ANSWER)
    expect(item).to_contain_text("Vũ Thị Lan, Phó Giám đốc, Sở Xây dựng")
    body = citizen.locator("main").inner_text()
    assert not re.search("Phạm Thị Thu|031190004567|0987654321|An Hưng", body)
