"""Search engines find every public page through robots.txt and the sitemaps, and nothing else."""

from __future__ import annotations

from xml.etree import ElementTree

from pyramid.traversal import resource_path

from hpportal import testing
from hpportal.core.workflow import state_of

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def locs(xml_text: str, tag: str) -> list[str]:
    return [e.text for e in ElementTree.fromstring(xml_text.encode()).iterfind(f"s:{tag}/s:loc", NS)]


def test_robots_txt_names_the_sitemap_and_keeps_management_and_tracking_out(demo_testapp):
    robots = demo_testapp.get("/robots.txt")
    assert robots.content_type == "text/plain"
    lines = robots.text.splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    for private in ("/login", "/*/contents", "/*/edit", "/*/sharing", "/my-work", "/*/track"):
        assert f"Disallow: {private}" in lines
    assert "Disallow: /*/tin-tuc" not in lines


def test_the_city_index_lists_each_portal_and_language_once(demo_testapp):
    index = demo_testapp.get("/sitemap.xml")
    assert index.content_type == "application/xml"
    parts = locs(index.text, "sitemap")
    assert "http://localhost/sitemap.xml?lang=vi&page=1" in parts
    assert "http://localhost/sitemap.xml?lang=en&page=1" in parts
    assert "http://localhost/so-xay-dung/sitemap.xml?lang=vi&page=1" in parts
    assert len(parts) == len(set(parts))
    own = locs(demo_testapp.get("/so-xay-dung/sitemap.xml").text, "sitemap")
    assert own and all(loc.startswith("http://localhost/so-xay-dung/") for loc in own)


def unpublished_article(site) -> tuple[str, str]:
    """(portal path, article URL) of the first article of any portal that is not published."""
    for portal in (site, *(p for p in site.values() if getattr(p, "is_portal", False))):
        news = portal.get("tin-tuc")
        for item in news.values() if news is not None else ():
            if state_of(item) != "published":
                return resource_path(portal), "http://localhost" + resource_path(item) + "/"
    raise AssertionError("the demo has an article that is not published")


def test_a_list_has_the_public_pages_of_its_portal_and_language_and_no_draft(demo_testapp, demo_app):
    urls = locs(demo_testapp.get("/so-xay-dung/sitemap.xml", params={"lang": "vi", "page": "1"}).text, "url")
    assert "http://localhost/so-xay-dung/tin-tuc/" in urls
    assert all(url.startswith("http://localhost/so-xay-dung/") for url in urls)
    assert not any("/en/" in url for url in urls)
    assert not any("/lead-image/" in url for url in urls), "images are reached from their pages"
    for url in urls[:30]:
        demo_testapp.get(url.removeprefix("http://localhost"), status=200)
    portal, draft = testing.read_site(demo_app, unpublished_article)
    listed = locs(demo_testapp.get(portal.rstrip("/") + "/sitemap.xml", params={"lang": "vi"}).text, "url")
    assert listed and draft not in listed
    demo_testapp.get(draft.removeprefix("http://localhost"), status=404)


def test_translations_are_alternates_of_each_other(demo_testapp):
    tree = ElementTree.fromstring(demo_testapp.get("/sitemap.xml", params={"lang": "en"}).body)
    with_alternates = [u for u in tree.iterfind("s:url", NS) if u.find("x:link", NS) is not None]
    assert with_alternates, "the English version's translated articles name their Vietnamese originals"
    links = {link.get("hreflang"): link.get("href") for link in with_alternates[0].iterfind("x:link", NS)}
    assert {"vi", "en"} <= set(links)
    assert links["en"] == with_alternates[0].find("s:loc", NS).text
    vi_urls = locs(demo_testapp.get("/sitemap.xml", params={"lang": "vi"}).text, "url")
    assert links["vi"] in vi_urls


def test_an_unknown_language_or_a_page_past_the_end_is_not_found(demo_testapp):
    demo_testapp.get("/sitemap.xml", params={"lang": "xx"}, status=404)
    demo_testapp.get("/sitemap.xml", params={"lang": "vi", "page": "2"}, status=404)


def test_a_list_is_split_at_the_protocols_limit(demo_testapp, monkeypatch):
    from hpportal.opendata import sitemaps

    monkeypatch.setattr(sitemaps, "PER_SITEMAP", 10)
    parts = [u for u in locs(demo_testapp.get("/sitemap.xml").text, "sitemap") if "/so-" not in u and "lang=vi" in u]
    assert len(parts) >= 3 and parts[1].endswith("page=2")
    first = locs(demo_testapp.get("/sitemap.xml", params={"lang": "vi", "page": "1"}).text, "url")
    second = locs(demo_testapp.get("/sitemap.xml", params={"lang": "vi", "page": "2"}).text, "url")
    assert len(first) == 10 and second and not set(first) & set(second)
