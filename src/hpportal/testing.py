"""Helpers for tests: an app over a real FileStorage in a folder, a portal with known accounts."""

from __future__ import annotations

import email
import io
import socket
import time
from datetime import datetime
from email import policy
from pathlib import Path

import pyotp
import transaction
from webtest import TestApp

import hpportal
from hpportal.core import settings as site_settings
from hpportal.core.boards import create_board
from hpportal.core.bootstrap import add_manager, create_portal
from hpportal.core.localroles import grant
from hpportal.core.media import File
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.principals import User
from hpportal.core.security import (
    APPROVER,
    COLLABORATOR,
    EDITOR,
    INSPECTOR,
    SITE_MANAGER,
    allowed_tokens_for,
    user_principal,
)
from hpportal.core.starter import add_starter_sections
from hpportal.core.workflow import force_state
from hpportal.news.models import NewsArticle, Section

#: The checkout the tests run in (this file is its src/hpportal/testing.py). The portal itself never looks
#: there: the tests hand it the checkout's site policy as the shipped .ini files do, with %(here)s.
CHECKOUT = Path(__file__).resolve().parents[2]
SITE_POLICY = {name: path.replace("%(here)s", str(CHECKOUT)) for name, path in site_settings.SITE_POLICY.items()}
#: The Fernet key of the tests only (citizen ID numbers in Hỏi - Đáp).
QA_KEY = "aHBwb3J0YWwtdGVzdC1rZXktbm90LWZvci1wcm9kISE="

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "mật-khẩu-quản-trị-2026"
ADMIN_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # the test Administrator's enrolled second factor
EDITOR_LOGIN = "bientap"
EDITOR_PASSWORD = "mật-khẩu-biên-tập-2026"
#: The password of every account made by :func:`two_portals`.
BOARD_PASSWORD = "mật-khẩu-ban-biên-tập-2026"
#: The enrolled second factor of every Site Manager made by :func:`two_portals`.
BOARD_TOTP = "KRSXG5CTMVRXEZLUKN2XAZLSONSWG4TF"
#: What an anonymous visitor is in the ``allowed`` index.
ANONYMOUS_TOKENS = allowed_tokens_for(None)


def settings_for(directory: Path, **extra) -> dict:
    directory.mkdir(parents=True, exist_ok=True)
    return {
        "zodbconn.uri": f"file://{directory}/Data.fs?blobstorage_dir={directory}/blobs",
        "hpportal.secret": "test-secret-" + "x" * 40,
        "hpportal.page_cache_size": "0",
        "hpportal.allowed_hosts": "localhost 127.0.0.1:6543",  # WebTest's host: reset links may be built from it
        "mail.queue_path": str(directory / "mail-queue"),
        "hpportal.upload_tmp_dir": str(directory / "tmp-uploads"),
        "hpportal.mail.sender_thread": "false",  # each request sends its mail after commit; tests run the rest
        "hpportal.qa.key": QA_KEY,
        **SITE_POLICY,
        # Cheap hashes for test accounts only; the portal's default cost stays in force elsewhere.
        "hpportal.argon2_time_cost": "1",
        "hpportal.argon2_memory_kib": "1024",
        **extra,
    }


