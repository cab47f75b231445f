"""One outbox for every mail: queued when the transaction commits, sent after it, retried while the mail server is
down, shown to Administrators ("Thư đi") with "send again", and never a header the mail library refuses."""

from __future__ import annotations

import shutil
import time

import pytest
import transaction
from aiosmtpd.controller import Controller
from pyramid.config import Configurator
from webtest import TestApp
from ZODB.POSException import ConflictError

from hpportal import testing
from hpportal.core import audit
from hpportal.core.mail import make_message, outbox_of, queue_mail, queue_path, send_mail
from hpportal.core.outbox import Sender
from hpportal.core.portal import ROOT_KEY
from hpportal.scripts.main import main

EDITOR_EMAIL = "bientap@haiphong.gov.vn"


def mail_settings(port: int) -> dict:
    return {"mail.host": "127.0.0.1", "mail.port": str(port), "mail.default_sender": "no-reply@haiphong.gov.vn"}


@pytest.fixture
def down_port():
    """A port nobody listens on (yet): the mail server is down."""
    return testing.free_port()


@pytest.fixture
def down_app(tmp_path, basic_database, down_port):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **mail_settings(down_port)))
    testing.populate(
        app, lambda root, registry: setattr(root[ROOT_KEY].principals.by_login("bientap"), "email", EDITOR_EMAIL)
    )
    yield app
    testing.database(app).close()


@pytest.fixture
def server_back(down_port):
    """``server_back()``: the mail server comes up on the port it was expected on; returns its mailbox."""
    controllers = []

    def start() -> testing.Mailbox:
        mailbox = testing.Mailbox()
        controller = Controller(mailbox, hostname="127.0.0.1", port=down_port)
        controller.start()
        controllers.append(controller)
        return mailbox

    yield start
    for controller in controllers:
        controller.stop()


def ask_for_link(app, who: str = "bientap"):
    form = TestApp(app).get("/forgot-password").forms["forgot-form"]
    form["login"] = who
    return form.submit("send")


def reset_token_count(app) -> int:
    conn = testing.database(app).open()
    try:
        return len(conn.root()[ROOT_KEY].principals.reset_tokens)
    finally:
        conn.close()


def test_a_transaction_that_fails_after_queueing_sends_nothing(mail_app, smtp):
    tm = transaction.TransactionManager()

    def failing_step():
        with tm:
            send_mail(mail_app.registry, to="a@haiphong.gov.vn", subject="Không được đi", body="…", tm=tm)
            raise RuntimeError("the step fails after its mail was queued")

    with pytest.raises(RuntimeError, match="fails after its mail"):
        failing_step()
    with tm:
        send_mail(mail_app.registry, to="b@haiphong.gov.vn", subject="Được đi", body="Nội dung.", tm=tm)
    outbox = outbox_of(mail_app.registry)
    assert smtp.recipients == [["b@haiphong.gov.vn"]]
    assert smtp.messages[0]["Subject"] == "Được đi" and smtp.messages[0].get_content().strip() == "Nội dung."
    assert outbox.letters() == [] and list((outbox.path / "tmp").iterdir()) == []


def test_a_retried_request_mails_one_code_the_one_that_was_kept(mail_app, smtp):
    """A request retried after a conflict mails only what its committed attempt queued."""
    attempts = []

    def conflict_once(committed_tm):
        attempts.append(1)
        if len(attempts) == 1:
            raise ConflictError("the first attempt collides with another writer")

    def view(request):
        send_mail(request, to="a@haiphong.gov.vn", subject=f"Mã số {len(attempts) + 1}", body="…")
        request.tm.get().addBeforeCommitHook(conflict_once, (request.tm,))
        return request.response

    config = Configurator(registry=mail_app.registry)
    config.add_route("probe-mail", "/probe-mail")
    config.add_view(view, route_name="probe-mail", require_csrf=False)
    config.commit()
    TestApp(mail_app).get("/probe-mail")
    assert len(attempts) == 2
    assert [m["Subject"] for m in smtp.messages] == ["Mã số 2"]


def test_a_line_break_in_a_title_does_not_drop_the_mail(mail_app, smtp):
    tm = transaction.TransactionManager()
    with tm:
        message = make_message(
            mail_app.registry, to="a@haiphong.gov.vn", subject="Câu hỏi\r\nBcc: ke-gian@example.com", body="…"
        )
        queue_mail(mail_app.registry, message, tm=tm)
    assert smtp.recipients == [["a@haiphong.gov.vn"]]
    assert smtp.messages[0]["Subject"] == "Câu hỏi Bcc: ke-gian@example.com" and smtp.messages[0]["Bcc"] is None


