"""Outgoing mail: every message goes through the outbox (:mod:`hpportal.core.outbox`), after commit.

Build a message with :func:`make_message` and hand it to :func:`queue_mail`, or do both with
:func:`send_mail`. The message is queued when the transaction commits (nothing of a rolled-back
or retried attempt is sent), sent right after the commit, and retried with a growing delay
while the server cannot take it; Administrators see what waits or failed on the "Thư đi" page.
Header values are cleaned: a line break in a title never makes a header the mail library refuses.

Settings: ``mail.host`` (default ``localhost``), ``mail.port`` (25),
``mail.default_sender`` (``no-reply@haiphong.gov.vn``), pyramid_mailer's
other ``mail.*`` options (``username``, ``password``, ``tls``, ``ssl``), ``mail.queue_path`` (the
outbox directory, default ``mail-queue`` beside ``Data.fs``), ``hpportal.mail.sender_thread`` (``true``: the app
process sends and retries by itself), ``hpportal.mail.interval`` (seconds between its rounds, 30),
``hpportal.mail.retry_delay`` / ``hpportal.mail.max_retry_delay`` (the first and the longest delay
between attempts, 60 and 1800 s), ``hpportal.mail.give_up_hours`` (72), and
``hpportal.public_url``, the address links in mail start with.

repoze.sendmail hands smtplib the message as bytes with bare LF line ends,
which smtplib does not fix for bytes and strict servers (aiosmtpd among
them) refuse once a message has a long enough body; :class:`CRLFSMTP` turns
every line end into CRLF, as SMTP requires.
"""

from __future__ import annotations

import re
import smtplib
import unicodedata
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import unquote, urlsplit

import transaction
from pyramid.events import NewRequest
from pyramid.exceptions import ConfigurationError
from pyramid.settings import asbool
from pyramid_mailer.interfaces import IMailer
from pyramid_mailer.mailer import Mailer, SMTP_SSLMailer
from pyramid_mailer.message import Message

from hpportal.core.outbox import Outbox, Sender

DEFAULTS = {
    "mail.host": "localhost",
    "mail.port": "25",
    "mail.default_sender": "no-reply@haiphong.gov.vn",
}

_BARE_LF = re.compile(rb"(?<!\r)\n")
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")


class MailNotSent(Exception):
    """The message could not be put in the outbox (no valid address, the queue cannot be written)."""


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
    given = {k: v for k, v in settings.items() if v not in (None, "") and k != "mail.queue_path"}
    mailer = Mailer.from_settings({**DEFAULTS, **given})
    smtp_mailer = mailer.smtp_mailer
    smtp_mailer.smtp = CRLFSMTP_SSL if isinstance(smtp_mailer, SMTP_SSLMailer) else CRLFSMTP
    smtp_mailer.smtp_ssl = CRLFSMTP_SSL
    return mailer


def queue_path(settings) -> Path:
    """``mail.queue_path``; else ``mail-queue`` beside a FileStorage's ``Data.fs`` (every shipped .ini sets it)."""
    configured = settings.get("mail.queue_path")
    if configured:
        return Path(configured)
    uri = urlsplit(settings.get("zodbconn.uri") or "")
    if uri.scheme == "file" and uri.path:
        return Path(unquote(uri.path)).parent / "mail-queue"
    raise ConfigurationError("mail.queue_path is not set: add `mail.queue_path = %(here)s/var/mail-queue` to the .ini")


def outbox_from_settings(settings, mailer: Mailer | None = None) -> Outbox:
    """The outbox of :func:`queue_path`, sending through ``mailer`` (default: one from the ``mail.*`` settings)."""
    return Outbox(
        queue_path(settings),
        mailer or mailer_from_settings(settings),
        base_delay=float(settings.get("hpportal.mail.retry_delay") or 60),
        max_delay=float(settings.get("hpportal.mail.max_retry_delay") or 1800),
        give_up_after=float(settings.get("hpportal.mail.give_up_hours") or 72) * 3600,
    )


#: Hosts a link may be built from when ``hpportal.public_url`` is empty (``hpportal.allowed_hosts``).
DEFAULT_ALLOWED_HOSTS = "127.0.0.1:6543 localhost:6543"


class UntrustedHost(MailNotSent):
    """No address of the portal to put in a link: ``hpportal.public_url`` is empty and the request's
    ``Host`` is not one of ``hpportal.allowed_hosts``."""


def _host_port(text: str, default_port: int) -> tuple[str, int] | None:
    name, _colon, port = text.strip().lower().rpartition(":") if ":" in text else (text.strip().lower(), "", "")
    if port and not port.isdigit():
        return None
    return name, int(port) if port else default_port


