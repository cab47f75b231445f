"""Request plumbing: transactions, the database root, sessions, the security policy, CSRF, i18n."""

from __future__ import annotations

import secrets

from pyramid.session import SignedCookieSessionFactory
from pyramid.settings import asbool
from pyramid_zodbconn import get_connection

from hpportal.core.csrf import DEFAULT_MAX_AGE, PortalCSRFPolicy
from hpportal.core.i18n import negotiate_locale
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import DEFAULT_MEMORY_KIB, DEFAULT_TIME_COST, configure_hashing
from hpportal.core.security import PortalSecurityPolicy, allowed_tokens_for
from hpportal.core.settings import read_secret, site_path


class PortalNotCreated(LookupError):
    """The database holds no portal yet: ``hpportal init`` (or ``make serve``) creates it."""


def root_factory(request):
    # Never create the portal here: a GET must not write.
    root = get_connection(request).root()
    try:
        return root[ROOT_KEY]
    except KeyError:
        raise PortalNotCreated() from None


def find_user(request, user_id):
    site = get_connection(request).root().get(ROOT_KEY)
    return site.principals.get(user_id) if site is not None else None


def allowed_tokens(request) -> list[str]:
    """What the user is in the catalog's ``allowed`` index: pass it to every search and listing."""
    return allowed_tokens_for(request.identity)


def session_factory(settings):
    """Signed cookie sessions; the cookie is ``Secure`` as ``hpportal.secure_cookies`` says, else (empty or
    missing) when the request came over HTTPS or ``hpportal.public_url`` is an https address."""

    def make(secure: bool):
        return SignedCookieSessionFactory(
            session_secret(settings),
            cookie_name="hpportal",
            httponly=True,
            samesite="Lax",
            secure=secure,
            # Idle expiry; the policy below ends a session at its absolute age, whatever the use.
            timeout=int(settings.get("hpportal.session_idle_timeout", 30 * 60)),
            reissue_time=60,
        )

    setting = (settings.get("hpportal.secure_cookies") or "").strip()
    if setting:
        return make(asbool(setting))
    if (settings.get("hpportal.public_url") or "").strip().lower().startswith("https://"):
        return make(True)
    plain, secure = make(False), make(True)

    def by_scheme(request):
        return (secure if request.scheme == "https" else plain)(request)

    return by_scheme


def session_secret(settings) -> str:
    """The session signing secret: ``hpportal.secret``, else a file made on first start."""
    return read_secret(settings, "hpportal.secret", lambda: secrets.token_hex(32))


def includeme(config):
    settings = config.get_settings()
    settings.setdefault("tm.manager_hook", "pyramid_tm.explicit_manager")
    settings.setdefault("retry.attempts", "3")
    config.include("pyramid_retry")
    config.include("pyramid_tm")
    config.include("pyramid_zodbconn")
    config.include("pyramid_chameleon")
    config.include("hpportal.core.robustness")  # unreadable requests answer 400 before any view

    config.set_session_factory(session_factory(settings))
    configure_hashing(
        int(settings.get("hpportal.argon2_time_cost", DEFAULT_TIME_COST)),
        int(settings.get("hpportal.argon2_memory_kib", DEFAULT_MEMORY_KIB)),
    )
    config.set_security_policy(
        PortalSecurityPolicy(find_user, max_age=int(settings.get("hpportal.session_max_age", 8 * 3600)))
    )
    config.add_request_method(allowed_tokens, "allowed_tokens", reify=True)
    config.set_default_csrf_options(require_csrf=True)
    # Tokens that work from the page cache for visitors without a session (see core/csrf.py).
    token_age = int(settings.get("hpportal.form_token_max_age", DEFAULT_MAX_AGE))
    config.set_csrf_storage_policy(PortalCSRFPolicy(session_secret(settings) + ".csrf", token_age))
    config.set_locale_negotiator(negotiate_locale)
    config.add_translation_dirs("colander:locale", "deform:locale", str(site_path(settings, "hpportal.locales_dir")))
