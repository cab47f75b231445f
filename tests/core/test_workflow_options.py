"""What a state means is said in workflows.zcml (``public="yes"``), never by its name, and the layout
offers a feed where a capability serves one (issue 13, point 12): a city that calls its publishing
state otherwise keeps scheduled publishing and the start of older items."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock
from hpportal.core.app import REPO_DIR
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.core.workflow import force_state
from hpportal.news.models import NewsArticle

ON_PORTAL = "tren-cong"
RSS_LINK = "link[rel=alternate][type='application/rss+xml']"


@pytest.fixture
def renamed_app(tmp_path, boards_database):
    """The portals of ``testing.two_portals`` with the default workflow's ``published`` called ``tren-cong``."""
    policy = (REPO_DIR / "workflows.zcml").read_text()
    start = policy.index('name="editorial"')
    end = policy.index("</workflow>", start)
    changed = tmp_path / "workflows.zcml"
    changed.write_text(policy[:start] + policy[start:end].replace('"published"', f'"{ON_PORTAL}"') + policy[end:])
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **{"hpportal.workflows": str(changed)}))
    yield app
    testing.database(app).close()


def test_an_item_due_later_in_the_state_marked_public_is_scheduled(renamed_app):
    def build(root, registry):
        article = NewsArticle(title="Lịch cắt điện tuần sau", effective=clock.now() + timedelta(days=2))
        root[ROOT_KEY]["so-a"]["tin-tuc"].add("cat-dien", article, registry=registry)
        force_state(article, ON_PORTAL, registry=registry)

    testing.populate(renamed_app, build)
    approver = TestApp(renamed_app)
    testing.login(approver, "so-a-pd", testing.BOARD_PASSWORD)
    heading = approver.get("/my-work").html.select_one("#scheduled-title")
    assert heading is not None and "Lịch cắt điện tuần sau" in heading.find_parent("section").text


def test_upgrade_starts_older_items_in_the_state_marked_public(renamed_app):
    def build(root, registry):
        site = root[ROOT_KEY]
        article = NewsArticle(title="Tin từ trước khi có quy trình")
        site["so-a"]["tin-tuc"].add("tin-cu", article, registry=registry)
        del article.workflow_state  # as the release before workflows left it
        upgrade(site, registry)

    testing.populate(renamed_app, build)
    assert testing.read_site(renamed_app, lambda site: site["so-a"]["tin-tuc"]["tin-cu"].workflow_state) == ON_PORTAL
    public = TestApp(renamed_app)
    page = public.get("/so-a/tin-tuc/tin-cu")
    assert "Tin từ trước khi có quy trình" in page.text
    assert page.html.select_one(RSS_LINK) is None  # an article has no feed of its own
    assert public.get("/so-a/tin-tuc/").html.select_one(RSS_LINK)["href"].endswith("/so-a/tin-tuc/rss.xml")


def test_the_feed_is_offered_where_a_capability_serves_one(testapp):
    feed = testapp.get("/en/").html.select_one(RSS_LINK)
    assert feed is not None and feed["href"].endswith("/en/rss.xml")
    assert testapp.get(feed["href"]).content_type == "application/rss+xml"
