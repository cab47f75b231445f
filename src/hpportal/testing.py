"""Helpers for tests: an app over a real FileStorage in a folder, a portal with known accounts."""

from __future__ import annotations

from pathlib import Path

import transaction
from webtest import TestApp

import hpportal
from hpportal.core.bootstrap import add_manager, create_portal
from hpportal.core.principals import User

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "mật-khẩu-quản-trị-2026"
EDITOR_LOGIN = "bientap"
EDITOR_PASSWORD = "mật-khẩu-biên-tập-2026"


def settings_for(directory: Path, **extra) -> dict:
    directory.mkdir(parents=True, exist_ok=True)
    return {
        "zodbconn.uri": f"file://{directory}/Data.fs?blobstorage_dir={directory}/blobs",
        "hpportal.secret": "test-secret-" + "x" * 40,
        "hpportal.page_cache_size": "0",
        # Cheap hashes for test accounts only; the portal's default cost stays in force elsewhere.
        "hpportal.argon2_time_cost": "1",
        "hpportal.argon2_memory_kib": "1024",
        **extra,
    }


def make_app(settings: dict):
    return hpportal.main({}, **settings)


def database(app):
    return app.registry._zodb_databases[""]


def populate(app, build) -> None:
    """Run ``build(root, registry)`` in its own transaction on the app's database."""
    tm = transaction.TransactionManager()
    conn = database(app).open(transaction_manager=tm)
    try:
        with tm:
            build(conn.root(), app.registry)
    finally:
        conn.close()


def basic_portal(root, registry):
    """A portal with an Administrator and an Editor (global roles)."""
    portal = create_portal(root, registry, title="Cổng Thông tin điện tử thành phố Hải Phòng")
    add_manager(portal, ADMIN_LOGIN, ADMIN_PASSWORD)
    portal.principals.add_user(User(EDITOR_LOGIN, "Biên tập viên", roles={"Editor"}, password=EDITOR_PASSWORD))
    return portal


def login(testapp: TestApp, login: str = ADMIN_LOGIN, password: str = ADMIN_PASSWORD):
    page = testapp.get("/login")
    form = page.forms["deform"]
    form["login"] = login
    form["password"] = password
    return form.submit("log_in").maybe_follow()


def last_transaction(app) -> bytes:
    return database(app).storage.lastTransaction()