def host_allowed(request) -> bool:
    """Is the request's ``Host`` one of ``hpportal.allowed_hosts`` (``name`` or ``name:port``)?"""
    default = 443 if request.scheme == "https" else 80
    setting = request.registry.settings.get("hpportal.allowed_hosts")
    entries = (DEFAULT_ALLOWED_HOSTS if setting is None else setting).split()
    here = _host_port(request.host, default)
    return here is not None and here in {_host_port(entry, default) for entry in entries}


def trusted_url(request) -> str | None:
    """The portal's address for links that must not be forged (a password reset): ``hpportal.public_url``,
    else this request's address when its ``Host`` is allowed, else ``None``."""
    configured = (request.registry.settings.get("hpportal.public_url") or "").strip().rstrip("/")
    if configured:
        return configured
    return request.application_url if host_allowed(request) else None


def public_url(request) -> str:
    """The portal's address for links in mail: ``hpportal.public_url`` when set, else this request's.

    Set it in production: a link built from the request's ``Host`` header could be made, by a
    forged header, to point a link at someone else's site (password reset links use
    :func:`trusted_url`, which refuses).
    """
    configured = (request.registry.settings.get("hpportal.public_url") or "").strip().rstrip("/")
    return configured or request.application_url


def get_mailer(request) -> Mailer:
    return request.registry.getUtility(IMailer)


def clean_header(value) -> str:
    """``value`` on one line, without control characters: safe as a header (a title may hold a line break)."""
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in str(value or ""))
    return " ".join(text.split())


def clean_address(value) -> str:
    """A single address with nothing around it; :class:`MailNotSent` when ``value`` is not one."""
    address = str(value or "").strip()
    if not _ADDRESS.fullmatch(address) or any(unicodedata.category(c).startswith("C") for c in address):
        raise MailNotSent(f"not an email address: {address!r}")
    return address


def make_message(registry, *, to: str, subject: str, body: str, sender: str | None = None) -> Message:
    """A plain-text message to ``to`` with cleaned headers, dated, with a Message-ID, marked as automatic."""
    sender = clean_address(sender or registry.getUtility(IMailer).default_sender or DEFAULTS["mail.default_sender"])
    headers = {
        "Date": formatdate(usegmt=True),
        "Message-ID": make_msgid(domain=sender.rpartition("@")[2] or None),
        "Auto-Submitted": "auto-generated",  # RFC 3834: no vacation replies to a robot
    }
    return Message(
        subject=clean_header(subject), sender=sender, recipients=[clean_address(to)], body=body, extra_headers=headers
    )


def queue_mail(request_or_registry, message: Message, *, tm=None) -> list[str]:
    """Put ``message`` in the outbox when the transaction commits, and try to send it right after.

    ``request_or_registry``: a request (its transaction, ``request.tm``) or the registry (then the
    transaction of ``tm``, default the thread's). Nothing is sent if the transaction aborts; a
    server that cannot take it delays it (the outbox retries), and never undoes the transaction.
    Returns the message's names in the outbox (:meth:`Outbox.letter` tells what became of them);
    :class:`MailNotSent` when the message cannot be queued.
    """
    registry = getattr(request_or_registry, "registry", request_or_registry)
    if tm is None:
        tm = getattr(request_or_registry, "tm", None) or transaction.manager
    outbox = outbox_of(registry)
    try:
        names = outbox.queue(message, tm)
    except (OSError, ValueError) as error:
        raise MailNotSent(str(error)) from error

    def after(committed: bool) -> None:
        if committed:
            outbox.send(names)

    tm.get().addAfterCommitHook(after)
    return names


def send_mail(request_or_registry, *, to: str, subject: str, body: str, tm=None) -> list[str]:
    """:func:`make_message` then :func:`queue_mail`: the usual way to mail one person."""
    registry = getattr(request_or_registry, "registry", request_or_registry)
    return queue_mail(request_or_registry, make_message(registry, to=to, subject=subject, body=body), tm=tm)


def outbox_of(registry) -> Outbox:
    return registry.mail_outbox


def _start_sender(sender: Sender):
    def on_request(event) -> None:
        if not sender.running:  # the first request starts it: commands that load the app do not
            sender.start()

    return on_request


def includeme(config):
    # What ``config.include("pyramid_mailer")`` does, with the mailer built by :func:`mailer_from_settings`.
    settings = config.get_settings()
    mailer = mailer_from_settings(settings)
    config.registry.registerUtility(mailer, IMailer)
    config.add_request_method(get_mailer, "mailer", reify=True)
    config.registry.mail_outbox = outbox = outbox_from_settings(settings, mailer)
    if asbool(settings.get("hpportal.mail.sender_thread", True)):
        sender = Sender(outbox, float(settings.get("hpportal.mail.interval") or 30))
        config.registry.mail_sender = sender
        config.add_subscriber(_start_sender(sender), NewRequest)
