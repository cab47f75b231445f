"""Fixtures: a real app over a real FileStorage in a temp dir (see hpportal.testing).

    app_settings ─ app (empty portal + admin, editor) ─ testapp ─ admin_app (logged in)
    demo_app (session: the whole demo city, read-only) ─ demo_testapp
"""

from __future__ import annotations

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.demo.build import build_demo


@pytest.fixture
def app_settings(tmp_path):
    return testing.settings_for(tmp_path / "var")


@pytest.fixture
def app(app_settings):
    app = testing.make_app(app_settings)
    testing.populate(app, testing.basic_portal)
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
    testing.populate(app, lambda root, registry: build_demo(root, registry))
    yield app
    testing.database(app).close()


@pytest.fixture
def demo_testapp(demo_app):
    return TestApp(demo_app)
