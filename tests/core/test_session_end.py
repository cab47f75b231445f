"""Logging out ends the session on the server side, copies of its cookie included; Secure cookies over
HTTPS (issue 12.24)."""

from __future__ import annotations

import shutil

import pytest
from test_auth import browser, submit_login
from webtest import TestApp

from hpportal import testing


def logged_in(client: TestApp) -> bool:
    return client.get("/profile", expect_errors=True).status_int == 200


def copy_of(client: TestApp, app) -> TestApp:
    """Another browser holding a copy of ``client``'s session cookie (as a thief would)."""
    thief = TestApp(app)
    thief.set_cookie("hpportal", client.cookies["hpportal"])
    return thief


def log_out(client: TestApp) -> None:
    page = client.get("/profile")
    [form] = [f for f in page.forms.values() if f.action.endswith("/logout")]
    form.submit().follow()


def test_a_copied_session_cookie_dies_at_logout(app):
    client = browser(app)
    testing.login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    thief = copy_of(client, app)
    assert logged_in(thief)  # the copy works while the session lives
    log_out(client)
    assert not logged_in(client)
    assert not logged_in(thief)
    # Logging in again gives a new session that works.
    testing.login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert logged_in(client) and not logged_in(thief)


def test_logout_survives_a_restart(app_settings):
    app = testing.make_app(app_settings)
    client = browser(app)
    testing.login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    cookie = client.cookies["hpportal"]
    log_out(client)
    testing.database(app).close()
    again = testing.make_app(app_settings)
    try:
        thief = TestApp(again)
        thief.set_cookie("hpportal", cookie)
        assert not logged_in(thief)  # the epoch is stored with the user
    finally:
        testing.database(again).close()


def session_cookie(app, scheme: str = "http") -> str:
    client = TestApp(app, extra_environ={"wsgi.url_scheme": scheme, "HTTP_HOST": "localhost"})
    page = submit_login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert page.status_int == 303
    return next(value for name, value in page.headerlist if name == "Set-Cookie" and value.startswith("hpportal="))


def test_session_cookies_are_secure_over_https_and_not_over_http(app):
    assert "; secure" in session_cookie(app, "https").lower()
    assert "; secure" not in session_cookie(app, "http").lower()  # development over plain http works


def make(tmp_path, basic_database, **settings):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    return testing.make_app(testing.settings_for(directory, **settings))


@pytest.mark.parametrize(
    ("settings", "secure"),
    [
        ({"hpportal.public_url": "https://haiphong.gov.vn"}, True),
        ({"hpportal.public_url": "https://haiphong.gov.vn", "hpportal.secure_cookies": "false"}, False),
        ({"hpportal.secure_cookies": "true"}, True),
        ({"hpportal.public_url": "http://127.0.0.1:6543"}, False),
    ],
)
def test_secure_cookies_by_setting_over_http(tmp_path, basic_database, settings, secure):
    app = make(tmp_path, basic_database, **settings)
    try:
        assert ("; secure" in session_cookie(app).lower()) is secure
    finally:
        testing.database(app).close()
