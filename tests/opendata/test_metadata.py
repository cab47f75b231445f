"""Every public page tells search engines and sharing sites what it is: canonical link, cards and JSON-LD."""

from __future__ import annotations

import json


def meta(page, key: str) -> str | None:
    tag = page.html.select_one(f"meta[property='{key}'], meta[name='{key}']")
    return tag["content"] if tag is not None else None


def json_ld(page) -> dict:
    [script] = page.html.select("script[type='application/ld+json']")
    return json.loads(script.string)


def first(page, selector: str) -> str:
    return page.html.select_one(selector)["href"].removeprefix("http://localhost")


def test_an_article_with_a_picture_shares_its_960_px_image_and_is_a_news_article(demo_testapp):
    home = demo_testapp.get("/")
    links = [a["href"].removeprefix("http://localhost") for a in home.html.select(".teaser h2 a, .teaser h3 a")]
    url = "http://localhost" + next(link for link in links if demo_testapp.get(link).html.select_one("article img"))
    page = demo_testapp.get(url.removeprefix("http://localhost"))
    assert page.html.select_one("link[rel=canonical]")["href"] == url
    assert meta(page, "og:type") == "article" and meta(page, "og:url") == url
    assert meta(page, "og:locale") == "vi_VN" and meta(page, "og:site_name")
    image = meta(page, "og:image")
    assert image.endswith("/lead-image/thumbnail/preview")
    assert int(meta(page, "og:image:width")) <= 960 and int(meta(page, "og:image:height")) > 0
    demo_testapp.get(image.removeprefix("http://localhost"), status=200)
    assert meta(page, "twitter:card") == "summary_large_image"
    data = json_ld(page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == page.html.select_one("h1").get_text(strip=True)
    assert data["datePublished"][:4].isdigit() and "+00:00" in data["datePublished"]
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert "haiphong.gov.vn" in data["copyrightNotice"]


def test_a_home_is_a_government_organisation_with_its_contact(demo_testapp):
    data = json_ld(demo_testapp.get("/so-xay-dung/"))
    assert data["@type"] == "GovernmentOrganization" and data["name"] == "Sở Xây dựng"
    assert data["url"] == "http://localhost/so-xay-dung/" and data["email"]


def test_a_legal_document_is_legislation_with_its_number_and_force(demo_testapp):
    found = demo_testapp.get("/van-ban/", params={"number": "204/2025/QĐ-UBND"})
    data = json_ld(demo_testapp.get(first(found, ".documents-list a")))
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "204/2025/QĐ-UBND"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert data["legislationDate"] == "2025-11-06"


def test_a_published_question_is_a_qa_page_without_its_sender(demo_testapp):
    page = demo_testapp.get(first(demo_testapp.get("/so-xay-dung/hoi-dap/"), ".qa-list a"))
    data = json_ld(page)
    assert data["@type"] == "QAPage"
    assert data["mainEntity"]["acceptedAnswer"]["text"]
    asked = data["mainEntity"]
    assert set(asked) == {"@type", "name", "text", "answerCount", "acceptedAnswer", "dateCreated"}, "no sender"
    assert set(asked["acceptedAnswer"]) == {"@type", "text", "author", "dateCreated"}
    assert asked["acceptedAnswer"]["author"]["@type"] == "GovernmentOrganization"


def test_the_english_version_says_its_locale_and_management_pages_carry_no_card(demo_testapp):
    assert meta(demo_testapp.get("/en/"), "og:locale") == "en_US"
    ask = demo_testapp.get("/hoi-dap/ask")
    assert ask.html.select_one("link[rel=canonical]") is None
    assert not ask.html.select("script[type='application/ld+json']")


def test_a_procedure_is_a_government_service_with_where_to_file_it(demo_testapp):
    found = demo_testapp.get("/dich-vu-cong/", params={"q": "1004227"})
    data = json_ld(demo_testapp.get(first(found, ".procedures-list tbody a")))
    assert data["@type"] == "GovernmentService" and data["identifier"] == "1.004227"
    assert "1.004227" in data["availableChannel"]["serviceUrl"]


def test_a_dialogue_is_an_online_event_with_its_leaders(demo_testapp):
    page = demo_testapp.get(first(demo_testapp.get("/doi-thoai/"), ".dialogues-archive a, .dialogues-coming a"))
    data = json_ld(page)
    assert data["@type"] == "Event" and data["startDate"] and data["performer"][0]["name"]
