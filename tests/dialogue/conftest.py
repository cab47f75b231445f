"""Fixtures of the dialogue tests: the boards portal with a dialogues section on every portal and a plan on /so-a.

``dialogue_app`` ─ the plan is a draft; ``announced_app`` ─ it is announced (questions open).
"""

from __future__ import annotations

import shutil
from functools import partial

import pytest
from dl_helpers import add_dialogues

from hpportal import testing
from hpportal.core import clock


def _app(tmp_path, boards_database, smtp_server, state):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    mail = {"mail.host": "127.0.0.1", "mail.port": str(smtp_server.port), "mail.default_sender": "no-reply@hp.vn"}
    app = testing.make_app(testing.settings_for(directory, **mail))
    testing.populate(app, partial(add_dialogues, state=state))
    return app


@pytest.fixture
def dialogue_app(tmp_path, boards_database, smtp_server):
    app = _app(tmp_path, boards_database, smtp_server, "draft")
    yield app
    testing.database(app).close()


@pytest.fixture
def announced_app(tmp_path, boards_database, smtp_server):
    app = _app(tmp_path, boards_database, smtp_server, "announced")
    yield app
    testing.database(app).close()


@pytest.fixture(autouse=True)
def real_clock():
    yield
    clock.set_clock(None)
