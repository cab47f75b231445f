"""Mail to a board's address arrives in its inbox through a real SMTP server, and only then is it accepted."""

from __future__ import annotations

import smtplib
import socket
import threading
from email.message import EmailMessage

import pytest
from waitress.server import create_server

from hpportal import testing
from hpportal.intake import smtp
from hpportal.intake.mail import item_of
from hpportal.intake.samples import DROP_SECRET

CITY = "congthongtindientu@haiphong.gov.vn"
SO_A = "tiepnhan.so-a@haiphong.gov.vn"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _addresses(root, registry):
    site = root["hpportal"]
    site["tiep-nhan"].address = CITY
    site["so-a"]["tiep-nhan"].address = SO_A


@pytest.fixture
def mail_server(intake_app):
    testing.populate(intake_app, _addresses)
    portal = create_server(intake_app, host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=portal.run, daemon=True).start()
    server = smtp.controller(f"http://127.0.0.1:{portal.effective_port}", DROP_SECRET, port=free_port(),
                             max_bytes=1024 * 1024)  # fmt: skip
    server.start()
    yield server
    server.stop()
    portal.close()


def letter(to: str, subject="Đề nghị đăng tin về Lễ hội Hoa Phượng Đỏ", attachment="Tờ trình số 12.pdf", size=2000):
    message = EmailMessage()
    message["From"] = "Nguyễn Thị Lan <lan.nguyen@example.vn>"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("Kính gửi Ban Biên tập,\nĐề nghị đăng tải thông tin kèm theo.")
    message.add_alternative("<p>Kính gửi <b>Ban Biên tập</b></p><script>alert(1)</script>", subtype="html")
    message.add_attachment(b"%PDF-1.4\n" + b"x" * size + b"\n%%EOF\n", maintype="application", subtype="pdf",
                           filename=attachment)  # fmt: skip
    return message


def inbox_items(app, portal_path: str):
    def read(site):
        inbox = site[portal_path]["tiep-nhan"] if portal_path else site["tiep-nhan"]
        return [(item.title, item.channel, item.sender_contact, item.body, sorted(f.filename for f in item.values()))
                for item in inbox.values()]  # fmt: skip

    return testing.read_site(app, read)


def test_a_mail_to_the_city_board_is_filed_in_its_inbox_with_its_vietnamese_file_name(mail_server, intake_app):
    with smtplib.SMTP(mail_server.hostname, mail_server.port) as client:
        refused = client.send_message(letter(CITY))
    assert refused == {}
    [(title, channel, sender, body, files)] = inbox_items(intake_app, "")
    assert title == "Đề nghị đăng tin về Lễ hội Hoa Phượng Đỏ" and channel == "email"
    assert sender == "lan.nguyen@example.vn"
    assert "Ban Biên tập" in body and "<script" not in body
    assert files == ["Tờ trình số 12.pdf"]
    assert inbox_items(intake_app, "so-a") == []


def test_a_component_portals_address_reaches_its_own_inbox(mail_server, intake_app):
    with smtplib.SMTP(mail_server.hostname, mail_server.port) as client:
        client.send_message(letter(SO_A.upper(), subject="Thư gửi Sở A"))
    assert [t for t, *_ in inbox_items(intake_app, "so-a")] == ["Thư gửi Sở A"]


def test_another_recipient_is_refused_at_rcpt_and_nothing_is_filed(mail_server, intake_app):
    with smtplib.SMTP(mail_server.hostname, mail_server.port) as client, pytest.raises(smtplib.SMTPRecipientsRefused):
        client.send_message(letter("ai-do@example.com"))
    assert inbox_items(intake_app, "") == []


def test_a_message_over_the_size_limit_is_refused(mail_server, intake_app):
    with smtplib.SMTP(mail_server.hostname, mail_server.port) as client, pytest.raises(smtplib.SMTPException):
        client.send_message(letter(CITY, size=2 * 1024 * 1024))
    assert inbox_items(intake_app, "") == []


def test_while_the_portal_does_not_answer_the_sender_is_told_to_try_again(mail_server, intake_app, monkeypatch):
    monkeypatch.setattr(mail_server.handler, "portal_url", f"http://127.0.0.1:{free_port()}")
    with smtplib.SMTP(mail_server.hostname, mail_server.port) as client:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.send_message(letter(CITY))
    assert refused.value.smtp_code == 451
    assert inbox_items(intake_app, "") == []


def test_names_in_rfc_2231_and_inline_images_are_kept():
    message = letter(CITY, attachment="Báo cáo tổng hợp ý kiến.pdf")
    html = message.get_body(preferencelist=("html",))
    html.add_related(b"\x89PNG\r\n\x1a\n" + b"0" * 64, maintype="image", subtype="png", cid="<anh1@example.vn>")
    item, files = item_of(bytes(message))
    names = [name for name, _data in files]
    assert "Báo cáo tổng hợp ý kiến.pdf" in names
    assert any(name.endswith(".png") for name in names), "the inline image is kept"
    assert item.title.startswith("Đề nghị đăng tin")
