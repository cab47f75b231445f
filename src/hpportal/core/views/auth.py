"""Log in (password, then the second factor), enrol in two-factor login, log out.

Failed attempts — a wrong password, a wrong second-factor code — are counted
per account and client address pair (``pair:<login>|<address>``) and per
client address (``addr:<address>``): five lock that pair, or that address, for
15 minutes (:class:`~hpportal.core.principals.Principals`), even for the right
password. The account itself (``login:<login>``, failures from any address) is
never locked, so no one can shut its owner out: past five failures each
attempt waits a delay that doubles up to two minutes. The pages answering a
failure are ordinary 200 pages, so the transaction (the count and the audit
entries) is committed.
"""

from __future__ import annotations

import math
import time
from datetime import datetime

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPSeeOther
from pyramid.security import forget, remember
from pyramid.settings import asbool
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.forms import FormPage, make_form
from hpportal.core.i18n import _
from hpportal.core.landing import after_login
from hpportal.core.languages import LanguageRoot
from hpportal.core.portal import Portal
from hpportal.core.principals import MAX_FAILURES
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.twofactor import (
    PENDING_KEY,
    end_pending,
    enrolment_secret,
    grouped,
    needs_two_factor,
    pending,
    provisioning_uri,
    qr_svg,
    start_pending,
    verify_code,
)

NOT_CORRECT = _("The login name or password is not correct.")


class LoginSchema(colander.MappingSchema):
    login = colander.SchemaNode(
        colander.String(),
        title=_("Login name"),
        validator=colander.Length(1, 100),
        widget=deform.widget.TextInputWidget(attributes={"autocomplete": "username"}),
    )
    password = colander.SchemaNode(
        colander.String(),
        title=_("Password"),
        widget=deform.widget.PasswordWidget(attributes={"autocomplete": "current-password"}),
        validator=colander.Length(1, 500),
    )
    came_from = colander.SchemaNode(colander.String(), widget=deform.widget.HiddenWidget(), missing="")


def code_node(title, description) -> colander.SchemaNode:
    return colander.SchemaNode(
        colander.String(),
        name="code",
        title=title,
        description=description,
        validator=colander.Length(1, 40),
        widget=deform.widget.TextInputWidget(attributes={"autocomplete": "one-time-code", "spellcheck": "false"}),
    )


# -- counting failures ---------------------------------------------------


def account_key(login: str) -> str:
    return f"login:{login}"


def login_keys(request, login: str) -> list[str]:
    """What a failed login locks: the account from this client's address, and this address."""
    address = request.client_addr or "unknown"
    return [f"pair:{login}|{address}", f"addr:{address}"]


def refusal(request, login: str):
    """Why a login as ``login`` from here cannot be tried now (a lock, or the account's delay), else ``None``."""
    principals, now = request.root.principals, time.time()
    until = principals.locked_until(login_keys(request, login), now)
    if until is not None:
        return lock_message(until)
    wait = principals.locked_until([account_key(login)], now)
    if wait is not None:
        return _(
            "There were too many failed attempts on this account. Please wait ${seconds} seconds and try again.",
            mapping={"seconds": max(1, math.ceil(wait - now))},
        )
    return None


def lock_message(until: float):
    when = datetime.fromtimestamp(until, LOCAL_TZ).strftime("%H:%M %d/%m/%Y")
    return _(
        "Logging in is locked until ${time} (Vietnam time) after too many failed attempts. "
        "Please try again later, or ask for a new password.",
        mapping={"time": when},
    )


def count_failure(request, login: str, action: str = audit.LOGIN_FAILED, *, actor=None):
    """Count a failed attempt for ``login`` from this address; the message of the lock or delay it starts, if any."""
    principals = request.root.principals
    now = time.time()
    keys = login_keys(request, login)
    record(request, action, login, actor=actor)
    locked = principals.record_failure(keys, now)
    delayed = principals.record_delay(account_key(login), now)
    started = [key for key in keys if locked and principals.locked_until([key], now)]
    if delayed is not None and principals.failures[account_key(login)][0] == MAX_FAILURES:
        started.append(account_key(login))  # the delays begin
    if started:
        record(request, audit.LOCKOUT, login, ", ".join(started), actor=actor)
    return refusal(request, login) if locked or delayed else None


