"""Logging in as a user would: lockout, the second factor, recovery codes, enrolment, session rotation."""

from __future__ import annotations

import re
import shutil
import time
from datetime import datetime, timedelta

import pyotp
import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.localroles import grant
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import LOCK_SECONDS, User
from hpportal.core.security import SITE_MANAGER, user_principal
from hpportal.core.timezone import LOCAL_TZ

LOCKED = "Đăng nhập đã bị tạm khoá đến"
WRONG = "Tên đăng nhập hoặc mật khẩu không đúng"
WAIT = "Vui lòng đợi"
MANAGER_PASSWORD = "mật-khẩu-quản-trị-cổng-2026"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)


def move_clock(monkeypatch, seconds: float) -> None:
    """Make ``time.time()`` run ``seconds`` ahead for the rest of the test."""
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + seconds)


def browser(app, address: str | None = None) -> TestApp:
    return TestApp(app, extra_environ={"REMOTE_ADDR": address} if address else {})


def submit_login(client: TestApp, login: str, password: str):
    form = client.get("/login").forms["deform"]
    form["login"] = login
    form["password"] = password
    return form.submit("log_in")


def audit_entries(app) -> list:
    conn = testing.database(app).open()
    try:
        return list(conn.root()[ROOT_KEY].audit.entries())
    finally:
        conn.close()


def actions(app, target: str | None = None) -> list[str]:
    """Audit actions, oldest first (of one target when given)."""
    return [e.action for e in reversed(audit_entries(app)) if target is None or e.target == target]


def change_user(app, login: str, change) -> None:
    testing.populate(app, lambda root, registry: change(root[ROOT_KEY].principals.by_login(login)))


def add_user(app, login: str, *, roles=(), local_site_manager_on_root=False) -> None:
    def build(root, registry):
        site = root[ROOT_KEY]
        user = site.principals.add_user(User(login, "Người quản trị", roles=roles, password=MANAGER_PASSWORD))
        if local_site_manager_on_root:
            grant(site, user_principal(user.id), SITE_MANAGER, registry=registry)

    testing.populate(app, build)


def _redirects(client: TestApp) -> bool:
    return client.get("/profile", expect_errors=True).status_int in (302, 303)


def enrol(page):
    """Answer the enrolment form with the secret shown on the page; return (secret, answer page)."""
    secret = page.html.find(id="totp-secret").get_text().replace(" ", "").strip()
    form = page.forms["enrol-form"]
    form["code"] = pyotp.TOTP(secret).now()
    return secret, form.submit("enrol")


