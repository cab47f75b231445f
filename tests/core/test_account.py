"""The user's own account as they use it: profile, password change, log out everywhere, reset by email."""

from __future__ import annotations

import re
import shutil
import socket
import time

import pyotp
from pyramid_mailer.message import Message
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.mail import mailer_from_settings, outbox_of
from hpportal.core.portal import ROOT_KEY

EDITOR_EMAIL = "bientap@haiphong.gov.vn"
NEW_PASSWORD = "mật-khẩu-mới-của-tôi-2027"
SENT = "Nếu có tài khoản với tên đăng nhập hoặc địa chỉ thư điện tử đó"


def mail_settings(port: int) -> dict:
    return {"mail.host": "127.0.0.1", "mail.port": str(port)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_value(app, read):
    conn = testing.database(app).open()
    try:
        return read(conn.root()[ROOT_KEY])
    finally:
        conn.close()


def actions(app, target: str) -> list[str]:
    return site_value(app, lambda site: [e.action for e in reversed(list(site.audit.entries())) if e.target == target])


def set_editor_email(app) -> None:
    testing.populate(
        app, lambda root, registry: setattr(root[ROOT_KEY].principals.by_login("bientap"), "email", EDITOR_EMAIL)
    )


def logged_in(client: TestApp) -> bool:
    return client.get("/profile", expect_errors=True).status_int == 200


def try_login(app, login: str, password: str, address: str = "10.0.0.1"):
    client = TestApp(app, extra_environ={"REMOTE_ADDR": address})
    form = client.get("/login").forms["deform"]
    form["login"], form["password"] = login, password
    return client, form.submit("log_in")


def editor(app) -> TestApp:
    client = TestApp(app)
    testing.login(client, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    return client


# -- who may come here -----------------------------------------------------------


def test_anonymous_visitors_are_asked_to_log_in(testapp):
    for path in ("/profile", "/change-password"):
        assert "/login?came_from=" in testapp.get(path, status=303).location
    token = testapp.get("/login").forms["deform"]["csrf_token"].value
    testapp.post("/logout-everywhere", {"csrf_token": token}, status=403)


# -- profile ---------------------------------------------------------------------


def test_a_user_edits_their_own_profile(app):
    client = editor(app)
    page = client.get("/profile")
    assert "bientap" in page.text and "Tài khoản của bạn" in page.text
    form = page.forms["profile-form"]
    assert form["title"].value == "Biên tập viên"
    form["email"] = "không phải thư"
    page = form.submit("save")
    assert "Địa chỉ thư điện tử không hợp lệ" in page.text

    form = page.forms["profile-form"]
    form["title"] = "Nguyễn Thị Minh Anh"
    form["email"] = EDITOR_EMAIL
    form["phone"] = "0225 3842 000"
    form["unit"] = "Sở Thông tin và Truyền thông"
    page = form.submit("save")
    assert "Hãy nhập mật khẩu hiện tại để đổi địa chỉ thư điện tử" in page.text  # a stolen session is not enough
    form = page.forms["profile-form"]
    form["current_password"] = testing.EDITOR_PASSWORD
    page = form.submit("save").follow()
    assert "Đã lưu thay đổi" in page.text
    form = page.forms["profile-form"]
    assert (form["title"].value, form["email"].value, form["phone"].value, form["unit"].value) == (
        "Nguyễn Thị Minh Anh",
        EDITOR_EMAIL,
        "0225 3842 000",
        "Sở Thông tin và Truyền thông",
    )
    assert "Nguyễn Thị Minh Anh" in page.text  # the name in the menu
    assert actions(app, "bientap")[-1] == audit.USER_CHANGED


def test_log_out_everywhere_ends_every_session(app):
    here, there = editor(app), editor(app)
    page = here.get("/profile")
    home = page.forms["logout-everywhere-form"].submit("logout_everywhere").follow()
    assert "Bạn đã được đăng xuất trên mọi thiết bị" in home.text
    assert not logged_in(here) and not logged_in(there)
    assert audit.LOGOUT_EVERYWHERE in actions(app, "bientap")
    assert logged_in(editor(app))  # a new login works


# -- password change ---------------------------------------------------------------


def change_form(client, current, new, confirm=None):
    form = client.get("/change-password").forms["password-form"]
    form["current_password"] = current
    form["new_password"] = new
    form["confirm_password"] = new if confirm is None else confirm
    return form.submit("change")


def test_password_change_follows_the_policy(app):
    client = editor(app)
    page = change_form(client, testing.EDITOR_PASSWORD, "ngắn")
    assert "Mật khẩu cần có ít nhất 10 ký tự" in page.text
    page = change_form(client, testing.EDITOR_PASSWORD, "password123")
    assert "Mật khẩu này quá phổ biến" in page.text
    page = change_form(client, testing.EDITOR_PASSWORD, "bientap")
    assert "ít nhất 10 ký tự" in page.text
    page = change_form(client, testing.EDITOR_PASSWORD, NEW_PASSWORD, "khác hẳn mật khẩu mới")
    assert "Hai mật khẩu đã nhập không giống nhau" in page.text
    page = change_form(client, "không phải mật khẩu cũ", NEW_PASSWORD)
    assert "Mật khẩu hiện tại không đúng" in page.text
    assert audit.PASSWORD_CHANGED not in actions(app, "bientap")
    assert try_login(app, "bientap", testing.EDITOR_PASSWORD)[1].status_int == 303  # unchanged


def test_password_change_keeps_this_session_and_ends_the_others(app):
    here, there = editor(app), editor(app)
    page = change_form(here, testing.EDITOR_PASSWORD, NEW_PASSWORD).follow()
    assert "Mật khẩu của bạn đã được thay đổi" in page.text
    assert logged_in(here)
    assert not logged_in(there)
    assert audit.PASSWORD_CHANGED in actions(app, "bientap")
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in try_login(app, "bientap", testing.EDITOR_PASSWORD)[1].text
    client, answer = try_login(app, "bientap", NEW_PASSWORD)
    assert answer.status_int == 303 and logged_in(client)


# -- password reset by email --------------------------------------------------------


def ask_for_link(client: TestApp, who: str):
    page = client.get("/login").click(href="forgot-password")
    form = page.forms["forgot-form"]
    form["login"] = who
    return form.submit("send")


def link_in(message) -> str:
    body = message.get_content()
    return re.search(r"http://localhost/reset-password\?token=\S+", body).group(0)


def test_password_reset_over_real_smtp(mail_app, smtp):
    set_editor_email(mail_app)
    client = TestApp(mail_app)
    answer = ask_for_link(client, EDITOR_EMAIL)
    assert answer.status_int == 200 and SENT in answer.text

    [message] = smtp.messages
    assert smtp.recipients == [[EDITOR_EMAIL]]
    assert message["To"] == EDITOR_EMAIL and message["From"] == "no-reply@haiphong.gov.vn"
    assert message["Subject"].startswith("Đặt lại mật khẩu")
    assert message["Date"] and message["Message-ID"] and message["Auto-Submitted"] == "auto-generated"
    body = message.get_content()
    assert "Kính gửi Biên tập viên," in body and "một lần, trong vòng một giờ" in body
    link = link_in(message)
    assert actions(mail_app, "bientap") == [audit.PASSWORD_RESET_SENT]

    page = client.get(link.removeprefix("http://localhost"))
    assert page.headers["Referrer-Policy"] == "no-referrer"
    form = page.forms["reset-form"]
    form["new_password"] = form["confirm_password"] = "1234567890"
    page = form.submit("reset")
    assert "Mật khẩu này quá phổ biến" in page.text

    form = page.forms["reset-form"]
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD
    login_page = form.submit("reset").follow()
    assert login_page.request.path == "/login"
    assert "Vui lòng đăng nhập bằng mật khẩu mới" in login_page.text
    assert not logged_in(client)  # a reset never logs in
    assert actions(mail_app, "bientap")[-1] == audit.PASSWORD_RESET

    # The link worked once.
    page = client.get(link.removeprefix("http://localhost"))
    assert "Liên kết này không hợp lệ" in page.text and "reset-form" not in page.forms
    assert page.click(href="forgot-password").forms["forgot-form"]
    # The old password no longer works; the new one does.
    assert "không đúng" in try_login(mail_app, "bientap", testing.EDITOR_PASSWORD)[1].text
    assert try_login(mail_app, "bientap", NEW_PASSWORD)[1].status_int == 303


def test_an_unknown_account_gets_the_same_answer_and_no_mail(mail_app, smtp):
    set_editor_email(mail_app)
    known = ask_for_link(TestApp(mail_app), "bientap")
    unknown = ask_for_link(TestApp(mail_app), "ai-do@example.com")
    assert unknown.status_int == 200

    def main(page):
        return page.html.find("main").get_text(" ", strip=True)

    assert main(unknown) == main(known) and SENT in main(unknown)
    assert len(smtp.messages) == 1  # only the real account's
    assert site_value(mail_app, lambda site: len(site.principals.reset_tokens)) == 1


def test_reset_mails_to_one_person_are_limited(mail_app, smtp):
    set_editor_email(mail_app)
    answers = [ask_for_link(TestApp(mail_app), "bientap") for _ in range(5)]
    assert all(SENT in answer.text for answer in answers)  # the same answer every time
    assert len(smtp.messages) == 3  # but no more than three open links, so no flood of mails


def test_a_reset_keeps_the_second_factor_and_lifts_the_lock(mail_app, smtp):
    testing.populate(
        mail_app, lambda root, registry: setattr(root[ROOT_KEY].principals.by_login("admin"), "email", "qt@hp.gov.vn")
    )
    for n in range(5):  # from several addresses: the account waits (it is never locked, 12.28)
        try_login(mail_app, "admin", "sai mật khẩu", f"10.9.0.{n}")
    assert "Vui lòng đợi" in try_login(mail_app, "admin", testing.ADMIN_PASSWORD)[1].text

    ask_for_link(TestApp(mail_app), "admin")
    client = TestApp(mail_app)
    form = client.get(link_in(smtp.messages[0]).removeprefix("http://localhost")).forms["reset-form"]
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD
    form.submit("reset")
    assert not logged_in(client)

    client, answer = try_login(mail_app, "admin", NEW_PASSWORD)
    page = answer.follow()  # the account's wait is lifted at once; the second factor is still asked for
    form = page.forms["two-factor-form"]
    form["code"] = pyotp.TOTP(testing.ADMIN_TOTP).now()
    form.submit("verify")
    assert logged_in(client)


def test_a_link_expires_after_an_hour(mail_app, smtp, monkeypatch):
    set_editor_email(mail_app)
    ask_for_link(TestApp(mail_app), "bientap")
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3601)
    page = TestApp(mail_app).get(link_in(smtp.messages[0]).removeprefix("http://localhost"))
    assert "Liên kết này không hợp lệ" in page.text


def test_a_made_up_token_is_refused(testapp):
    page = testapp.get("/reset-password?token=bia-dat-ra")
    assert page.status_int == 200 and "Liên kết này không hợp lệ" in page.text


def test_an_unreachable_mail_server_gives_the_same_answer_and_the_link_waits_in_the_outbox(tmp_path, basic_database):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **mail_settings(free_port())))  # nobody listens
    try:
        set_editor_email(app)
        for who in ("bientap", "khong-co-ai"):  # the same answer for both: nothing to probe
            page = ask_for_link(TestApp(app), who)
            assert page.status_int == 200 and SENT in page.text and "hàng đợi" in page.text
        assert site_value(app, lambda site: len(site.principals.reset_tokens)) == 1
        assert [letter.to for letter in outbox_of(app.registry).letters()] == [EDITOR_EMAIL]
        assert audit.PASSWORD_RESET_SENT in actions(app, "bientap")
    finally:
        testing.database(app).close()


