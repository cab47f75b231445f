"""Fixtures of the procedures catalogue: the boards portal (``/so-a``, ``/so-b``) with ``sv_helpers.PROCEDURES``.

``services_app`` ─ the boards database, every portal's Dịch vụ công section, the procedures; ``citizen`` browses it.
"""

from __future__ import annotations

import shutil

import pytest
from sv_helpers import add_catalogue, add_procedures
from webtest import TestApp

from hpportal import testing


@pytest.fixture
def services_var(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    return directory


@pytest.fixture
def make_services_app(services_var):
    apps = []

    def make(**settings):
        app = testing.make_app(testing.settings_for(services_var, **settings))
        if not apps:
            testing.populate(app, add_procedures)
            testing.populate(app, add_catalogue)
        apps.append(app)
        return app

    yield make
    for app in apps:
        testing.database(app).close()


@pytest.fixture
def services_app(make_services_app):
    return make_services_app()


@pytest.fixture
def citizen(services_app):
    return TestApp(services_app)
