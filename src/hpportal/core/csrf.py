"""CSRF tokens that work from the page cache: signed and time-limited for visitors without a session.

A page served to anonymous visitors from the cache is the same for everyone, so its form cannot
carry a token kept in one visitor's session. A visitor without a session gets a token that is
signed with the portal's secret and carries the moment it was made: it is valid for
``hpportal.form_token_max_age`` seconds (6 hours by default) for anyone, together with a check
that the form was sent from this site (the browser's ``Origin`` or ``Referer``, when it sends
one). A visitor with a session (everyone logged in) keeps the session's own token; a signed
token is accepted from them too, with the same origin check, so a form loaded before logging in
still works.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from pyramid.csrf import SessionCSRFStoragePolicy
from pyramid.interfaces import ICSRFStoragePolicy
from pyramid.settings import aslist
from pyramid.util import strings_differ
from webob.cookies import SignedSerializer
from zope.interface import implementer

SESSION_COOKIE = "hpportal"
DEFAULT_MAX_AGE = 6 * 3600


class _Plain:
    """The signed payload is the moment the token was made, as text."""

    @staticmethod
    def dumps(value) -> bytes:
        return str(value).encode()

    @staticmethod
    def loads(data: bytes):
        return int(data.decode())


def has_session(request) -> bool:
    """Whether the visitor has a session already (never start one only to hold a token)."""
    return SESSION_COOKIE in request.cookies


def same_origin(request) -> bool:
    """The form was sent from this site: ``Origin`` (else ``Referer``) names it, or is absent."""
    origin = request.headers.get("Origin") or request.referrer
    if not origin:
        return True  # some browsers and proxies drop both; the signed token still has to be valid
    parts = urlsplit(origin.split(" ")[-1])
    if not parts.scheme or not parts.netloc:
        return False  # "null": a sandboxed or privacy-stripped origin
    ours = urlsplit(request.host_url)
    trusted = {o.lower() for o in aslist(request.registry.settings.get("pyramid.csrf_trusted_origins", ""))}
    trusted.add(ours.netloc.lower())
    return parts.scheme == ours.scheme and parts.netloc.lower() in trusted


@implementer(ICSRFStoragePolicy)
class PortalCSRFPolicy:
    """Session tokens for sessions, signed time-limited tokens for everyone else (see the module)."""

    def __init__(self, secret: str, max_age: int = DEFAULT_MAX_AGE):
        self.max_age = max_age
        self._session = SessionCSRFStoragePolicy()
        self._signer = SignedSerializer(secret, "hpportal.csrf", hashalg="sha256", serializer=_Plain)

    def signed_token(self) -> str:
        return self._signer.dumps(int(time.time())).decode()

    def signed_token_valid(self, token: str) -> bool:
        try:
            made = self._signer.loads((token or "").encode())
        except (ValueError, UnicodeError):
            return False
        return 0 <= time.time() - made <= self.max_age

    def new_csrf_token(self, request) -> str:
        return self._session.new_csrf_token(request) if has_session(request) else self.signed_token()

    def get_csrf_token(self, request) -> str:
        return self._session.get_csrf_token(request) if has_session(request) else self.signed_token()

    def check_csrf_token(self, request, supplied_token: str) -> bool:
        supplied_token = supplied_token or ""
        if has_session(request) and not strings_differ(
            self._session.get_csrf_token(request).encode(), supplied_token.encode()
        ):
            return True
        return self.signed_token_valid(supplied_token) and same_origin(request)
