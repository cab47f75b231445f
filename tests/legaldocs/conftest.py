"""Fixtures of the documents database: the boards portal (``/so-a``, ``/so-b``) with a few documents.

``documents_app`` ─ the boards database plus ``ld_helpers.DOCUMENTS`` published in the city's and Sở A's sections.
"""

from __future__ import annotations

import shutil

import pytest
from ld_helpers import add_city_documents
from webtest import TestApp

from hpportal import testing


@pytest.fixture
def documents_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, add_city_documents)
    yield app
    testing.database(app).close()


@pytest.fixture
def citizen(documents_app):
    return TestApp(documents_app)


@pytest.fixture
def person(documents_app):
    def make(login: str) -> TestApp:
        browser = TestApp(documents_app)
        if login == testing.ADMIN_LOGIN:
            testing.login(browser)
        else:
            testing.login(browser, login, testing.BOARD_PASSWORD)
        return browser

    return make
