"""``hpportal intake-smtp``: a real SMTP server (aiosmtpd) for the boards' intake addresses.

It accepts mail only for the addresses the portal names (``mail-addresses``; other recipients are refused
at RCPT with 550), refuses a message over the size limit (552), and hands each accepted message to the
running portal (``mail-drop``, see :mod:`hpportal.intake.mail`). The sender is told 250 only once the
portal has committed the item; when the portal does not answer, 451 asks the sender's server to try
again later, so nothing is lost while the database is briefly unavailable.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request

from aiosmtpd.controller import Controller

from hpportal.intake.drop import HEADER
from hpportal.intake.mail import MAIL_ADDRESSES, MAIL_DROP, RECIPIENT_HEADER

DEFAULT_PORT = 2525
DEFAULT_MAX_MB = 25
REFRESH_SECONDS = 30  # how often an unknown recipient makes the server ask the portal again


class PortalDown(Exception):
    pass


class IntakeHandler:
    """aiosmtpd's handler: RCPT checks the address, DATA hands the message to the portal."""

    def __init__(self, portal_url: str, secret: str, *, timeout: float = 60):
        self.portal_url, self.secret, self.timeout = portal_url.rstrip("/"), secret, timeout
        self.addresses: set[str] = set()
        self.fetched = 0.0

    def _request(self, name: str, data: bytes | None = None, headers=None):
        request = urllib.request.Request(f"{self.portal_url}/{name}", data=data, method="POST" if data else "GET",
                                         headers={HEADER: self.secret, **(headers or {})})  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as answer:
            return answer.code, answer.read()
        except (urllib.error.URLError, OSError) as error:
            raise PortalDown(str(error)) from None

    def refresh(self) -> None:
        status, body = self._request(MAIL_ADDRESSES)
        if status != 200:
            raise PortalDown(f"the portal answered {status} for the addresses (is the intake secret the same?)")
        self.addresses = set(json.loads(body)["addresses"])
        self.fetched = time.monotonic()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd)
        wanted = address.strip().lower()
        if wanted not in self.addresses and time.monotonic() - self.fetched > REFRESH_SECONDS:
            try:
                await asyncio.to_thread(self.refresh)
            except PortalDown:
                return "451 4.3.0 The portal is not answering; try again later"
        if wanted not in self.addresses:
            return "550 5.1.1 No editorial board has this address"
        envelope.rcpt_tos.append(wanted)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd)
        for recipient in envelope.rcpt_tos:
            try:
                status, body = await asyncio.to_thread(
                    self._request, MAIL_DROP, envelope.original_content or envelope.content,
                    {RECIPIENT_HEADER: recipient, "Content-Type": "message/rfc822"},
                )  # fmt: skip
            except PortalDown:
                return "451 4.3.0 The portal is not answering; try again later"
            if status == 422:
                return "554 5.6.0 " + json.loads(body).get("refused", "The message was refused")[:200]
            if status != 201:
                return f"451 4.3.0 The portal answered {status}; try again later"
        return "250 Message filed in the board's inbox"


def controller(portal_url: str, secret: str, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
               max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024) -> Controller:  # fmt: skip
    """The SMTP server (not started); it asks the portal for the addresses as it starts."""
    handler = IntakeHandler(portal_url, secret)
    handler.refresh()
    return Controller(handler, hostname=host, port=port, data_size_limit=max_bytes, enable_SMTPUTF8=True)
