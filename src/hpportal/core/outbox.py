"""The outbox: every mail of the portal waits in a maildir queue until an SMTP server has taken it.

A message enters the queue (``new/``) only when the transaction that wrote it commits
(repoze.sendmail's transaction-aware data manager): a step that is rolled back, or a request
that is retried, sends nothing of its aborted attempt. Right after the commit the request tries
to send what it queued; what the server does not take stays queued and is retried with a growing
delay by the sender thread of the app process (:class:`Sender`) or by ``hpportal send-mail``.
A message the server refuses for good (5xx), or that could not go for
``hpportal.mail.give_up_hours``, moves to ``failed/``, where an Administrator sees it and may put
it back in the queue. The directory stays readable by repoze.sendmail's own queue processor.

Layout of ``mail.queue_path``: ``tmp/`` (written, not yet committed), ``new/`` (waiting),
``cur/`` (being sent: a sender claims a message by renaming it here), ``failed/``, and
``state/`` (one JSON file per message that has failed an attempt: attempts, next try, last error).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import smtplib
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.generator import Generator
from email.header import Header, decode_header, make_header
from email.parser import Parser
from pathlib import Path

from repoze.sendmail.delivery import MailDataManager, QueuedMailDelivery

log = logging.getLogger(__name__)

#: A claim older than this is from a sender that died while sending: the message is queued again.
STALE_CLAIM = 600
#: Uncommitted files older than this are left over from a transaction that never finished.
STALE_TMP = 86400


@dataclass(frozen=True)
class Letter:
    """One message of the outbox, as the Administrators' page lists it."""

    name: str
    to: str
    subject: str
    queued: datetime
    attempts: int
    next_attempt: datetime | None
    error: str
    failed: bool


class _Delivery(QueuedMailDelivery):
    """repoze.sendmail's queued delivery, writing under a name the outbox knows (to send it right after commit)."""

    def __init__(self, outbox: Outbox, transaction_manager):
        super().__init__(str(outbox.path), transaction_manager=transaction_manager)
        self.outbox = outbox
        self.names: list[str] = []

    def createDataManager(self, fromaddr, toaddrs, message):  # noqa: N802 - repoze.sendmail's hook name
        message["X-Actually-From"] = Header(fromaddr, "utf-8")
        message["X-Actually-To"] = Header(",".join(toaddrs), "utf-8")
        name = f"{time.time_ns()}.{os.getpid()}.{secrets.token_hex(6)}"
        pending = self.outbox.path / "tmp" / name
        with pending.open("x", encoding="utf-8") as stream:  # as repoze.sendmail's maildir writes it
            Generator(stream).flatten(message)
        self.names.append(name)

        def commit() -> None:
            os.rename(pending, self.outbox.path / "new" / name)

        def abort() -> None:
            pending.unlink(missing_ok=True)

        return MailDataManager(commit, onAbort=abort, transaction_manager=self.transaction_manager)


