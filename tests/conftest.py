"""Fixtures: a real app over a real FileStorage in a temp dir (see hpportal.testing).

app_settings ─ app (empty portal + admin, editor) ─ testapp ─ admin_app (logged in)
demo_app (session: the whole demo city, read-only) ─ demo_testapp
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile

# Compiled templates are kept between apps and runs: every test makes a new app (and registry).
os.environ.setdefault("CHAMELEON_CACHE", os.path.join(tempfile.gettempdir(), "hpportal-chameleon-cache"))
os.makedirs(os.environ["CHAMELEON_CACHE"], exist_ok=True)

import pytest
from aiosmtpd.controller import Controller
from webtest import TestApp

from hpportal import testing
from hpportal.demo.build import build_demo


@pytest.fixture(scope="session")
def basic_database(tmp_path_factory):
    """A database holding the basic portal, made once (password hashing is slow on purpose) and copied per test."""
    directory = tmp_path_factory.mktemp("basic") / "var"
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, testing.basic_portal)
    testing.database(app).close()
    return directory


@pytest.fixture
def app_settings(tmp_path, basic_database):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    return testing.settings_for(directory)


@pytest.fixture
def app(app_settings):
    app = testing.make_app(app_settings)
    yield app
    testing.database(app).close()


@pytest.fixture
def testapp(app):
    return TestApp(app)


@pytest.fixture
def admin_app(app):
    browser = TestApp(app)
    testing.login(browser)
    return browser


@pytest.fixture(scope="session")
def demo_app(tmp_path_factory):
    """The demo city, built once per test session. Tests using it must not change it."""
    app = testing.make_app(testing.settings_for(tmp_path_factory.mktemp("demo") / "var"))
    logins = []
    testing.populate(app, lambda root, registry: logins.extend(build_demo(root, registry)))
    app.demo_logins = {login: (password, role) for login, password, role in logins}
    yield app
    testing.database(app).close()


@pytest.fixture
def demo_testapp(demo_app):
    return TestApp(demo_app)


@pytest.fixture(scope="session")
def boards_database(tmp_path_factory):
    """The basic portal plus /so-a and /so-b with their boards (see ``testing.two_portals``), copied per test."""
    directory = tmp_path_factory.mktemp("boards") / "var"
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, testing.two_portals)
    testing.database(app).close()
    return directory


@pytest.fixture
def boards_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    yield app
    testing.database(app).close()


@pytest.fixture
def browser_as(boards_app):
    """``browser_as("so-a-btv")``: a WebTest browser logged in as that board account."""

    def make(login_name: str) -> TestApp:
        browser = TestApp(boards_app)
        if login_name == testing.ADMIN_LOGIN:
            testing.login(browser)
        else:
            testing.login(browser, login_name, testing.BOARD_PASSWORD)
        return browser

    return make


# -- a real SMTP server (aiosmtpd): smtp_server (one per session), smtp (its mailbox, emptied per test)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    mailbox = testing.Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    controller.mailbox = mailbox
    yield controller
    controller.stop()


@pytest.fixture
def smtp(smtp_server) -> testing.Mailbox:
    """The mailbox of the test SMTP server, empty at the start of the test."""
    smtp_server.mailbox.clear()
    return smtp_server.mailbox
