"""Password-reset links are never built from a forged Host header (issue 12.23)."""

from __future__ import annotations

import logging
import re
import shutil
import time

import pytest
from test_account import EDITOR_EMAIL, SENT, set_editor_email
from test_auth import actions
from webtest import TestApp

from conftest import mail_settings
from hpportal import testing
from hpportal.core import audit
from hpportal.core.portal import ROOT_KEY


def ask_with_host(app, host: str, who: str = "bientap"):
    client = TestApp(app, extra_environ={"HTTP_HOST": host})
    form = client.get("/forgot-password").forms["forgot-form"]
    form["login"] = who
    return form.submit("send")


def open_links(app) -> int:
    conn = testing.database(app).open()
    try:
        principals = conn.root()[ROOT_KEY].principals
        return principals.open_reset_tokens(principals.by_login("bientap"), time.time())
    finally:
        conn.close()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:6543", "localhost.evil.example", "localhost:8080"])
def test_a_forged_host_gets_the_usual_answer_and_no_link_is_sent(mail_app, smtp, host, caplog):
    set_editor_email(mail_app)
    with caplog.at_level(logging.WARNING, logger="hpportal.core.views.account"):
        page = ask_with_host(mail_app, host)
    assert page.status_int == 200 and SENT in page.text  # the same neutral answer
    assert smtp.messages == []
    assert open_links(mail_app) == 0 and audit.PASSWORD_RESET_SENT not in actions(mail_app)
    assert any("allowed_hosts" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("host", ["localhost", "localhost:80", "127.0.0.1:6543"])
def test_an_allowed_host_gets_a_link_to_itself(mail_app, smtp, host):
    set_editor_email(mail_app)
    assert SENT in ask_with_host(mail_app, host).text
    (message,) = smtp.messages
    assert message["To"] == EDITOR_EMAIL
    base = "http://" + host.removesuffix(":80")
    assert re.search(re.escape(base) + r"/reset-password\?token=\S+", message.get_content())


@pytest.fixture
def public_app(tmp_path, basic_database, smtp_server):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    settings = testing.settings_for(directory, **mail_settings(smtp_server.port))
    settings["hpportal.public_url"] = "https://haiphong.gov.vn/"
    settings.pop("hpportal.allowed_hosts", None)  # the shipped default: only the development addresses
    app = testing.make_app(settings)
    yield app
    testing.database(app).close()


def test_the_configured_address_is_used_whatever_the_host(public_app, smtp):
    set_editor_email(public_app)
    assert SENT in ask_with_host(public_app, "evil.example").text
    (message,) = smtp.messages
    body = message.get_content()
    assert "https://haiphong.gov.vn/reset-password?token=" in body and "evil" not in body


def test_without_the_setting_only_the_development_addresses_are_allowed(tmp_path, basic_database, smtp_server, smtp):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    settings = testing.settings_for(directory, **mail_settings(smtp_server.port))
    settings.pop("hpportal.allowed_hosts", None)
    app = testing.make_app(settings)
    try:
        set_editor_email(app)
        ask_with_host(app, "localhost")
        assert smtp.messages == []
        ask_with_host(app, "127.0.0.1:6543")
        assert len(smtp.messages) == 1
    finally:
        testing.database(app).close()