def test_mail_waits_while_the_server_is_down_is_shown_to_administrators_and_goes_when_it_is_back(down_app, server_back):
    page = ask_for_link(down_app)
    assert "đã được đưa vào hàng đợi" in page.text  # honest: queued, not "sent"
    assert reset_token_count(down_app) == 1  # the link is kept: its mail will go
    outbox = outbox_of(down_app.registry)
    [letter] = outbox.letters()
    assert letter.to == EDITOR_EMAIL and letter.attempts == 1 and "Connection refused" in letter.error

    admin = TestApp(down_app)
    testing.login(admin)
    assert "Thư đi" in admin.get("/").text  # the menu leads there
    waiting = admin.get("/outbox").html.select_one("#waiting-mail").text
    assert EDITOR_EMAIL in waiting and "Connection refused" in waiting and "Đặt lại mật khẩu" in waiting

    outbox.send_due()  # the delay has not passed: not tried again
    assert outbox.letters()[0].attempts == 1
    mailbox = server_back()
    assert outbox.send_due(now=time.time() + 61) == 1
    [message] = mailbox.messages
    assert mailbox.recipients == [[EDITOR_EMAIL]] and "reset-password?token=" in message.get_content()
    assert outbox.letters() == []
    assert "Không có thư nào đang chờ" in admin.get("/outbox").text


def test_the_delay_grows_between_attempts(down_app):
    ask_for_link(down_app)
    outbox = outbox_of(down_app.registry)
    now = time.time()
    for _attempt in range(4):
        now = outbox.letters()[0].next_attempt.timestamp() + 1
        outbox.send_due(now=now)
    letter = outbox.letters()[0]
    assert letter.attempts == 5 and 959 <= letter.next_attempt.timestamp() - now <= 961  # 60 s, 120, 240, 480, 960


def test_the_sender_thread_sends_when_the_server_is_back(down_app, server_back):
    outbox = outbox_of(down_app.registry)
    outbox.base_delay = 0  # no waiting in a test
    ask_for_link(down_app)
    assert outbox.letters()[0].attempts == 1
    mailbox = server_back()
    sender = Sender(outbox, interval=0.1)
    sender.start()
    try:
        deadline = time.monotonic() + 20
        while not mailbox.messages and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        sender.stop()
    assert mailbox.recipients == [[EDITOR_EMAIL]] and outbox.letters() == []


def test_the_command_sends_what_waits(down_app, server_back, capsys, tmp_path):
    ask_for_link(down_app)
    settings = down_app.registry.settings
    ini = tmp_path / "portal.ini"
    keys = ("zodbconn.uri", "mail.host", "mail.port", "mail.queue_path", "hpportal.secret", "hpportal.qa.key")
    policy = "".join(f"{name} = {path}\n" for name, path in testing.SITE_POLICY.items())
    ini.write_text("[app:main]\nuse = egg:hpportal\n" + "".join(f"{k} = {settings[k]}\n" for k in keys) + policy)
    assert main(["-c", str(ini), "send-mail"]) == 1  # not due yet, and the server is still down
    assert "Sent 0 messages; 1 waiting, 0 failed." in capsys.readouterr().out
    mailbox = server_back()
    assert main(["-c", str(ini), "send-mail", "--now"]) == 0
    assert "Sent 1 messages; 0 waiting, 0 failed." in capsys.readouterr().out
    assert mailbox.recipients == [[EDITOR_EMAIL]]


class Refusing(testing.Mailbox):
    """A server that does not know one recipient (a permanent refusal) until told otherwise."""

    refused = True

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd's hook
        if self.refused:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_refused_message_is_listed_as_failed_and_an_administrator_sends_it_again(down_app, down_port):
    handler = Refusing()
    controller = Controller(handler, hostname="127.0.0.1", port=down_port)
    controller.start()
    try:
        ask_for_link(down_app)
        outbox = outbox_of(down_app.registry)
        [letter] = outbox.letters()
        assert letter.failed and letter.error == f"{EDITOR_EMAIL}: 550 5.1.1 No such user"
        admin = TestApp(down_app)
        testing.login(admin)
        assert "Thư đi (1 thư lỗi)" in admin.get("/").text
        page = admin.get("/outbox")
        failed = page.html.select_one("#failed-mail").text
        assert EDITOR_EMAIL in failed and "No such user" in failed
        handler.refused = False  # the address was fixed on the server
        page = page.forms["outbox-form"].submit("retry", index=0).follow()
        assert "Đã gửi lại: 1 thư." in page.text and "Không có thư nào lỗi." in page.text
        assert handler.recipients == [[EDITOR_EMAIL]]
        conn = testing.database(down_app).open()
        try:
            entries = list(conn.root()[ROOT_KEY].audit.entries())
        finally:
            conn.close()
        assert [(e.action, e.target) for e in entries][0] == (audit.MAIL_RETRIED, EDITOR_EMAIL)
    finally:
        controller.stop()


def test_only_administrators_see_the_outbox(mail_app):
    browser = TestApp(mail_app)
    testing.login(browser, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert browser.get("/outbox", expect_errors=True).status_int == 403
    assert "Thư đi" not in browser.get("/").text


def test_the_outbox_lives_beside_the_database_unless_configured(tmp_path):
    uri = f"file://{tmp_path}/var/Data.fs?blobstorage_dir={tmp_path}/var/blobs"
    assert queue_path({"zodbconn.uri": uri}) == tmp_path / "var" / "mail-queue"
    assert queue_path({"zodbconn.uri": uri, "mail.queue_path": str(tmp_path / "q")}) == tmp_path / "q"