def test_long_vietnamese_messages_reach_a_strict_smtp_server(smtp, smtp_server):
    """repoze.sendmail sends bare LF line ends; the portal's mailer turns them into CRLF."""
    mailer = mailer_from_settings(mail_settings(smtp_server.port))
    body = "\n".join(f"Dòng thứ {n}: Cổng Thông tin điện tử thành phố Hải Phòng." for n in range(200))
    mailer.send_immediately(Message(subject="Thư dài", recipients=["a@haiphong.gov.vn"], body=body))
    [message] = smtp.messages
    assert message.get_content().rstrip("\n").splitlines() == body.splitlines()


def test_links_in_mail_use_the_configured_address_not_the_host_header(tmp_path, basic_database, smtp, smtp_server):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    settings = {**mail_settings(smtp_server.port), "hpportal.public_url": "https://haiphong.gov.vn/"}
    app = testing.make_app(testing.settings_for(directory, **settings))
    try:
        set_editor_email(app)
        forged = TestApp(app, extra_environ={"HTTP_HOST": "ke-gian.example"})
        ask_for_link(forged, "bientap")
        assert "https://haiphong.gov.vn/reset-password?token=" in smtp.messages[0].get_content()
        assert "ke-gian.example" not in smtp.messages[0].get_content()
    finally:
        testing.database(app).close()


def test_a_manager_sends_a_reset_link_instead_of_choosing_the_password(mail_app, smtp):
    admin = TestApp(mail_app)
    testing.login(admin)
    editor_id = site_value(mail_app, lambda site: site.principals.by_login("bientap").id)
    page = admin.get("/user", {"id": editor_id})
    page = page.forms["reset-link-form"].submit("send_link")
    assert "không có địa chỉ thư điện tử" in page.text and not smtp.messages

    set_editor_email(mail_app)
    page = admin.get("/user", {"id": editor_id}).forms["reset-link-form"].submit("send_link").follow()
    assert EDITOR_EMAIL in page.text
    [message] = smtp.messages
    editor = TestApp(mail_app)
    form = editor.get(link_in(message).removeprefix("http://localhost")).forms["reset-form"]
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD
    form.submit("reset")
    assert try_login(mail_app, "bientap", NEW_PASSWORD)[1].status_int == 303
