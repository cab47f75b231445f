"""What a state means is said in workflows.zcml (``public="yes"``), never by its name, and the layout
offers a feed where a capability serves one (issue 13, point 12): a city that calls its publishing
state otherwise keeps scheduled publishing and the start of older items."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock, electors
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.core.procedures import procedures, switch_procedure
from hpportal.core.workflow import force_state, workflow_for
from hpportal.news.models import NewsArticle
from hpportal.testing import CHECKOUT as REPO_DIR

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


def test_a_workflow_marked_in_workflows_zcml_is_a_procedure_a_portal_may_choose(tmp_path, boards_database):
    """A third procedure, added to the file only: the portal that chooses it gets it, the others keep theirs."""
    policy = (REPO_DIR / "workflows.zcml").read_text()
    start = policy.index('  <workflow type="editorial" name="editorial_two_step"')
    end = policy.index("</workflow>", start) + len("</workflow>")
    own = policy[start:end].replace("editorial_two_step", "quy_trinh_rieng")  # its name and its elector's
    changed = tmp_path / "workflows.zcml"
    changed.write_text(policy[:end] + "\n" + own + policy[end:])
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **{"hpportal.workflows": str(changed)}))
    try:
        assert [w.name for w in procedures(app.registry)] == ["editorial", "editorial_two_step", "quy_trinh_rieng"]

        def choose(root, registry):
            switch_procedure(root[ROOT_KEY]["so-a"], "quy_trinh_rieng", registry=registry)

        testing.populate(app, choose)

        def followed(site):
            return [workflow_for(app.registry, site[name]["tin-tuc"]["bai-1"]).name for name in ("so-a", "so-b")]

        assert testing.read_site(app, followed) == ["quy_trinh_rieng", "editorial"]
        # Registered because the file names it; a name no file names is no elector (no module magic).
        assert isinstance(electors.quy_trinh_rieng, electors.PortalChoice)
        assert getattr(electors, "quy_trinh_chua_co", None) is None
    finally:
        testing.database(app).close()
