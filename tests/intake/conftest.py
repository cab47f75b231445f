"""Fixtures of the intake: the boards portal (``/so-a``, ``/so-b``) with an inbox on every portal.

``intake_app`` ─ the boards database, each component portal given its inbox as the upgrade gives it.
``person(login)`` ─ a WebTest browser logged in as that account (``admin`` or a board login).
``authority`` ─ the test CA whose root is the portal's one trust root (``hpportal.trust_roots``).
"""

from __future__ import annotations

import shutil

import pytest
from pdfsigning import Authority
from webtest import TestApp

from hpportal import testing
from hpportal.intake import ensure_inbox
from hpportal.intake.samples import DROP_SECRET


def _inboxes(root, registry):
    site = root["hpportal"]
    for name in ("so-a", "so-b"):
        ensure_inbox(site[name], registry)


@pytest.fixture(scope="session")
def authority():
    return Authority.make()


@pytest.fixture
def intake_app(tmp_path, boards_database, authority):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    roots = authority.write_root(tmp_path / "trust-roots")
    settings = {"hpportal.intake.secret": DROP_SECRET, "hpportal.trust_roots": str(roots)}
    app = testing.make_app(testing.settings_for(directory, **settings))
    testing.populate(app, _inboxes)
    yield app
    testing.database(app).close()


@pytest.fixture
def person(intake_app):
    def make(login: str) -> TestApp:
        browser = TestApp(intake_app)
        if login == testing.ADMIN_LOGIN:
            testing.login(browser)
        elif login == testing.EDITOR_LOGIN:
            testing.login(browser, login, testing.EDITOR_PASSWORD)
        else:
            testing.login(browser, login, testing.BOARD_PASSWORD)
        return browser

    return make
