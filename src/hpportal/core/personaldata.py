"""Personal data the public sends (a question's sender, a commenter): encrypted at rest, masked on the
pages of those who may see it, and a limit on how often one connection may send.

The citizen ID is encrypted with Fernet (the key of ``hpportal.qa.key``, else a file made on first start);
nothing personal is ever put in the text index or shown publicly.
"""

from __future__ import annotations

import threading
import time

from cryptography.fernet import Fernet, InvalidToken

from hpportal.core.settings import read_secret

_HOUR = 3600


def cipher_key(settings) -> str:
    """The Fernet key for citizen ID numbers: ``hpportal.qa.key``, else a file made on first start."""
    return read_secret(settings, "hpportal.qa.key", lambda: Fernet.generate_key().decode())


class Cipher:
    """Encrypts citizen ID numbers with the key of ``hpportal.qa.key`` (a Fernet key, never in the repository)."""

    def __init__(self, key: str | bytes):
        self._fernet = Fernet(key)

    def encrypt(self, value: str) -> bytes:
        return self._fernet.encrypt(value.encode()) if value else b""

    def decrypt(self, token: bytes) -> str:
        if not token:
            return ""
        try:
            return self._fernet.decrypt(token).decode()
        except InvalidToken:
            return "?"  # the key was changed: the number cannot be read back


def mask(value: str, keep: int = 3) -> str:
    """``031085001234`` -> ``•••••••••234``: enough to tell two senders apart in a list."""
    if not value:
        return ""
    return "•" * max(len(value) - keep, 0) + value[-keep:]


def mask_name(value: str) -> str:
    """``Nguyễn Văn An`` -> ``N. V. A.``: who it is stays hidden until the full view (which is logged)."""
    return " ".join(f"{part[0]}." for part in (value or "").split())


def mask_email(value: str) -> str:
    name, _sep, domain = (value or "").partition("@")
    return f"{name[:1]}•••@{domain}" if domain else mask(value)


class RateLimit:
    """At most ``limit`` actions per client address per hour, counted in this process (no external service)."""

    def __init__(self, limit: int):
        self.limit = limit
        self._seen: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._seen.get(address, []) if now - t < _HOUR]
            if len(recent) >= self.limit:
                self._seen[address] = recent
                return False
            recent.append(now)
            self._seen[address] = recent
            if len(self._seen) > 10_000:  # forget the quiet ones
                self._seen = {a: ts for a, ts in self._seen.items() if ts and now - ts[-1] < _HOUR}
            return True