# -- lockout -----------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_from_that_address_even_for_the_right_one(app, monkeypatch):
    attacker = browser(app, "10.0.0.1")
    for _attempt in range(5):
        page = submit_login(attacker, testing.EDITOR_LOGIN, "sai mật khẩu")
        assert page.status_int == 200
    assert WRONG not in page.text and LOCKED in page.text  # the fifth failure already says so

    page = submit_login(attacker, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert page.status_int == 200 and LOCKED in page.text
    until = datetime.now(LOCAL_TZ) + timedelta(seconds=LOCK_SECONDS)
    shown = re.search(r"khoá đến (\d\d:\d\d \d\d/\d\d/\d{4})", page.text).group(1)
    assert shown in {(until - timedelta(minutes=m)).strftime("%H:%M %d/%m/%Y") for m in (0, 1)}
    assert _redirects(attacker)  # not logged in

    assert actions(app, testing.EDITOR_LOGIN) == [audit.LOGIN_FAILED] * 5 + [audit.LOCKOUT]
    lockout = [e for e in audit_entries(app) if e.action == audit.LOCKOUT][0]
    assert lockout.detail == f"pair:{testing.EDITOR_LOGIN}|10.0.0.1, addr:10.0.0.1, login:{testing.EDITOR_LOGIN}"
    assert lockout.address == "10.0.0.1"

    # From elsewhere the owner only waits a moment (12.28), then logs in; other accounts are not affected.
    move_clock(monkeypatch, 3)
    testing.login(browser(app, "10.0.0.99"), testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    testing.login(browser(app, "10.0.0.99"))


def test_a_lock_ends_after_fifteen_minutes(app, monkeypatch):
    client = browser(app, "10.0.0.7")
    for _ in range(5):
        submit_login(client, testing.EDITOR_LOGIN, "sai mật khẩu")
    assert LOCKED in submit_login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD).text

    move_clock(monkeypatch, LOCK_SECONDS + 1)
    page = submit_login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert page.status_int == 303
    assert actions(app, testing.EDITOR_LOGIN)[-1] == audit.LOGIN


def test_five_failures_from_one_address_lock_that_address(app):
    attacker = browser(app, "192.0.2.10")
    for name in ("a1", "a2", "a3", testing.EDITOR_LOGIN, "a5"):  # different accounts, real or not
        page = submit_login(attacker, name, "đoán thử mật khẩu")
    assert LOCKED in page.text

    # From that address even the right password of an untouched account is refused...
    page = submit_login(attacker, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD)
    assert LOCKED in page.text and "two-factor-form" not in page.text
    # ... while the same account logs in from elsewhere.
    home = testing.login(browser(app, "192.0.2.20"))
    assert "Quản trị hệ thống" in home.text

    lockout = [e for e in audit_entries(app) if e.action == audit.LOCKOUT]
    assert [e.detail for e in lockout] == ["addr:192.0.2.10"]


def test_wrong_second_factor_codes_count_as_failed_logins(app, monkeypatch):
    client = browser(app, "10.0.1.1")
    page = submit_login(client, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).follow()
    for _ in range(5):
        form = page.forms["two-factor-form"]
        form["code"] = "000000"
        page = form.submit("verify")
    assert page.status_int == 200 and LOCKED in page.text
    assert "two-factor-form" not in page.forms
    assert actions(app, testing.ADMIN_LOGIN) == [audit.TWO_FACTOR_FAILED] * 5 + [audit.LOCKOUT]
    # From that address the right password and code do not help until the lock ends.
    assert LOCKED in submit_login(browser(app, "10.0.1.1"), testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).text
    # From another, the account only waits a moment: it is not locked (12.28).
    assert WAIT in submit_login(browser(app, "10.0.1.2"), testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).text
    move_clock(monkeypatch, 3)
    page = submit_login(browser(app, "10.0.1.2"), testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD)
    assert page.location.endswith("/login-code")


# -- the second factor ---------------------------------------------------------


def test_login_with_password_then_code(testapp, app):
    page = submit_login(testapp, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD)
    assert page.status_int == 303 and page.location.endswith("/login-code")
    page = page.follow()
    assert "Xác thực hai lớp" in page.text
    # Between the two steps the user is not logged in.
    testapp.get("/contents", status=303)

    form = page.forms["two-factor-form"]
    form["code"] = "123456"
    page = form.submit("verify")
    assert page.status_int == 200 and "Mã không đúng" in page.text

    form = page.forms["two-factor-form"]
    form["code"] = pyotp.TOTP(testing.ADMIN_TOTP).now()
    home = form.submit("verify").follow()
    assert "Quản trị hệ thống" in home.text
    testapp.get("/contents", status=200)
    assert actions(app, testing.ADMIN_LOGIN) == [audit.TWO_FACTOR_FAILED, audit.LOGIN]


def test_the_code_page_goes_back_to_where_the_user_was_going(testapp):
    page = testapp.get("/contents").follow()  # the login page, with came_from
    form = page.forms["deform"]
    form["login"], form["password"] = testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD
    form = form.submit("log_in").follow().forms["two-factor-form"]
    form["code"] = pyotp.TOTP(testing.ADMIN_TOTP).now()
    assert form.submit("verify").location == "http://localhost/contents"


def test_a_pending_login_expires_after_five_minutes(testapp, monkeypatch):
    page = submit_login(testapp, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).follow()
    move_clock(monkeypatch, 301)
    form = page.forms["two-factor-form"]
    form["code"] = pyotp.TOTP(testing.ADMIN_TOTP).now()
    page = form.submit("verify").follow()
    assert page.request.path == "/login"
    assert "Đăng nhập đã quá lâu" in page.text


def test_a_code_page_without_a_password_sends_to_login(testapp):
    assert testapp.get("/login-code").location.startswith("http://localhost/login")


def test_an_enrolled_user_cannot_enrol_again_instead_of_giving_the_code(testapp):
    submit_login(testapp, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD)
    assert testapp.get("/two-factor-setup").location.endswith("/login-code")


def test_a_recovery_code_works_once(app):
    codes = []
    change_user(app, testing.ADMIN_LOGIN, lambda user: codes.extend(user.new_recovery_codes()))

    client = browser(app)
    form = submit_login(client, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).follow().forms["two-factor-form"]
    form["code"] = codes[3].upper()
    home = form.submit("verify").follow()
    assert "Bạn đã đăng nhập bằng một mã khôi phục" in home.text and "Còn 9 mã" in home.text
    assert audit.RECOVERY_CODE_USED in actions(app, testing.ADMIN_LOGIN)

    again = browser(app)
    form = submit_login(again, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).follow().forms["two-factor-form"]
    form["code"] = codes[3]
    page = form.submit("verify")
    assert "Mã không đúng" in page.text
    assert _redirects(again)


# -- enrolment ---------------------------------------------------------------------


def test_a_site_manager_without_second_factor_must_enrol(app):
    add_user(app, "quantri-moi", roles={SITE_MANAGER})
    client = browser(app)
    page = submit_login(client, "quantri-moi", MANAGER_PASSWORD)
    assert page.location.endswith("/two-factor-setup")
    page = page.follow()
    assert "Thiết lập xác thực hai lớp" in page.text
    assert "<svg" in page.text and 'class="qr-code"' in page.text  # the QR code, drawn here
    assert not INLINE_SCRIPT.search(page.text)
    assert _redirects(client)  # not logged in before enrolling

    form = page.forms["enrol-form"]
    form["code"] = "000000"
    page = form.submit("enrol")
    assert "Mã không đúng" in page.text

    secret, page = enrol(page)
    assert page.status_int == 200
    codes = [li.get_text().strip() for li in page.html.find(id="recovery-codes").find_all("li")]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert "chỉ hiển thị một lần" in page.text
    assert not INLINE_SCRIPT.search(page.text)
    assert client.get("/profile").status_int == 200  # logged in
    assert actions(app, "quantri-moi") == [audit.LOGIN, audit.TWO_FACTOR_ENABLED]

    # From now on the code is asked for.
    again = browser(app)
    page = submit_login(again, "quantri-moi", MANAGER_PASSWORD).follow()
    form = page.forms["two-factor-form"]
    conn = testing.database(app).open()
    used_step = conn.root()[ROOT_KEY].principals.by_login("quantri-moi").totp_last_step
    conn.close()
    form["code"] = pyotp.TOTP(secret).generate_otp(used_step)  # the code given at enrolment
    page = form.submit("verify")
    assert "Mã không đúng" in page.text  # a code works once
    form = page.forms["two-factor-form"]
    form["code"] = testing.totp_code(app, "quantri-moi", secret)
    form.submit("verify").follow()
    assert again.get("/profile").status_int == 200


def test_testing_login_enrols_when_asked(app):
    add_user(app, "quantri-moi", roles={SITE_MANAGER})
    client = browser(app)
    page = testing.login(client, "quantri-moi", MANAGER_PASSWORD)
    assert "recovery-codes" in page.text
    assert client.get("/profile").status_int == 200


def test_a_site_manager_by_local_role_on_the_city_portal_must_enrol(app):
    add_user(app, "quantri-cuc-bo", local_site_manager_on_root=True)
    page = submit_login(browser(app), "quantri-cuc-bo", MANAGER_PASSWORD)
    assert page.location.endswith("/two-factor-setup")


def test_a_board_site_manager_must_enrol_but_not_an_editor(boards_app):
    change_user(boards_app, "so-a-qt", lambda user: setattr(user, "totp_secret", None))
    page = submit_login(browser(boards_app), "so-a-qt", testing.BOARD_PASSWORD).follow()
    assert "enrol-form" in page.forms

    editor = browser(boards_app)
    page = submit_login(editor, "so-a-btv", testing.BOARD_PASSWORD)
    assert page.location == "http://localhost/so-a/"  # their own portal
    assert editor.get("/profile").status_int == 200


def test_two_factor_can_be_made_optional_by_setting(tmp_path, basic_database):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **{"hpportal.require_two_factor": "false"}))
    try:
        add_user(app, "quantri-moi", roles={SITE_MANAGER})
        assert submit_login(browser(app), "quantri-moi", MANAGER_PASSWORD).location == "http://localhost/"
    finally:
        testing.database(app).close()


