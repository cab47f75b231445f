"""Fixtures for the account tests: a real SMTP server (aiosmtpd) and the basic portal wired to it.

smtp (session: one server; its mailbox emptied per test) ─ mail_app (basic portal, mail.* -> smtp)
"""

from __future__ import annotations

import email
import shutil
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller

from hpportal import testing


class Mailbox:
    """An aiosmtpd handler keeping every message it accepts, parsed."""

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
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    controller.mailbox = mailbox
    yield controller
    controller.stop()


@pytest.fixture
def smtp(smtp_server) -> Mailbox:
    """The mailbox of the test SMTP server, empty at the start of the test."""
    smtp_server.mailbox.clear()
    return smtp_server.mailbox


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
