"""The demo city: what a new user sees after `make serve`."""

from webtest import TestApp

from hpportal.core.boards import board_of
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.security import (
    ADMINISTRATOR,
    APPROVER,
    COLLABORATOR,
    EDITOR,
    INSPECTOR,
    RESPONDER,
    SITE_MANAGER,
)
from hpportal.demo.build import BOARD_MEMBERS
from hpportal.testing import ANONYMOUS_TOKENS, database, login

SUFFIX = {role: suffix for suffix, role in BOARD_MEMBERS}


def demo_site(demo_app):
    conn = database(demo_app).open()
    return conn, conn.root()[ROOT_KEY]


def test_demo_has_the_city_and_its_component_portals(demo_app):
    conn, site = demo_site(demo_app)
    portals = [p for p in site.values() if isinstance(p, SubPortal)]
    assert len(portals) >= 6
    assert {"so-xay-dung", "dac-khu-cat-hai"} <= {p.__name__ for p in portals}
    for portal in [site, *portals]:
        assert {"gioi-thieu", "tin-tuc", "lien-he"} <= set(portal.keys()), portal.title
    articles = search(site.catalog, SearchQuery(types=("NewsArticle",)), allowed=ANONYMOUS_TOKENS, limit=1)
    assert articles.total >= 300
    conn.close()


def test_demo_articles_are_vietnamese_prose_found_without_diacritics(demo_app):
    conn, site = demo_site(demo_app)
    for words in ("hai phong", "da nang", "cat hai"):
        assert search(site.catalog, SearchQuery(text=words), allowed=ANONYMOUS_TOKENS, limit=1).total > 0, words
    conn.close()


def test_demo_pages_render(demo_testapp):
    home = demo_testapp.get("/")
    assert "Tin mới nhất" in home.text and "Sở Xây dựng" in home.text
    portal = demo_testapp.get("/so-xay-dung/")
    assert "Liên hệ" in portal.text and "@haiphong.gov.vn" in portal.text
    listing = demo_testapp.get("/tin-tuc/")
    assert 'rel="next"' in listing.text
    assert demo_testapp.get("/tin-tuc/", {"page": "2"}).status_int == 200
    article_url = listing.html.select("article.teaser h2 a")[0]["href"]  # under the section's h1
    article = demo_testapp.get(article_url)
    assert "Nguồn" in article.text
    docs = demo_testapp.get("/tai-lieu/")
    assert ".pdf" in docs.text or "Kế hoạch chuyển đổi số" in docs.text
    result = demo_testapp.get("/search", {"q": "da nang", "portal": "/", "sort": "relevance"})
    assert "Đà Nẵng" in result.text


def test_demo_has_a_board_for_every_component_portal(demo_app):
    conn, site = demo_site(demo_app)
    for portal in [p for p in site.values() if isinstance(p, SubPortal)]:
        board = board_of(portal, site.principals)
        assert set(board) == {APPROVER, EDITOR, COLLABORATOR, SITE_MANAGER, RESPONDER}, portal.title
        for role, group in board.items():
            members = site.principals.members_of(group)
            assert [m.login for m in members] == [f"{portal.__name__}-{SUFFIX[role]}"]
            assert members[0].home == portal.uid
    roles = {role.split(" — ")[0] for _password, role in demo_app.demo_logins.values()}
    assert roles >= {ADMINISTRATOR, SITE_MANAGER, INSPECTOR, APPROVER, EDITOR, COLLABORATOR, RESPONDER}
    conn.close()


def test_a_demo_editor_manages_only_their_portal(demo_app):
    browser = TestApp(demo_app)
    login(browser, "so-xay-dung-btv", demo_app.demo_logins["so-xay-dung-btv"][0])
    assert browser.get("/so-xay-dung/tin-tuc/contents").status_int == 200
    browser.get("/so-y-te/tin-tuc/contents", status=403)
    browser.get("/tin-tuc/contents", status=403)


def test_demo_speaks_five_languages(demo_testapp):
    """The city in English, Chinese, Korean and Japanese; every component portal in English; translated news."""
    for code, intro_word in (("en", "Hai Phong"), ("zh", "海防"), ("ko", "하이퐁"), ("ja", "ハイフォン")):
        home = demo_testapp.get(f"/{code}/")
        assert home.html.html["lang"] == code and home.html.select("section[aria-labelledby=latest-title] article")
        intro = demo_testapp.get(f"/{code}/gioi-thieu/")
        assert intro_word in intro.text
        assert demo_testapp.get(f"/{code}/lien-he/").status_int == 200
    assert "Department of Construction" in demo_testapp.get("/so-xay-dung/en/").text
    english = demo_testapp.get("/en/")
    assert "Sáng từ" not in english.text  # the contact block's hours are in English too
    crumbs = demo_testapp.get("/en/tin-tuc/").html.select("nav.breadcrumbs a")
    assert crumbs[0].get_text() == "Hai Phong City Electronic Information Portal"
    # A translated article links to its original and to the other versions.
    found = demo_testapp.get("/ja/search", {"q": "観光客"})
    link = found.html.select_one("ol.results a")
    article = demo_testapp.get(link["href"])
    versions = {a["hreflang"] for a in article.html.select("link[rel=alternate][hreflang]")}
    assert versions == {"vi", "en", "zh", "ko", "ja"}
    assert (
        "金头叶猴"
        in demo_testapp.get(
            next(a["href"] for a in article.html.select("nav.languages a") if a["hreflang"] == "zh")
        ).text
    )
    assert "관광객" in demo_testapp.get("/ko/search", {"q": "관광객"}).text
