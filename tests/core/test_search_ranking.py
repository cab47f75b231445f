"""Search as a citizen reads it (issue 12, point 5): news, documents and answered questions before the
landing pages under "Newest first", each result naming its portal, the language filter true to the
version an item is in, and published Q&A answers found under a type of their own."""

from __future__ import annotations

CONTENT = {"Tin bài", "Văn bản", "Câu hỏi", "Tệp", "Hình ảnh", "Liên kết"}
LANDING = {"Trang", "Chuyên mục", "Cổng thành phần"}


def results(page) -> list[tuple[str, str, str]]:
    """(title, portal, type) of each result, in order."""
    return [
        (li.a.text.strip(), li.select_one(".portal").text.strip(), li.select_one(".type").text.strip())
        for li in page.html.select("ol.results li")
    ]


def test_landing_pages_come_after_content_under_newest_first(demo_testapp):
    seen, number = [], 1
    while True:  # every page of the results
        page = demo_testapp.get("/search", {"q": "liên hệ", "sort": "newest", "page": number})
        seen += results(page)
        if not page.html.select_one("a[rel=next]"):
            break
        number += 1
    types = [kind for _title, _portal, kind in seen]
    assert set(types) & CONTENT and set(types) & LANDING, types
    first_landing = next(n for n, kind in enumerate(types) if kind in LANDING)
    assert not set(types[first_landing:]) & CONTENT, types  # no news below a contact or section page


def test_every_result_names_its_portal(demo_testapp):
    found = results(demo_testapp.get("/search", {"q": "liên hệ", "type": "Page"}))
    contacts = [(title, portal) for title, portal, _kind in found if title == "Thông tin liên hệ"]
    assert len(contacts) > 1 and len({portal for _title, portal in contacts}) == len(contacts), contacts
    assert all(portal for _title, portal in contacts)


def test_the_language_filter_follows_the_version_an_item_is_in(demo_testapp):
    vietnamese = [
        title for title, _p, _k in results(demo_testapp.get("/search", {"q": "About Hai Phong", "lang": "vi"}))
    ]
    english = [title for title, _p, _k in results(demo_testapp.get("/search", {"q": "About Hai Phong", "lang": "en"}))]
    assert "About Hai Phong" in english
    assert "About Hai Phong" not in vietnamese


def test_published_answers_are_found_under_their_own_type(demo_testapp):
    page = demo_testapp.get("/search")
    assert "Question" in [option["value"] for option in page.html.select("select#type option")]
    found = results(demo_testapp.get("/search", {"q": "hỏi", "type": "Question"}))
    assert found and {kind for _t, _p, kind in found} == {"Câu hỏi"}
    codes = demo_testapp.get("/search", {"type": "Question"}).html.select("ol.results li a")
    for link in codes[:3]:  # each one is public: the answer is published
        assert demo_testapp.get(link["href"]).status_int == 200