class Mailbox:
    """An aiosmtpd handler keeping every message it accepts, parsed (the tests' mail server)."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"

    def clear(self) -> None:
        self.messages.clear()
        self.recipients.clear()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing answers on port {port}")


def make_app(settings: dict):
    """The app on ``settings``; the checkout's site policy and the tests' Q&A key unless they name others."""
    defaults = dict(SITE_POLICY)
    if not settings.get("hpportal.qa.key_file"):
        defaults["hpportal.qa.key"] = QA_KEY
    return hpportal.main({}, **{**defaults, **settings})


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


def read_site(app, read):
    """``read(site)`` on a connection of its own: what is stored now, as a new request would see it."""
    conn = database(app).open()
    try:
        return read(conn.root()[ROOT_KEY])
    finally:
        conn.close()


def basic_portal(root, registry):
    """A portal with an Administrator (second factor enrolled) and an Editor of the city portal."""
    portal = create_portal(root, registry, title="Cổng Thông tin điện tử thành phố Hải Phòng")
    admin = add_manager(portal, ADMIN_LOGIN, ADMIN_PASSWORD)
    admin.totp_secret = ADMIN_TOTP
    editor = portal.principals.add_user(User(EDITOR_LOGIN, "Biên tập viên", password=EDITOR_PASSWORD))
    grant(portal, user_principal(editor.id), EDITOR, registry=registry)
    return portal


#: The accounts of :func:`two_portals`: login -> (portal name or None for global, role).
BOARD_ACCOUNTS = {
    "thanhtra": (None, INSPECTOR),
    "quantri-tp": (None, SITE_MANAGER),
    **{
        f"{portal}-{short}": (portal, role)
        for portal in ("so-a", "so-b")
        for short, role in (("ctv", COLLABORATOR), ("btv", EDITOR), ("pd", APPROVER), ("qt", SITE_MANAGER))
    },
}


def two_portals(root, registry):
    """The basic portal plus two component portals, ``/so-a`` and ``/so-b``, each with its board.

    Each holds a section ``tin-tuc`` with one article ``bai-1``. The board members are
    :data:`BOARD_ACCOUNTS` (password :data:`BOARD_PASSWORD`); every Site Manager has
    :data:`BOARD_TOTP` enrolled. ``thanhtra`` is a global Inspector, ``quantri-tp`` the city Site Manager.
    """
    portal = basic_portal(root, registry)
    principals = portal.principals
    boards = {}
    for name, title in (("so-a", "Sở A"), ("so-b", "Sở B")):
        sub = SubPortal(title=title)
        portal.add(name, sub, registry=registry)
        add_starter_sections(sub, registry, only=("hoi-dap", "van-ban"))
        sub.add("tin-tuc", Section(title="Tin tức"), registry=registry)
        sub["tin-tuc"].add(
            "bai-1", NewsArticle(title=f"Tin của {title}", body=f"<p>Bài viết của {title}.</p>"), registry=registry
        )
        publish(sub["tin-tuc"]["bai-1"], registry)
        boards[name] = create_board(sub, principals, registry=registry)
    for login_name, (where, role) in BOARD_ACCOUNTS.items():
        home = portal[where].uid if where else None
        user = User(login_name, login_name, email=f"{login_name}@haiphong.gov.vn", home=home, password=BOARD_PASSWORD)
        if where is None:
            user.roles = frozenset({role})
        principals.add_user(user)
        if where is not None:
            principals.add_member(boards[where][role], user)
        if role == SITE_MANAGER:
            user.totp_secret = BOARD_TOTP
    return portal


def totp_code(app, login: str, secret: str) -> str:
    """A code of ``secret`` the portal will still accept for ``login``: codes work once, so after a
    login in the same 30 seconds this is the code of a later step (waiting for it when needed)."""
    conn = database(app).open()
    try:
        user = conn.root()[ROOT_KEY].principals.by_login(login)
        last = user.totp_last_step if user is not None else 0
    finally:
        conn.close()
    totp = pyotp.TOTP(secret)
    step = max(totp.timecode(datetime.now()) - 1, last + 1)
    while step > totp.timecode(datetime.now()) + 1:  # the portal accepts one step of drift: wait
        time.sleep(1)
    return totp.generate_otp(step)


def login(testapp: TestApp, login: str = ADMIN_LOGIN, password: str = ADMIN_PASSWORD, *, totp: str | None = None):
    """Log in through the login page, giving the second factor when asked (enrolling when needed)."""
    page = testapp.get("/login")
    form = page.forms["deform"]
    form["login"] = login
    form["password"] = password
    page = form.submit("log_in").maybe_follow()
    if "two-factor-form" in page.forms:
        secret = totp or (ADMIN_TOTP if login == ADMIN_LOGIN else BOARD_TOTP)
        form = page.forms["two-factor-form"]
        form["code"] = totp_code(testapp.app, login, secret)
        page = form.submit("verify").maybe_follow()
    elif "enrol-form" in page.forms:
        secret = page.html.find(id="totp-secret").get_text().replace(" ", "").strip()
        form = page.forms["enrol-form"]
        form["code"] = pyotp.TOTP(secret).now()
        page = form.submit("enrol").maybe_follow()
    return page


def last_transaction(app) -> bytes:
    return database(app).storage.lastTransaction()


# -- a portal made by the ``hpportal`` command, for the command tests --------------------------

PORTAL_INI = (
    """[app:main]
use = egg:hpportal
zodbconn.uri = file://{var}/Data.fs?blobstorage_dir={var}/blobs
hpportal.secret = {secret}
hpportal.argon2_time_cost = 1
hpportal.argon2_memory_kib = 1024
"""
    + f"hpportal.qa.key = {QA_KEY}\n"
    + "".join(f"{name} = {path}\n" for name, path in SITE_POLICY.items())
)


def command_ini(uri: str, var: Path) -> str:
    """A portal's .ini on any storage (``uri``: zeo://, postgresql …), as a shipped one names its settings."""
    text = PORTAL_INI.format(var=var, secret="s" * 40)
    text = text.replace(f"zodbconn.uri = file://{var}/Data.fs?blobstorage_dir={var}/blobs", f"zodbconn.uri = {uri}")
    return text + f"mail.queue_path = {var}/mail-queue\n"


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def change(ini, work):
    """Run ``work(site, registry)`` on the database of ``ini`` in a committed transaction; its result."""
    app = make_app(
        {
            "zodbconn.uri": f"file://{ini.parent}/var/Data.fs?blobstorage_dir={ini.parent}/var/blobs",
            "hpportal.secret": "s" * 40,
        }
    )
    db = database(app)
    tm = transaction.TransactionManager()
    conn = db.open(transaction_manager=tm)
    try:
        with tm:
            result = work(conn.root()[ROOT_KEY], app.registry)
    finally:
        conn.close()
        db.close()
    return result


def publish(obj, registry) -> None:
    """Put ``obj`` in the published state of its workflow, as an approval would."""
    force_state(obj, "published", registry=registry)


def add_document(site, registry, name="van-ban", title="Kế hoạch năm 2027"):
    if "tai-lieu" not in site:
        site.add("tai-lieu", Section(title="Tài liệu"), registry=registry)
    document = File(title=title)
    document.upload(io.BytesIO(PDF), f"{name}.pdf")
    site["tai-lieu"].add(name, document, registry=registry)


def take_step(browser: TestApp, url: str, transition: str, comment: str = "", status=303):
    """Press the workflow button ``transition`` on the page at ``url``, as its user would."""
    page = browser.get(url)
    form = next(f for f in page.forms.values() if f.action.endswith("/transition"))
    form["comment"] = comment
    return form.submit("transition", value=transition, status=status)


def publish_through_web(browser: TestApp, url: str) -> None:
    """Submit, then approve the draft at ``url`` (a user who may do both: an Administrator, say)."""
    take_step(browser, url, "submit")
    take_step(browser, url, "approve")
