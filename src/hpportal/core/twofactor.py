"""Two-factor login (TOTP, pyotp): who must use it, codes, the QR code, and the half-finished login.

Between the password and the second factor the user is *pending*: the session
holds their id and the time (:data:`PENDING_KEY`), which is not an identity —
the security policy knows nothing of it — and lapses after
:data:`PENDING_SECONDS`.
"""

from __future__ import annotations

import hmac
import time
from datetime import datetime

import pyotp
import segno
from repoze.catalog.query import Any

from hpportal.core.catalog.catalog import GRANTS
from hpportal.core.security import SITE_MANAGER, TWO_FACTOR_ROLES, user_principal

#: How the portal is named in authenticator apps.
ISSUER = "Cổng TTĐT Hải Phòng"
#: Session key of a login waiting for its second factor: ``{"user": id, "at": epoch, "came_from": url}``.
PENDING_KEY = "hpportal.pending"
PENDING_SECONDS = 5 * 60
#: Session key of a secret shown for enrolment and not yet confirmed: ``{"user": id, "secret": base32}``.
#: The secret is the user's own and is on their screen anyway; it leaves the session once confirmed.
ENROL_KEY = "hpportal.enrol"


def needs_two_factor(site, user) -> bool:
    """Whether ``user`` must log in with a second factor: Site Managers (global or local anywhere), Administrators."""
    if user.roles & TWO_FACTOR_ROLES:
        return True
    principals = [user_principal(user.id), *user.group_principals()]
    for principal, roles in (getattr(site, "local_roles", None) or {}).items():
        # The root portal is not in the catalog: its own grants are read directly.
        if principal in principals and SITE_MANAGER in roles:
            return True
    total, _docids = site.catalog.query(Any(GRANTS, [f"{p}|{SITE_MANAGER}" for p in principals]))
    return total > 0


def new_secret() -> str:
    return pyotp.random_base32()


def grouped(secret: str) -> str:
    """The secret in groups of four, easier to type by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def provisioning_uri(secret: str, login: str) -> str:
    """The ``otpauth://`` address an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=login, issuer_name=ISSUER)


def qr_svg(uri: str, title: str = "") -> str:
    """The QR code of ``uri`` as inline SVG, made here (no outside service sees the secret)."""
    return segno.make(uri, error="m").svg_inline(
        scale=5, border=4, light="white", title=title or None, svgclass="qr-code"
    )


def normalise_code(code: str) -> str:
    return "".join((code or "").split()).replace("-", "").lower()


def verify_code(secret: str, code: str, last_step: int = 0) -> int | None:
    """The time step of ``code`` if it is a current TOTP code of ``secret`` not used before, else ``None``.

    One step of clock drift either way is accepted. A code is good once (RFC 6238 §5.2): only
    steps after ``last_step``, the step of the user's last accepted code, count.
    """
    code = normalise_code(code)
    if not secret or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    now = time.time()
    for drift in (0, -1, 1):
        step = totp.timecode(datetime.fromtimestamp(now)) + drift
        if step > last_step and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


# -- the pending login ---------------------------------------------------


def start_pending(request, user, came_from: str) -> None:
    """The password was right; the second factor (or enrolment) is still to come."""
    session = request.session
    session.invalidate()  # a fresh session from here on, as at a full login
    session[PENDING_KEY] = {"user": user.id, "at": int(time.time()), "came_from": came_from or ""}
    session.new_csrf_token()


def pending(request) -> tuple[object, str] | None:
    """``(user, came_from)`` of a pending login still valid, else ``None``."""
    state = request.session.get(PENDING_KEY)
    if not isinstance(state, dict) or time.time() - state.get("at", 0) > PENDING_SECONDS:
        return None
    user = request.root.principals.get(state.get("user"))
    if user is None or not user.active:
        return None
    return user, state.get("came_from", "")


def end_pending(request) -> None:
    request.session.pop(PENDING_KEY, None)
    request.session.pop(ENROL_KEY, None)


def enrolment_secret(request, user) -> str:
    """The secret offered to ``user`` for enrolment: the same one until it is confirmed."""
    state = request.session.get(ENROL_KEY)
    if isinstance(state, dict) and state.get("user") == user.id and state.get("secret"):
        return state["secret"]
    secret = new_secret()
    request.session[ENROL_KEY] = {"user": user.id, "secret": secret}
    return secret
