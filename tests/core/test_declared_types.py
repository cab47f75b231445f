"""Search, the news feeds and the home pages' featured row find the types their declarations let in
(``searchable``, ``feed``, ``featured``), those of a capability core has never heard of too (issue 13, point 12)."""

from __future__ import annotations

import pytest
from pyramid.config import Configurator
from webtest import TestApp

from hpportal import testing
from hpportal.core.app import root_factory
from hpportal.core.content import Content, content_type
from hpportal.core.i18n import _
from hpportal.core.security import ADD


@content_type(
    "Notice",
    title=_("Notice"),
    add_permission=ADD,
    addable_to=("Portal",),
    searchable=True,
    feed=True,
    featured=True,
)
class Notice(Content):
    """Thông báo: a capability's own type, in search, in the feeds, featured on the home page."""


@content_type("Memo", title=_("Memo"), add_permission=ADD, addable_to=("Portal",))
class Memo(Content):
    """Ghi nhớ: a type of the same capability that the search page never shows."""


def notices(config):
    config.add_content_type(Notice)
    config.add_content_type(Memo)


def notices_app(settings):
    with Configurator(settings=settings, root_factory=root_factory) as config:
        config.include("hpportal.core")
        config.include("hpportal.news")
        config.include(notices)
    return config.make_wsgi_app()


@pytest.fixture
def browser(tmp_path):
    app = notices_app(testing.settings_for(tmp_path / "var"))

    def build(root, registry):
        site = testing.basic_portal(root, registry)
        site.add("lich-tiep", Notice(title="Thông báo lịch tiếp công dân tháng 12", featured=True), registry=registry)
        site.add("ghi-nho", Memo(title="Ghi nhớ lịch tiếp công dân nội bộ"), registry=registry)

    testing.populate(app, build)
    yield TestApp(app)
    testing.database(app).close()


def test_search_finds_the_types_declared_searchable_and_no_other(browser):
    page = browser.get("/search", {"q": "lịch tiếp công dân"})
    found = [a.text.strip() for a in page.html.select("ol.results li a")]
    assert "Thông báo lịch tiếp công dân tháng 12" in found
    assert "Ghi nhớ lịch tiếp công dân nội bộ" not in found
    offered = [option["value"] for option in page.html.select("select#type option")]
    assert "Notice" in offered and "Memo" not in offered
    assert "ghi-nho" not in browser.get("/search", {"q": "lịch tiếp", "type": "Memo"}).text


def test_the_feed_and_the_featured_row_carry_the_types_declared_for_them(browser):
    feed = browser.get("/rss.xml")
    assert "Thông báo lịch tiếp công dân tháng 12" in feed.text and "Ghi nhớ" not in feed.text
    featured = browser.get("/").html.select_one(".top-stories")
    assert featured is not None and "Thông báo lịch tiếp công dân tháng 12" in featured.text
