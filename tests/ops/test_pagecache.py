"""The cache of anonymous pages: served while the database is unchanged, never stale, never to managers."""

import pytest
from webtest import TestApp

from hpportal import testing


@pytest.fixture
def cached_app(app_settings):
    app = testing.make_app({**app_settings, "hpportal.page_cache_size": "100"})
    yield app
    testing.database(app).close()


def add_section(browser, title):
    page = browser.get("/add?type=Section")
    form = page.forms["add-form"]
    form["title"] = title
    return form.submit("save")


def test_second_anonymous_request_is_served_from_the_cache(cached_app):
    anonymous = TestApp(cached_app)
    first = anonymous.get("/")
    second = anonymous.get("/")
    assert "X-Cache" not in first.headers
    assert second.headers["X-Cache"] == "hit"
    assert second.text == first.text


def test_a_commit_invalidates_cached_pages(cached_app):
    anonymous = TestApp(cached_app)
    anonymous.get("/")
    assert anonymous.get("/").headers.get("X-Cache") == "hit"
    manager = TestApp(cached_app)
    testing.login(manager)
    add_section(manager, "Chuyên mục mới")
    fresh = anonymous.get("/")
    assert "X-Cache" not in fresh.headers
    assert "Chuyên mục mới" in fresh.text  # the new section is in the menu at once


def test_logged_in_users_are_never_served_cached_pages(cached_app):
    TestApp(cached_app).get("/")
    manager = TestApp(cached_app)
    testing.login(manager)
    page = manager.get("/")
    assert "X-Cache" not in page.headers
    assert "Quản trị hệ thống" in page.text  # their own menu, not the anonymous page


def test_error_pages_and_forms_with_a_session_are_not_cached(cached_app):
    anonymous = TestApp(cached_app)
    anonymous.get("/khong-co/", status=404)
    assert "X-Cache" not in anonymous.get("/khong-co/", status=404).headers
    TestApp(cached_app).get("/login")  # sets a session cookie for the CSRF token: not cacheable
    assert "X-Cache" not in TestApp(cached_app).get("/login").headers


def test_a_citizen_gets_a_form_of_their_own_session_never_the_previous_visitors(cached_app):
    """A cached Q&A form carries no visitor's session: its token is signed and tied to no session
    (core/csrf.py), and no session cookie is set with it, so the next citizen's question is accepted."""
    TestApp(cached_app).get("/hoi-dap/ask")
    second = TestApp(cached_app)
    page = second.get("/hoi-dap/ask")
    assert "hpportal" not in second.cookies
    sent = page.forms["ask-form"].submit("send")  # nothing filled in: refused for that, not for its token
    assert sent.status_int == 200 and sent.html.select_one(".csrf-refused") is None


def test_anonymous_pages_answer_304_until_they_change(admin_app, app):
    from webtest import TestApp

    visitor = TestApp(app)
    page = visitor.get("/")
    etag = page.headers["ETag"]
    assert visitor.get("/", headers={"If-None-Match": etag}, status=304).body == b""
    form = admin_app.get("/edit").forms["edit-form"]
    form["title"] = "Cổng Thông tin điện tử Hải Phòng"
    form.submit("save")
    changed = visitor.get("/", headers={"If-None-Match": etag}, status=200)
    assert changed.headers["ETag"] != etag and "Cổng Thông tin điện tử Hải Phòng" in changed.text
    assert "ETag" not in admin_app.get("/").headers  # a logged-in page is never a shared one


def test_static_files_are_cached_for_a_year_behind_changing_urls(testapp):
    page = testapp.get("/")
    css = page.html.find("link", rel="stylesheet")["href"]
    assert "?x=" in css
    response = testapp.get(css)
    assert response.cache_control.max_age == 365 * 24 * 3600
