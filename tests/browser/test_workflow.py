"""The editorial workflow in a real browser, on a component portal with its board.

A collaborator writes an article and submits it; the public does not see it; the approver finds it
in "My work", sends it back with a reason, approves it once resubmitted; then a citizen reads it.
"""

from __future__ import annotations

import re

import pytest
from board_pages import expect_state, log_in, workflow_panel
from playwright.sync_api import expect

from hpportal import testing

pytestmark = pytest.mark.browser

TITLE = "Khánh thành bến phà Gót nối đảo Cát Hải với đất liền"
LEAD = "Bến phà mới rút ngắn thời gian đi lại của người dân đảo Cát Hải."
WORD = "Cát Hải"
REASON = "Xin bổ sung số liệu về lượt khách mỗi ngày."


@pytest.fixture
def boards_server(boards_copy, serve):
    """The base URL of a copy of the boards database (see ``testing.two_portals``) served by waitress."""
    app = testing.make_app(testing.settings_for(boards_copy))
    yield serve(app, ("/", "/so-a/", "/so-a/tin-tuc/", "/so-a/tin-tuc/bai-1/", "/search?q=x", "/login"))
    testing.database(app).close()


def step(page, button, comment=""):
    panel = workflow_panel(page)
    if comment:
        panel.get_by_label("Ý kiến").fill(comment)
    panel.get_by_role("button", name=button, exact=True).click()


def expect_hidden_from_the_public(page, base, url):
    response = page.goto(url)
    assert response.status in (403, 404) or "/login" in page.url, (response.status, page.url)
    expect(page.get_by_role("heading", level=1)).not_to_have_text(TITLE)
    page.goto(base + "/so-a/tin-tuc/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tin tức")
    expect(page.locator("main")).to_contain_text("Tin của Sở A")
    expect(page.locator("main")).not_to_contain_text(TITLE)
    page.goto(base + "/search?q=" + WORD)
    expect(page.locator(".result-count")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(TITLE)


def test_collaborator_writes_approver_sends_back_then_approves_citizen_reads(boards_server, new_page):
    base = boards_server

    # 1. The collaborator writes the article: a draft, then submitted for approval.
    author = new_page()
    log_in(author, base, "so-a-ctv")
    author.goto(base + "/so-a/tin-tuc/add?type=NewsArticle")
    author.get_by_label("Tiêu đề").fill(TITLE)
    author.get_by_label("Sapo").fill(LEAD)
    author.get_by_role("button", name="Lưu").click()
    expect(author.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(author.get_by_role("status")).to_contain_text("Đã thêm")
    expect_state(author, "Bản nháp")
    expect(workflow_panel(author)).to_contain_text("công chúng chưa xem được")
    article_url = author.url
    step(author, "Gửi duyệt")
    expect(author.get_by_role("status")).to_contain_text("Chờ duyệt")
    expect_state(author, "Chờ duyệt")

    # The public sees nothing of it yet.
    citizen = new_page()
    expect_hidden_from_the_public(citizen, base, article_url)

    # 2. The approver finds it in "My work" and sends it back, first forgetting the reason.
    approver = new_page()
    log_in(approver, base, "so-a-pd")
    approver.locator("nav.user-menu").get_by_role("link", name="Việc của tôi").click()
    expect(approver.get_by_role("heading", level=1)).to_have_text("Việc của tôi")
    waiting = approver.locator("section[aria-labelledby=waiting-title]")
    waiting.get_by_role("link", name=TITLE).click()
    expect(approver.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_state(approver, "Chờ duyệt")
    expect(workflow_panel(approver).get_by_role("button", name="Duyệt và đăng")).to_be_visible()

    step(approver, "Trả lại")
    expect(approver.get_by_role("alert")).to_contain_text("Vui lòng nêu lý do.")
    expect_state(approver, "Chờ duyệt")
    step(approver, "Trả lại", comment=REASON)
    expect(approver.get_by_role("status")).to_contain_text("Bản nháp")
    expect_state(approver, "Bản nháp")

    # The collaborator finds it back in draft, with the approver's reason, and submits it again.
    author.locator("nav.user-menu").get_by_role("link", name="Việc của tôi").click()
    mine = author.locator("section[aria-labelledby=mine-title]").locator("tr", has_text=TITLE)
    expect(mine).to_contain_text("Bản nháp")
    expect(mine).to_contain_text(REASON)
    mine.get_by_role("link", name=TITLE).click()
    expect(author.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_state(author, "Bản nháp")
    last_step = workflow_panel(author).locator(".workflow-last")
    expect(last_step).to_contain_text("so-a-pd")
    expect(last_step).to_contain_text(REASON)
    step(author, "Gửi duyệt")
    expect_state(author, "Chờ duyệt")

    # The approver approves it.
    approver.reload()
    expect_state(approver, "Chờ duyệt")
    step(approver, "Duyệt và đăng")
    expect(approver.get_by_role("status")).to_contain_text("Đã đăng")
    expect_state(approver, "Đã đăng")
    expect(workflow_panel(approver)).to_contain_text("mọi người đều xem được")

    # 3. A citizen finds it in the section, reads it, and search finds it.
    reader = new_page()
    reader.goto(base + "/so-a/tin-tuc/")
    reader.locator("main").get_by_role("link", name=TITLE).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator("main")).to_contain_text(LEAD)
    expect(reader.locator("section.workflow")).to_have_count(0)
    assert reader.url == article_url
    reader.goto(base + "/search?q=" + WORD)
    results = reader.locator("ol.results")
    expect(results.get_by_role("link", name=TITLE)).to_be_visible()
    results.get_by_role("link", name=TITLE).click()
    expect(reader).to_have_url(re.compile(re.escape(article_url) + "$"))
