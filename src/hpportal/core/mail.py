"""Outgoing mail (pyramid_mailer over SMTP): password reset links.

Settings: ``mail.host`` (default ``localhost``), ``mail.port`` (25),
``mail.default_sender`` (``no-reply@haiphong.gov.vn``), pyramid_mailer's
other ``mail.*`` options (``username``, ``password``, ``tls``, ``ssl``), and
``hpportal.public_url``, the address links in mail start with.

Messages are sent with ``send_immediately``, inside the request, rather than
with the transactional ``send``: the transactional delivery talks to the SMTP
server while the transaction finishes, after the page is rendered, so a
server that cannot be reached would turn into an error page (or a silent
loss) instead of a message the person can act on. Sending inside the view
lets it say "the mail could not be sent, try again later" and abort its
changes. The price: when the commit that follows fails and the request is
retried, the retry sends a second mail and the first one's link does not
work; the views therefore send last, when nothing but the commit is left.

repoze.sendmail hands smtplib the message as bytes with bare LF line ends,
which smtplib does not fix for bytes and strict servers (aiosmtpd among
them) refuse once a message has a long enough body; :class:`CRLFSMTP` turns
every line end into CRLF, as SMTP requires.
"""

from __future__ import annotations

import re
import smtplib
from email.utils import formatdate, make_msgid

from pyramid_mailer.interfaces import IMailer
from pyramid_mailer.mailer import Mailer, SMTP_SSLMailer
from pyramid_mailer.message import Message

DEFAULTS = {
    "mail.host": "localhost",
    "mail.port": "25",
    "mail.default_sender": "no-reply@haiphong.gov.vn",
}

_BARE_LF = re.compile(rb"(?<!\r)\n")


class MailNotSent(Exception):
    """The SMTP server could not be reached or refused the message."""


class _CRLFLines:
    def sendmail(self, from_addr, to_addrs, msg, *args, **kw):
        if isinstance(msg, bytes | bytearray):
            msg = _BARE_LF.sub(b"\r\n", bytes(msg))
        return super().sendmail(from_addr, to_addrs, msg, *args, **kw)


class CRLFSMTP(_CRLFLines, smtplib.SMTP):
    """``smtplib.SMTP`` sending CRLF line ends whatever it is given."""


class CRLFSMTP_SSL(_CRLFLines, smtplib.SMTP_SSL):  # noqa: N801 - named after smtplib's class
    """``smtplib.SMTP_SSL`` sending CRLF line ends whatever it is given."""


def mailer_from_settings(settings) -> Mailer:
    """pyramid_mailer's ``Mailer`` from the ``mail.*`` settings, with the portal's defaults and CRLF line ends."""
    mailer = Mailer.from_settings({**DEFAULTS, **{k: v for k, v in settings.items() if v not in (None, "")}})
    smtp_mailer = mailer.smtp_mailer
    smtp_mailer.smtp = CRLFSMTP_SSL if isinstance(smtp_mailer, SMTP_SSLMailer) else CRLFSMTP
    smtp_mailer.smtp_ssl = CRLFSMTP_SSL
    return mailer


def public_url(request) -> str:
    """The portal's address for links in mail: ``hpportal.public_url`` when set, else this request's.

    Set it in production: a link built from the request's ``Host`` header could be made, by a
    forged header, to point a password reset link at someone else's site.
    """
    configured = (request.registry.settings.get("hpportal.public_url") or "").strip().rstrip("/")
    return configured or request.application_url


def get_mailer(request) -> Mailer:
    return request.registry.getUtility(IMailer)


def send_now(request, *, to: str, subject: str, body: str) -> None:
    """Send a plain-text message now; :class:`MailNotSent` when the server cannot take it."""
    sender = request.mailer.default_sender or DEFAULTS["mail.default_sender"]
    headers = {
        "Date": formatdate(usegmt=True),
        "Message-ID": make_msgid(domain=sender.rpartition("@")[2] or None),
        "Auto-Submitted": "auto-generated",  # RFC 3834: no vacation replies to a robot
    }
    message = Message(subject=subject, sender=sender, recipients=[to], body=body, extra_headers=headers)
    try:
        request.mailer.send_immediately(message)
    except (OSError, smtplib.SMTPException) as error:
        raise MailNotSent(str(error)) from error


def server_reachable(request) -> bool:
    """Whether the SMTP server answers (a connection and a NOOP; nothing is sent)."""
    try:
        connection = request.mailer.smtp_mailer.smtp_factory()
        try:
            code, _message = connection.noop()
        finally:
            connection.close()
    except (OSError, smtplib.SMTPException):
        return False
    return 200 <= code < 300


def includeme(config):
    # What ``config.include("pyramid_mailer")`` does, with the mailer built by :func:`mailer_from_settings`.
    config.registry.registerUtility(mailer_from_settings(config.get_settings()), IMailer)
    config.add_request_method(get_mailer, "mailer", reify=True)
