"""A developer and a search engine use the shipped portal's open data: /api, JSON pages to the end, sitemaps, cards."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def fetch(url: str, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
        text = response.headers.get_content_type().startswith(("text/", "application/"))
        return response.status, response.headers, body.decode() if text else body


def test_a_developer_reads_the_api_page_and_follows_next_to_the_end(shipped, page):
    page.goto(shipped.url + "/api")
    expect(page.locator("h1")).to_have_text("Dữ liệu mở (API)")
    page.get_by_role("link", name=shipped.url + "/api/v1/openapi.json").click()
    assert json.loads(page.locator("body").inner_text())["openapi"] == "3.1.0"
    url, ids, total = shipped.url + "/api/v1/news?limit=50", [], None
    while url:
        status, headers, body = fetch(url)
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
        answer = json.loads(body)
        total = answer["total"] if total is None else total
        ids += [item["id"] for item in answer["items"]]
        url = answer["next"]
    assert len(ids) == len(set(ids)) == total > 50
    _status, headers, _body = fetch(shipped.url + "/api/v1/news?limit=50")
    with pytest.raises(urllib.error.HTTPError, match="304"):
        fetch(shipped.url + "/api/v1/news?limit=50", **{"If-None-Match": headers["ETag"]})
    status, _headers, body = fetch(shipped.url + "/api/v1/documents?field=thong-tin-truyen-thong&validity=con-hieu-luc")
    assert any(d["number"] == "204/2025/QĐ-UBND" for d in json.loads(body)["items"])


def test_search_engines_find_the_sitemaps_and_an_article_shares_its_image(shipped, page):
    _status, _headers, robots = fetch(shipped.url + "/robots.txt")
    assert f"Sitemap: {shipped.url}/sitemap.xml" in robots
    _status, headers, index = fetch(shipped.url + "/sitemap.xml")
    assert headers["Content-Type"].startswith("application/xml") and "so-xay-dung/sitemap.xml?lang=vi" in index
    page.goto(shipped.url + "/")
    page.locator(".lead-story a").first.click()
    image = page.locator("meta[property='og:image']").get_attribute("content")
    assert image.endswith("/thumbnail/preview")
    assert fetch(image)[0] == 200
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["@type"] == "NewsArticle" and data["image"] == image
