"""A feed reader subscribes to a portal, a section, the answers, the documents and a search: RSS and Atom alike."""

from __future__ import annotations

import feedparser
import pytest

KINDS = ("rss.xml", "atom.xml")


def parsed(testapp, url: str):
    answer = testapp.get(url)
    feed = feedparser.parse(answer.body)
    assert not feed.bozo, feed.get("bozo_exception")
    return answer, feed


@pytest.mark.parametrize("kind", KINDS)
def test_a_component_portals_news_feed_cites_the_source_and_carries_pictures(demo_testapp, kind):
    answer, feed = parsed(demo_testapp, f"/so-xay-dung/{kind}")
    assert answer.content_type == ("application/rss+xml" if kind == "rss.xml" else "application/atom+xml")
    assert feed.entries and all(e.link.startswith("http://localhost/so-xay-dung/") for e in feed.entries)
    assert "haiphong.gov.vn" in feed.feed.get("rights", "")
    assert feed.feed.updated_parsed is not None
    assert any(link.rel == "self" and link.href.endswith(kind) for link in feed.feed.links)
    assert any(e.get("enclosures") for e in feed.entries), "a story's lead image is its enclosure"
    assert all(e.published_parsed for e in feed.entries)


def test_the_published_answers_have_a_feed_without_senders(demo_testapp):
    _answer, feed = parsed(demo_testapp, "/so-xay-dung/hoi-dap/rss.xml")
    assert feed.entries and all("/so-xay-dung/hoi-dap/" in e.link for e in feed.entries)
    assert all(e.tags for e in feed.entries), "the field is the category"


def test_the_documents_feed_follows_the_pages_filters(demo_testapp):
    _answer, feed = parsed(demo_testapp, "/van-ban/atom.xml?field=thong-tin-truyen-thong")
    assert feed.entries
    page = demo_testapp.get("/van-ban/", params={"field": "thong-tin-truyen-thong"})
    links = {link["type"]: link["href"] for link in page.html.select("link[rel=alternate][type$='+xml']")}
    assert links["application/atom+xml"] == "http://localhost/van-ban/atom.xml?field=thong-tin-truyen-thong"


def test_a_search_has_a_feed_and_its_page_links_it(demo_testapp):
    _answer, feed = parsed(demo_testapp, "/search/rss.xml?q=hai+phong")
    assert feed.entries and "hai phong" in feed.feed.title
    page = demo_testapp.get("/search", params={"q": "hai phong"})
    links = [link["href"] for link in page.html.select("link[rel=alternate][type='application/rss+xml']")]
    assert links == ["http://localhost/search/rss.xml?q=hai+phong"]


def test_the_language_homes_link_their_feeds(demo_testapp):
    page = demo_testapp.get("/en/")
    types = {link["type"] for link in page.html.select("link[rel=alternate][type$='+xml']")}
    assert types == {"application/rss+xml", "application/atom+xml"}
    _answer, feed = parsed(demo_testapp, "/en/atom.xml")
    assert feed.entries and all("/en/" in e.link for e in feed.entries)
