"""Fixtures for the account tests: the basic portal wired to the real SMTP server of tests/conftest.py."""

from __future__ import annotations

import shutil

import pytest

from hpportal import testing


def mail_settings(port: int) -> dict:
    return {"mail.host": "127.0.0.1", "mail.port": str(port), "mail.default_sender": "no-reply@haiphong.gov.vn"}


@pytest.fixture
def mail_app(tmp_path, basic_database, smtp_server):
    """The basic portal sending its mail to :func:`smtp`."""
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **mail_settings(smtp_server.port)))
    yield app
    testing.database(app).close()
