"""The demo's drafts for public comment, as a citizen finds them from the city's documents page: two open,
with comments published (and others waiting or kept unpublished), one closed with its summary and its decision."""

from __future__ import annotations

from hpportal import testing
from hpportal.legaldocs.comments import PUBLISHED, RECEIVED, UNPUBLISHED
from hpportal.legaldocs.drafts import DraftDocument


def test_the_city_documents_page_lists_the_open_drafts_and_each_takes_comments(demo_testapp):
    block = demo_testapp.get("/van-ban/").html.select_one(".open-drafts")
    assert block.h2.get_text() == "Dự thảo lấy ý kiến"
    links = block.select("li a")
    assert len(links) == 2
    for link in links:
        draft = demo_testapp.get(link["href"])
        assert "Đang lấy ý kiến" in draft.html.select_one(".draft-phase").get_text()
        assert "comment-form" in draft.forms
        assert len(draft.html.select(".draft-comments .comment")) == 2  # the published ones only
        assert "chạy quảng cáo giá rẻ" not in draft.text  # kept unpublished


def test_the_closed_draft_shows_its_summary_and_the_decision_it_became(demo_testapp):
    drafts = demo_testapp.get("/van-ban/drafts")
    [closed] = drafts.html.select(".drafts-closed li a")
    page = demo_testapp.get(closed["href"])
    assert "comment-form" not in page.forms
    assert "tiếp thu 10 ý kiến" in page.html.select_one("#summary").get_text()
    became = page.html.select_one("a.draft-became")
    assert became.get_text() == "Quyết định 78/2026/QĐ-UBND"
    assert demo_testapp.get(became["href"]).html.h1.get_text() == "Quyết định 78/2026/QĐ-UBND"


def test_every_moderation_state_is_in_the_demo(demo_app):
    def states(site):
        drafts = [d for d in site["van-ban"].values() if isinstance(d, DraftDocument)]
        return [{c.state for c in d.comments.values()} for d in drafts]

    assert testing.read_site(demo_app, states) == [{RECEIVED, PUBLISHED, UNPUBLISHED}] * 2 + [{PUBLISHED, UNPUBLISHED}]
