"""The password policy (security level 3): long enough, not common, not the person's own name."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from hpportal.core.i18n import _
from hpportal.core.names import fold

MIN_LENGTH = 10
MAX_LENGTH = 500
COMMON_PASSWORDS = Path(__file__).parent / "data" / "common-passwords.txt"


@cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(password: str, *, login: str = "", title: str = ""):
    """Why ``password`` is refused (a translatable message), or ``None`` when it is acceptable."""
    password = unicodedata.normalize("NFC", password or "")
    if len(password) < MIN_LENGTH:
        return _("The password needs at least ${count} characters.", mapping={"count": MIN_LENGTH})
    if len(password) > MAX_LENGTH:
        return _("The password may have at most ${count} characters.", mapping={"count": MAX_LENGTH})
    lowered = password.lower()
    if lowered in common_passwords() or fold(password) in common_passwords():
        return _("This password is too common. Choose one that is harder to guess.")
    compact = fold(password).replace(" ", "")
    for own in (login, title):
        if own and compact == fold(own).replace(" ", ""):
            return _("The password must not be your login name or your name.")
    return None