def test_a_logged_in_user_enrols_again_from_the_profile(admin_app, app):
    page = admin_app.get("/profile").click(href="two-factor-setup")
    assert "enrol-form" in page.forms
    secret = page.html.find(id="totp-secret").get_text().replace(" ", "")
    assert secret != testing.ADMIN_TOTP

    form = page.forms["enrol-form"]
    form["password"] = "không phải mật khẩu"
    form["code"] = pyotp.TOTP(secret).now()
    page = form.submit("enrol")
    assert "Mật khẩu hiện tại không đúng" in page.text
    assert page.html.find(id="totp-secret").get_text().replace(" ", "") == secret  # the same secret again

    form = page.forms["enrol-form"]
    form["password"] = testing.ADMIN_PASSWORD
    form["code"] = pyotp.TOTP(secret).now()
    page = form.submit("enrol")
    assert page.html.find(id="recovery-codes") is not None

    client = browser(app)
    testing.login(client, totp=secret)
    assert client.get("/profile").status_int == 200


# -- sessions ------------------------------------------------------------------------


def test_the_session_changes_at_login(testapp):
    page = testapp.get("/login")
    before_cookie = testapp.cookies.get("hpportal")  # none: the login form's token needs no session
    before_token = page.forms["deform"]["csrf_token"].value
    form = page.forms["deform"]
    form["login"], form["password"] = testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD
    form.submit("log_in")
    assert testapp.cookies["hpportal"] != before_cookie
    after_token = testapp.get("/profile").forms["profile-form"]["csrf_token"].value
    assert after_token != before_token


def test_the_session_changes_between_password_and_code(testapp):
    before_token = testapp.get("/login").forms["deform"]["csrf_token"].value
    page = submit_login(testapp, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD).follow()
    assert page.forms["two-factor-form"]["csrf_token"].value != before_token


def test_logout_is_audited(app):
    client = browser(app)
    home = testing.login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    [form] = [f for f in home.forms.values() if f.action.endswith("/logout")]
    form.submit().follow()
    assert actions(app, testing.EDITOR_LOGIN) == [audit.LOGIN, audit.LOGOUT]
    assert _redirects(client)


@pytest.mark.parametrize("path", ["/login", "/login-code"])
def test_login_pages_have_no_inline_script(app, path):
    client = browser(app)
    if path == "/login-code":
        submit_login(client, testing.ADMIN_LOGIN, testing.ADMIN_PASSWORD)
    page = client.get(path)
    assert page.status_int == 200
    assert not INLINE_SCRIPT.search(page.text)
    assert "no-store" in page.headers["Cache-Control"]
