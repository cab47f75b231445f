"""Hỏi - Đáp stands on the kernel alone (issue 13, point 12): a portal without the news capability
starts, and its city Q&A shows the questions of general interest (the featured index is core's)."""

from __future__ import annotations

from pyramid.config import Configurator
from webtest import TestApp

from hpportal import testing
from hpportal.core.app import root_factory
from hpportal.core.workflow import force_state
from hpportal.qa.models import Question

TITLE = "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"


def test_the_city_q_and_a_shows_featured_answers_without_the_news_capability(tmp_path):
    with Configurator(settings=testing.settings_for(tmp_path / "var"), root_factory=root_factory) as config:
        config.include("hpportal.core")
        config.include("hpportal.qa")
    app = config.make_wsgi_app()
    assert "NewsArticle" not in app.registry.content_types

    def build(root, registry):
        site = testing.basic_portal(root, registry)  # its upgrade steps make the city's Hỏi - Đáp
        question = Question(title=TITLE, text="Cần giấy tờ gì?", full_name="Nguyễn Văn An", answer="Cần đơn.")
        question.featured = True  # as the city board's "Feature on the city portal" leaves it
        site["hoi-dap"].add("cap-phep", question, registry=registry)
        force_state(question, "published", registry=registry)

    try:
        testing.populate(app, build)
        page = TestApp(app).get("/hoi-dap/")
        featured = page.html.select_one(".qa-featured")
        assert featured is not None and TITLE in featured.text
    finally:
        testing.database(app).close()
