"""Where a login sends the user: only back into this site (issue 12.11), else to their portal."""

from __future__ import annotations

from urllib.parse import quote, urlparse

import pytest
from test_auth import MANAGER_PASSWORD, add_user, enrol
from webtest import TestApp

from hpportal import testing
from hpportal.core.security import SITE_MANAGER

#: Return addresses a browser would follow to another host (or run as script).
FOREIGN = [
    "http:/\\evil.example",
    "https:/\\evil.example",
    "http:\\\\evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "https://evil.example",
    "http://evil.example/contents",
    "//evil.example",
    "//evil.example/%2e%2e",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F/evil.example",
    "/%2fevil.example",
    "/%252F%252Fevil.example",
    "/%25255Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "\t//evil.example",
    " //evil.example",
    "\x00//evil.example",
    "http://localhost.evil.example/",
    "http://localhost@evil.example/",
    "http://localhost:80@evil.example/",
    "http://localhost//evil.example",
    "http://localhost/\\evil.example",
    "http://localhost/%5Cevil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:evil.example",
    "evil.example",
    "//ｅｖｉｌ.example",
]


def login_from(client: TestApp, came_from: str, login: str = testing.EDITOR_LOGIN, password=testing.EDITOR_PASSWORD):
    form = client.get("/login?came_from=" + quote(came_from, safe="")).forms["deform"]
    assert form["came_from"].value == came_from
    form["login"], form["password"] = login, password
    return form.submit("log_in")


@pytest.mark.parametrize("came_from", FOREIGN)
def test_login_never_sends_to_another_host(app, came_from):
    page = login_from(TestApp(app), came_from)
    assert page.status_int == 303
    target = urlparse(page.location)
    assert target.scheme == "http" and target.netloc == "localhost"
    assert "evil" not in page.location and "\\" not in page.location
    assert page.location == "http://localhost/"  # the portal's home


@pytest.mark.parametrize(
    ("came_from", "expected"),
    [
        ("/contents", "http://localhost/contents"),
        ("http://localhost/contents", "http://localhost/contents"),
        ("/search?q=%C4%91%C6%B0%E1%BB%9Dng", "http://localhost/search?q=%C4%91%C6%B0%E1%BB%9Dng"),
        ("/", "http://localhost/"),
    ],
)
def test_login_goes_back_to_a_page_of_this_site(app, came_from, expected):
    assert login_from(TestApp(app), came_from).location == expected


def test_the_login_page_itself_is_no_return_address(app):
    assert login_from(TestApp(app), "/login?came_from=/contents").location == "http://localhost/"


@pytest.mark.parametrize("came_from", ["///evil.example", "http:/\\evil.example", "/%5Cevil.example"])
def test_the_link_after_enrolment_stays_on_this_site(app, came_from):
    add_user(app, "quantri-moi", roles={SITE_MANAGER})
    page = login_from(TestApp(app), came_from, "quantri-moi", MANAGER_PASSWORD)
    assert page.location.endswith("/two-factor-setup")
    _secret, page = enrol(page.follow())
    link = page.html.find("a", class_="btn-primary")["href"]
    assert urlparse(link).netloc == "localhost" and "evil" not in link


def test_the_link_after_enrolment_keeps_a_page_of_this_site(app):
    add_user(app, "quantri-moi", roles={SITE_MANAGER})
    page = login_from(TestApp(app), "/contents", "quantri-moi", MANAGER_PASSWORD)
    _secret, page = enrol(page.follow())
    assert page.html.find("a", class_="btn-primary")["href"] == "http://localhost/contents"


@pytest.mark.parametrize("came_from", ["http://localhost//evil.example", "http://localhost/\\evil.example"])
def test_a_workflow_step_never_sends_to_another_host(browser_as, came_from):
    page = browser_as("so-a-pd").get("/so-a/tin-tuc/bai-1/")
    form = next(f for f in page.forms.values() if f.action.endswith("/transition"))
    form["came_from"] = came_from
    location = form.submit("transition", value="archive", status=303).location
    assert location == "http://localhost/so-a/tin-tuc/bai-1/"
