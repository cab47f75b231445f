"""A commenter's personal data never reaches the public: not the draft's page, the documents pages, the list of
drafts, the search results or the feeds, even once the comment is published; the board sees the comment's text,
and only those who may see a sender's personal data see it, masked."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from draft_helpers import COMMENT, DRAFT_URL, SENDER, add_draft, at, comment, stored_comments
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock

#: What would say who sent a comment, in the forms it could be shown in.
PERSONAL = [
    SENDER["full_name"],
    "Bích Ngọc",
    SENDER["citizen_id"],
    SENDER["address"],
    SENDER["phone"],
    "0987 654 321",
    SENDER["email"],
]


@pytest.fixture
def published_comment(documents_app, citizen, person):
    """A comment sent while the draft is open and published by Sở A's approver."""
    testing.populate(documents_app, add_draft)
    at(2026, 12, 10, 9, 0)
    comment(citizen, status=303, phone="0987 654 321")
    [stored] = stored_comments(documents_app)
    page = person("so-a-pd").get(DRAFT_URL + "comments")
    form = next(f for f in page.forms.values() if f.action.endswith("/comments") and f["comment"].value == stored["id"])
    form.submit("action", value="publish", status=303)
    yield stored
    clock.set_clock(None)


def leaks(page) -> list[str]:
    """The personal data on ``page``; on a search page, in what it found (the words searched are shown back)."""
    if "/search" in page.request.path:
        results = page.html.select_one("main") or page.html
        for form in results.select("form.search-form"):
            form.decompose()
        text = results.get_text(" ")
    else:
        text = page.text
    return [value for value in PERSONAL if value in text]


@pytest.mark.parametrize(
    "url",
    [
        DRAFT_URL,
        "/so-a/van-ban/",
        "/so-a/van-ban/drafts",
        "/van-ban/",
        "/so-a/",
        "/rss.xml",
        "/so-a/rss.xml",
        "/search?q=" + quote(SENDER["full_name"]),
        "/search?q=" + quote(SENDER["email"]),
        "/search?q=" + quote("vỉa hè"),
    ],
)
def test_no_public_page_or_feed_holds_the_senders_personal_data(published_comment, documents_app, url):
    citizen = TestApp(documents_app)  # a new visitor: nothing of the sender's session
    page = citizen.get(url)
    assert leaks(page) == []


def test_the_published_comment_shows_its_text_only(published_comment, documents_app):
    page = TestApp(documents_app).get(DRAFT_URL)
    [shown] = page.html.select(".draft-comments .comment")
    assert COMMENT in shown.get_text()
    assert leaks(page) == []


def test_search_finds_the_draft_by_its_words_but_not_by_its_commenters_name(published_comment, documents_app):
    citizen = TestApp(documents_app)
    found = citizen.get("/search", params={"q": "quản lý cây xanh đô thị"})
    assert "/so-a/van-ban/du-thao-quy-dinh-cay-xanh/" in [
        a["href"].split("localhost")[-1] for a in found.html.select("ol.results a")
    ]
    assert leaks(found) == []
    for words in ("Trần Thị Bích Ngọc", SENDER["phone"], "Điện Biên Phủ"):
        page = citizen.get("/search", params={"q": words})
        assert "du-thao-quy-dinh-cay-xanh" not in page.text


def test_the_board_moderates_without_the_personal_data_which_only_the_administrator_sees_masked(
    published_comment, person
):
    approver_page = person("so-a-pd").get(DRAFT_URL + "comments")
    assert COMMENT in approver_page.text
    assert leaks(approver_page) == []
    admin = person(testing.ADMIN_LOGIN)
    admin_page = admin.get(DRAFT_URL + "comments")
    assert leaks(admin_page) == []
    assert "T. T. B. N." in admin_page.text and "•••567" in admin_page.text
    shown = next(f for f in admin_page.forms.values() if "reveal" in f.fields).submit("reveal")
    assert SENDER["full_name"] in shown.text and SENDER["citizen_id"] in shown.text  # in full when asked
    log = admin.get("/audit", params={"action": "personal_data_viewed"})
    assert DRAFT_URL.rstrip("/") in log.text  # the viewing is logged


def test_at_the_senders_request_the_board_erases_their_personal_data(published_comment, documents_app, person):
    approver = person("so-a-pd")
    page = approver.get(DRAFT_URL + "comments")
    erase = next(f for f in page.forms.values() if f.action.endswith("/erase-sender"))
    refused = erase.submit(status=303).follow()  # not confirmed: nothing erased
    assert "không thể hoàn tác" in refused.html.select_one("[role=alert]").get_text()
    assert stored_comments(documents_app)[0]["full_name"] == SENDER["full_name"]
    erase["confirm"] = True
    erase.submit(status=303)
    [stored] = stored_comments(documents_app)
    assert (stored["full_name"], stored["citizen_id_token"], stored["address"], stored["phone"], stored["email"]) == (
        "",
        b"",
        "",
        "",
        "",
    )
    assert stored["text"] == COMMENT and stored["state"] == "published"  # what was said stays public