class Outbox:
    """The queue directory, and the work of sending what waits in it through ``mailer`` (pyramid_mailer's)."""

    def __init__(
        self, path, mailer, *, base_delay: float = 60, max_delay: float = 1800, give_up_after: float = 72 * 3600
    ):
        self.path = Path(path)
        self.mailer = mailer
        self.base_delay, self.max_delay, self.give_up_after = base_delay, max_delay, give_up_after
        for sub in ("tmp", "new", "cur", "failed", "state"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    # -- queueing ----------------------------------------------------------------------------------

    def queue(self, message, transaction_manager) -> list[str]:
        """Write ``message`` (pyramid_mailer's) to be moved into the queue when the current transaction commits."""
        delivery = _Delivery(self, transaction_manager)
        delivery.send(*self.mailer._message_args(message))
        return delivery.names

    # -- reading -----------------------------------------------------------------------------------

    def letters(self) -> list[Letter]:
        """Every message waiting or failed, oldest first."""
        found = []
        for sub, failed in (("new", False), ("cur", False), ("failed", True)):
            for path in (self.path / sub).iterdir():
                if not path.name.startswith("."):
                    found.append(self._letter(path, failed))
        return sorted(found, key=lambda letter: letter.queued)

    def letter(self, name: str) -> Letter | None:
        """What waits or failed under ``name``; ``None`` once it was sent."""
        for sub, failed in (("new", False), ("cur", False), ("failed", True)):
            path = self.path / sub / name
            if path.exists():
                return self._letter(path, failed)
        return None

    def counts(self) -> tuple[int, int]:
        """(waiting, failed)."""
        waiting = sum(1 for sub in ("new", "cur") for p in (self.path / sub).iterdir() if not p.name.startswith("."))
        return waiting, sum(1 for p in (self.path / "failed").iterdir() if not p.name.startswith("."))

    def _letter(self, path: Path, failed: bool) -> Letter:
        state = self._state(path.name)
        try:
            with path.open(encoding="utf-8") as stream:
                headers = Parser().parse(stream, headersonly=True)
        except FileNotFoundError:  # sent meanwhile
            headers = {}
        queued = state.get("queued") or int(path.name.split(".")[0]) / 1e9
        next_at = state.get("next")
        return Letter(
            name=path.name,
            to=_decoded(headers.get("X-Actually-To", "")),
            subject=_decoded(headers.get("Subject", "")),
            queued=datetime.fromtimestamp(queued, UTC),
            attempts=state.get("attempts", 0),
            next_attempt=datetime.fromtimestamp(next_at, UTC) if next_at and not failed else None,
            error=state.get("error", ""),
            failed=failed,
        )

    def _state(self, name: str) -> dict:
        try:
            return json.loads((self.path / "state" / name).read_text())
        except (FileNotFoundError, ValueError):
            return {}

    def _write_state(self, name: str, state: dict) -> None:
        target = self.path / "state" / name
        scratch = target.with_name("." + name)
        scratch.write_text(json.dumps(state))
        os.replace(scratch, target)

    # -- sending -----------------------------------------------------------------------------------

    def send(self, names, *, now: float | None = None) -> int:
        """Try the waiting messages ``names`` now (whatever their delay); the number sent."""
        return sum(self._attempt(name, now or time.time()) for name in names)

    def send_due(self, *, now: float | None = None) -> int:
        """Try every waiting message whose delay has passed; the number sent."""
        now = now or time.time()
        self._tidy(now)
        due = [p.name for p in sorted((self.path / "new").iterdir()) if not p.name.startswith(".")]
        due = [name for name in due if self._state(name).get("next", 0) <= now]
        return self.send(due, now=now)

    def retry(self, name: str) -> bool:
        """Put a failed (or waiting) message back in the queue, to be tried at once."""
        (self.path / "state" / name).unlink(missing_ok=True)
        for sub in ("failed", "new"):
            try:
                os.rename(self.path / sub / name, self.path / "new" / name)
            except FileNotFoundError:
                continue
            return True
        return False

    def _attempt(self, name: str, now: float) -> bool:
        claimed = self.path / "cur" / name
        try:
            os.rename(self.path / "new" / name, claimed)  # atomic: one sender per message
        except FileNotFoundError:
            return False  # sent or claimed by another sender meanwhile
        os.utime(claimed)
        try:
            with claimed.open(encoding="utf-8") as stream:
                message = Parser().parse(stream)
            for part in message.walk():
                if not part.is_multipart() and part.get_content_charset():
                    # A parsed part does not know its charset: repoze.sendmail would relabel it us-ascii.
                    part.set_charset(part.get_content_charset())
            sender = _decoded(message["X-Actually-From"] or "")
            recipients = [a.strip() for a in _decoded(message["X-Actually-To"] or "").split(",") if a.strip()]
            del message["X-Actually-From"]
            del message["X-Actually-To"]
            self.mailer.smtp_mailer.send(sender, recipients, message)
        except Exception as error:  # noqa: BLE001 - whatever went wrong, the message is kept and the error shown
            self._failed_attempt(name, claimed, error, now)
            return False
        claimed.unlink(missing_ok=True)
        (self.path / "state" / name).unlink(missing_ok=True)
        log.info("mail %s sent to %s", name, ", ".join(recipients))
        return True

    def _failed_attempt(self, name: str, claimed: Path, error: Exception, now: float) -> None:
        state = self._state(name)
        attempts = state.get("attempts", 0) + 1
        queued = state.get("queued") or int(name.split(".")[0]) / 1e9
        permanent = _permanent(error)
        state.update(
            attempts=attempts,
            queued=queued,
            error=_describe(error),
            next=now + min(self.base_delay * 2 ** (attempts - 1), self.max_delay),
        )
        self._write_state(name, state)
        gives_up = permanent or now - queued > self.give_up_after
        os.rename(claimed, self.path / ("failed" if gives_up else "new") / name)
        log.warning("mail %s not sent (attempt %d%s): %s", name, attempts, ", given up" if gives_up else "", error)

    def _tidy(self, now: float) -> None:
        for path in (self.path / "cur").iterdir():
            try:
                if now - path.stat().st_mtime > STALE_CLAIM:
                    os.rename(path, self.path / "new" / path.name)
            except FileNotFoundError:
                continue
        for path in (self.path / "tmp").iterdir():
            try:
                if now - path.stat().st_mtime > STALE_TMP:
                    path.unlink()
            except FileNotFoundError:
                continue


def _decoded(value) -> str:
    return str(make_header(decode_header(str(value)))) if value else ""


def _permanent(error: Exception) -> bool:
    """Whether the server refused the message for good (retrying cannot help)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(500 <= code <= 599 for code, _msg in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code <= 599


def _describe(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{address}: {_describe(smtplib.SMTPResponseException(code, text))}"
                         for address, (code, text) in error.recipients.items())[:500]  # fmt: skip
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        return f"{error.smtp_code} {text}"[:500]
    return (f"{type(error).__name__}: {error}")[:500]


class Sender:
    """The app process's sender: a daemon thread sending what is due every ``interval`` seconds, or when woken."""

    def __init__(self, outbox: Outbox, interval: float):
        self.outbox, self.interval = outbox, interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True, name="hpportal-mail-sender")
                self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.outbox.send_due()
            except Exception:  # noqa: BLE001 - the thread must outlive a bad file or a full disk
                log.exception("the mail sender failed; it tries again later")
            self._wake.wait(self.interval)
            self._wake.clear()