def check_current_password(request, user, password: str):
    """For a logged-in user confirming who they are: ``None`` when right, else the message to show.

    A wrong password counts like a failed login, so a stolen session cannot be used to guess it.
    """
    problem = refusal(request, user.login)
    if problem is not None:
        return problem
    if user.check_password(password):
        return None
    return count_failure(request, user.login, actor=user) or _("The current password is not correct.")


# -- logging in ----------------------------------------------------------


def two_factor_required(request, user) -> bool:
    if not asbool(request.registry.settings.get("hpportal.require_two_factor", True)):
        return False
    return needs_two_factor(request.root, user)


def log_in(request, user) -> None:
    """The user has proved who they are: a new session for them, the failures forgotten."""
    request.root.principals.clear_failures([account_key(user.login), login_keys(request, user.login)[0]])
    remember(request, user.id)
    record(request, audit.LOGIN, user.login, actor=user)


def _entrance(request):
    """Where the login pages are: a language version's own (``/en/login``), else the root's."""
    context = getattr(request, "context", None)
    return context if isinstance(context, LanguageRoot) else request.root


def _login_form(request):
    button = deform.Button("log_in", _("Log in"), css_class="btn-primary")
    return make_form(
        request, LoginSchema(), buttons=(button,), action=request.resource_url(_entrance(request), "login")
    )


def _password_accepted(request, user, came_from: str):
    root = _entrance(request)
    if user.totp_secret:
        start_pending(request, user, came_from)
        return HTTPSeeOther(request.resource_url(root, "login-code"))
    if two_factor_required(request, user):
        start_pending(request, user, came_from)
        return HTTPSeeOther(request.resource_url(root, "two-factor-setup"))
    log_in(request, user)
    return HTTPSeeOther(after_login(request, user, came_from))


@view_config(context=Portal, name="login", renderer="hpportal:core/templates/login.pt", require_csrf=True)
@view_config(context=LanguageRoot, name="login", renderer="hpportal:core/templates/login.pt", require_csrf=True)
def login(context, request):
    request.response.cache_control.no_store = True
    typed = request.POST.get("login", "")
    appstruct = {"came_from": request.params.get("came_from", ""), "login": typed}
    page = FormPage(request, _login_form(request), appstruct=appstruct, error=None)

    def submit(data):
        name = data["login"].strip()
        error = refusal(request, name)
        if error is None:
            user = context.principals.authenticate(name, data["password"])
            if user is not None:
                return _password_accepted(request, user, data["came_from"])
            error = count_failure(request, name) or NOT_CORRECT
        return page.again({"came_from": data["came_from"], "login": typed}, error=error)

    return page(submit)


def _expired(request):
    if request.session.get(PENDING_KEY):
        end_pending(request)
        request.session.flash(request.localizer.translate(_("Your login took too long. Please log in again.")))
    return HTTPSeeOther(request.resource_url(request.root, "login"))


def _code_form(request) -> deform.Form:
    schema = colander.MappingSchema()
    schema.add(
        code_node(_("Code"), _("The 6-digit code shown by your authenticator app, or one of your recovery codes."))
    )
    button = deform.Button("verify", _("Verify"), css_class="btn-primary")
    form = make_form(request, schema, buttons=(button,), action=request.resource_url(_entrance(request), "login-code"))
    form.formid = "two-factor-form"
    return form


def _recovered(request, user, came_from: str):
    """Logged in with a recovery code: say so, and how many are left."""
    log_in(request, user)
    record(request, audit.RECOVERY_CODE_USED, user.login, actor=user)
    message = _(
        "You logged in with a recovery code; it cannot be used again. ${count} codes remain.",
        mapping={"count": len(user.recovery_codes)},
    )
    request.session.flash(request.localizer.translate(message))
    return HTTPSeeOther(after_login(request, user, came_from))


@view_config(context=Portal, name="login-code", renderer="hpportal:core/templates/login_code.pt", require_csrf=True)
@view_config(
    context=LanguageRoot, name="login-code", renderer="hpportal:core/templates/login_code.pt", require_csrf=True
)
def login_code(context, request):
    """The second step of a login: a code from the authenticator app, or a recovery code."""
    if request.identity is not None:
        return HTTPSeeOther(request.resource_url(context))  # already logged in
    found = pending(request)
    if found is None:
        return _expired(request)
    user, came_from = found
    if not user.totp_secret:
        return HTTPSeeOther(request.resource_url(context, "two-factor-setup"))
    request.response.cache_control.no_store = True
    page = FormPage(request, _code_form(request), error=None)
    problem = refusal(request, user.login)
    if problem is not None:
        end_pending(request)
        return page.show(None, error=problem)

    def submit(data):
        code = data["code"]
        step = verify_code(user.totp_secret, code, user.totp_last_step)
        if step is not None:
            user.totp_last_step = step
            log_in(request, user)
            return HTTPSeeOther(after_login(request, user, came_from))
        if user.use_recovery_code(code):
            return _recovered(request, user, came_from)
        problem = count_failure(request, user.login, audit.TWO_FACTOR_FAILED, actor=user)
        if problem is not None:
            end_pending(request)
            return page.show(None, error=problem)
        return page.again(error=_("The code is not correct."))

    return page(submit)


