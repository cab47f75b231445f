"""Where a user may be sent back to: only an address of this site, never another host.

Every return address the portal follows (``came_from`` of the login and of the
workflow buttons, the link after two-factor enrolment) goes through
:func:`safe_return`. A browser reads ``//host``, ``/\\host``, ``\\\\host``,
``http:/\\host`` and the same with tabs or newlines inside as another site, so
only a path starting with one ``/`` followed by anything but ``/`` or ``\\``, with
no control character — checked again after each percent-decoding — is kept.
"""

from __future__ import annotations

from urllib.parse import unquote

#: How many rounds of percent-decoding are checked (``%252F`` is ``%2F`` is ``/``).
DECODE_ROUNDS = 4


def _unsafe_char(text: str) -> bool:
    return any(ord(char) < 0x20 or ord(char) == 0x7F for char in text)


def _safe_path(path: str) -> bool:
    """Is ``path`` a path of this host, as every browser reads it?"""
    for _round in range(DECODE_ROUNDS + 1):
        if not path.startswith("/") or _unsafe_char(path):
            return False
        if len(path) > 1 and path[1] in "/\\":
            return False
        decoded = unquote(path)
        if decoded == path:
            return True
        path = decoded
    return False  # still encoded after all the rounds: not a plain path


def local_path(request, url: str) -> str | None:
    """The path (with query) of ``url`` when it is an address of this site, else ``None``."""
    if not url or _unsafe_char(url):
        return None
    host = request.host_url
    if url.startswith(host + "/"):
        url = url[len(host) :]
    return url if _safe_path(url) else None


def safe_return(request, url: str, default: str) -> str:
    """``url`` made absolute when it is a safe address of this site (and not the login itself), else ``default``."""
    path = local_path(request, url)
    if path is None:
        return default
    target = request.host_url + path
    if target == request.url or path.split("?", 1)[0].split("#", 1)[0].rstrip("/").endswith("/login"):
        return default
    return target