# -- enrolment -------------------------------------------------------------


def _enrolling_user(request):
    """(user, came_from or None, logged in?) of who may enrol here, or a response sending them elsewhere."""
    if request.identity is not None:
        return request.identity, None, True
    found = pending(request)
    if found is None:
        if request.session.get(PENDING_KEY):
            return _expired(request)
        raise HTTPForbidden()  # the login page, coming back here afterwards
    user, came_from = found
    if user.totp_secret:
        # The second factor is enrolled: it has to be given, not replaced.
        return HTTPSeeOther(request.resource_url(request.root, "login-code"))
    return user, came_from, False


def _enrol_form(request, *, ask_password: bool) -> deform.Form:
    schema = colander.MappingSchema()
    if ask_password:  # a logged-in user confirms it is them before the second factor changes
        schema.add(
            colander.SchemaNode(
                colander.String(),
                name="password",
                title=_("Your current password"),
                validator=colander.Length(1, 500),
                widget=deform.widget.PasswordWidget(attributes={"autocomplete": "current-password"}),
            )
        )
    schema.add(code_node(_("Code"), _("The 6-digit code your authenticator app shows after adding the account.")))
    button = deform.Button("enrol", _("Turn on two-factor login"), css_class="btn-primary")
    form = make_form(request, schema, buttons=(button,), action=request.resource_url(request.root, "two-factor-setup"))
    form.formid = "enrol-form"
    return form


def _enrolled(request, user, secret: str, came_from: str | None, logged_in: bool) -> dict:
    """Keep the confirmed secret, log a pending user in, and show the recovery codes (once)."""
    user.totp_secret = secret
    codes = user.new_recovery_codes()
    end_pending(request)
    if not logged_in:
        log_in(request, user)
    record(request, audit.TWO_FACTOR_ENABLED, user.login, actor=user)
    if came_from is None:
        next_url = request.resource_url(request.root, "profile")
    else:
        next_url = after_login(request, user, came_from)
    request.override_renderer = "hpportal:core/templates/recovery_codes.pt"
    return {"codes": codes, "next_url": next_url}


@view_config(context=Portal, name="two-factor-setup", renderer="hpportal:core/templates/enrol.pt", require_csrf=True)
def two_factor_setup(context, request):
    """Enrol (or enrol again) an authenticator app: secret, QR code, one code to confirm."""
    found = _enrolling_user(request)
    if not isinstance(found, tuple):
        return found
    user, came_from, logged_in = found
    request.response.cache_control.no_store = True
    secret = enrolment_secret(request, user)
    form = _enrol_form(request, ask_password=logged_in)
    uri = provisioning_uri(secret, user.login)
    page = FormPage(
        request,
        form,
        secret=grouped(secret),
        qr=qr_svg(uri, request.localizer.translate(_("QR code for your authenticator app"))),
        required=not logged_in,
        enrolled=bool(user.totp_secret),
        error=None,
    )

    def submit(data):
        if logged_in:
            problem = check_current_password(request, user, data["password"])
            if problem is not None:
                return page.again(error=problem)
        step = verify_code(secret, data["code"])
        if step is None:
            error = _("The code is not correct. Check that the clock of your phone is right, and try the next code.")
            return page.again(error=error)
        user.totp_last_step = step
        return _enrolled(request, user, secret, came_from, logged_in)

    return page(submit)


# -- logging out -------------------------------------------------------------


@view_config(context=Portal, name="logout", request_method="POST")
@view_config(context=LanguageRoot, name="logout", request_method="POST")
def logout(context, request):
    user = request.identity
    if user is not None:
        record(request, audit.LOGOUT, user.login, actor=user)
        # The session lives in a signed cookie: a copy of it would still work. A new epoch ends every copy.
        user.end_sessions()
    headers = forget(request)
    return HTTPSeeOther(request.resource_url(context), headers=headers)
