"""The user's own account: profile, password change, log out everywhere; password reset by email."""

from __future__ import annotations

import logging
import re
import time

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPSeeOther
from pyramid.renderers import render
from pyramid.security import forget, remember
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.forms import FormPage, make_form
from hpportal.core.i18n import _
from hpportal.core.mail import MailNotSent, UntrustedHost, send_mail, trusted_url
from hpportal.core.names import fold
from hpportal.core.passwords import MAX_LENGTH, password_problem
from hpportal.core.portal import Portal
from hpportal.core.twofactor import end_pending
from hpportal.core.views.auth import account_key, check_current_password

log = logging.getLogger(__name__)

PASSWORD_PAGE = "hpportal:core/templates/password_reset.pt"
MAX_OPEN_LINKS = 3  # reset links a person can have at once (each lasts an hour)
MAIL_FAILED = _(
    "The email could not be sent just now. Please try again in a few minutes, or ask the portal's administrators."
)  # the message could not even be queued (a wrong address on the account, the outbox not writable)


def _user(request):
    """The logged-in user; anonymous visitors are sent to the login page."""
    user = request.identity
    if user is None:
        raise HTTPForbidden()
    request.response.cache_control.no_store = True
    return user


def password_node(name: str, title, *, autocomplete: str = "new-password", redisplay=False) -> colander.SchemaNode:
    """A password field; ``redisplay`` keeps what was typed when the form comes back with an error."""
    return colander.SchemaNode(
        colander.String(),
        name=name,
        title=title,
        validator=colander.Length(1, MAX_LENGTH),
        widget=deform.widget.PasswordWidget(attributes={"autocomplete": autocomplete}, redisplay=redisplay),
    )


LOGIN_PATTERN = re.compile(r"^[a-z0-9._-]{3,50}$")
LOGIN_RULE = _("3 to 50 lower-case letters, digits, dots, hyphens or underscores.")  # the field's help


def login_validator(node, value: str) -> None:
    """A login name the people forms accept; the message says what is wrong (the help says the rule)."""
    if LOGIN_PATTERN.match(value):
        return
    if not value.isascii():
        suggestion = re.sub(r"[^a-z0-9._-]+", ".", fold(value)).strip(".")
        raise colander.Invalid(
            node,
            _(
                "A login name cannot have Vietnamese accents or other special letters. Write it without "
                "accents, for example “${suggestion}”.",
                mapping={"suggestion": suggestion},
            ),
        )
    if not 3 <= len(value) <= 50:
        raise colander.Invalid(node, _("A login name is 3 to 50 characters long."))
    raise colander.Invalid(
        node, _("A login name cannot have spaces or other signs than dots, hyphens and underscores.")
    )


def new_password_errors(data: dict, user) -> dict:
    """Messages on the new password fields: the policy, then the confirmation."""
    problem = password_problem(data["new_password"], login=user.login, title=user.title)
    if problem is not None:
        return {"new_password": problem}
    if data["new_password"] != data["confirm_password"]:
        return {"confirm_password": _("The two passwords are not the same.")}
    return {}


# -- profile ---------------------------------------------------------------


class ProfileSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Full name"), validator=colander.Length(1, 200))
    email = colander.SchemaNode(
        colander.String(),
        title=_("Email"),
        description=_("Password reset links are sent to this address."),
        validator=colander.All(colander.Email(), colander.Length(max=254)),
        missing="",
    )
    phone = colander.SchemaNode(colander.String(), title=_("Telephone"), validator=colander.Length(0, 50), missing="")
    unit = colander.SchemaNode(
        colander.String(), title=_("Agency or office"), validator=colander.Length(0, 200), missing=""
    )


PROFILE_FIELDS = ("title", "email", "phone", "unit")


def own_profile_schema():
    """The profile, plus the password: whoever has the email address can reset the password."""
    schema = ProfileSchema()
    node = password_node("current_password", _("Current password"), autocomplete="current-password")
    node.description = _("Needed only to change the email address.")
    node.missing = ""
    schema.add(node)
    return schema


@view_config(context=Portal, name="profile", renderer="hpportal:core/templates/profile.pt")
def profile(context, request):
    user = _user(request)
    form = make_form(request, own_profile_schema(), action=request.resource_url(context, "profile"))
    form.formid = "profile-form"
    shown = {field: getattr(user, field) for field in PROFILE_FIELDS}
    page = FormPage(request, form, appstruct=shown, user=user, recovery_left=len(user.recovery_codes))

    def submit(data):
        data["title"] = data["title"].strip()
        data["email"] = data["email"].strip()
        if data["email"] != user.email:
            if not data["current_password"]:
                problem = _("Give your current password to change the email address.")
            else:
                problem = check_current_password(request, user, data["current_password"])
            if problem is not None:
                return page.errors({"current_password": problem})
        changed = [field for field in PROFILE_FIELDS if getattr(user, field) != data[field]]
        for field in changed:
            setattr(user, field, data[field])
        if changed:
            record(request, audit.USER_CHANGED, user.login, ", ".join(changed))
        request.session.flash(request.localizer.translate(_("Changes saved.")))
        return HTTPSeeOther(request.resource_url(context, "profile"))

    return page(submit)


@view_config(context=Portal, name="logout-everywhere", request_method="POST")
def logout_everywhere(context, request):
    """End every session of the user, on every device, this one included."""
    user = _user(request)
    user.end_sessions()
    record(request, audit.LOGOUT_EVERYWHERE, user.login)
    headers = forget(request)
    request.session.flash(request.localizer.translate(_("You have been logged out on every device.")))
    return HTTPSeeOther(request.resource_url(context), headers=headers)


class ChangePasswordSchema(colander.MappingSchema):
    current_password = password_node("current_password", _("Current password"), autocomplete="current-password")
    new_password = password_node("new_password", _("New password"))
    confirm_password = password_node("confirm_password", _("New password again"))


@view_config(context=Portal, name="change-password", renderer=PASSWORD_PAGE)
def change_password(context, request):
    user = _user(request)
    form = make_form(
        request,
        ChangePasswordSchema(),
        action=request.resource_url(context, "change-password"),
        buttons=(deform.Button("change", _("Change password"), css_class="btn-primary"),),
    )
    form.formid = "password-form"
    intro = _("At least 10 characters, not a common password.")
    if user.must_change_password:
        intro = _(
            "Your password was given to you by a manager: choose your own before you go on. "
            "At least 10 characters, not a common password."
        )
    page = FormPage(request, form, title=_("Change password"), intro=intro)

    def submit(data):
        problem = check_current_password(request, user, data["current_password"])
        errors = {"current_password": problem} if problem is not None else new_password_errors(data, user)
        if errors:
            return page.errors(errors)
        user.set_password(data["new_password"])
        user.end_sessions()
        remember(request, user.id)  # this browser stays logged in; every other session has ended
        record(request, audit.PASSWORD_CHANGED, user.login, actor=user)
        message = _("Your password has been changed. You have been logged out on your other devices.")
        request.session.flash(request.localizer.translate(message))
        return HTTPSeeOther(request.resource_url(context, "profile"))

    return page(submit)


# -- password reset by email -------------------------------------------------


class ForgotSchema(colander.MappingSchema):
    login = colander.SchemaNode(
        colander.String(),
        title=_("Login name or email"),
        validator=colander.Length(1, 254),
        widget=deform.widget.TextInputWidget(attributes={"autocomplete": "username"}),
    )


def _accounts_for(principals, text: str) -> list:
    """Active accounts with an email address whose login or email is ``text``."""
    text = text.strip()
    found = principals.by_login(text)
    users = [found] if found is not None else principals.by_email(text)
    return [user for user in users if user.active and user.email]


def send_reset_link(request, user) -> None:
    """Queue a mail to ``user`` with a one-time link to choose a new password; :class:`MailNotSent` when it cannot be
    queued. The link and the mail are kept only if the transaction commits."""
    site = request.root
    base = trusted_url(request)
    if base is None:
        message = "password reset link for %s not sent: Host %r is not in hpportal.allowed_hosts"
        log.warning(message, user.login, request.host)
        raise UntrustedHost(request.host)
    token = site.principals.new_reset_token(user, time.time())
    link = request.resource_url(site, "reset-password", query={"token": token}, app_url=base)
    subject, body = _reset_mail(request, user, link)
    record(request, audit.PASSWORD_RESET_SENT, user.login)
    send_mail(request, to=user.email, subject=subject, body=body)


def _reset_mail(request, user, link: str) -> tuple[str, str]:
    translate = request.localizer.translate
    portal = request.root.title
    values = {
        "greeting": translate(_("Dear ${name},", mapping={"name": user.title})),
        "intro": translate(
            _(
                "Someone, hopefully you, asked to reset the password of the account “${login}” on ${portal}. "
                "To choose a new password, open this link:",
                mapping={"login": user.login, "portal": portal},
            )
        ),
        "link": link,
        "expiry": translate(_("The link works once, within one hour.")),
        "ignore": translate(_("If you did not ask for this, ignore this email: your password stays as it is.")),
        "portal": portal,
    }
    body = render("hpportal:core/templates/email_reset.txt", values, request=request)
    if isinstance(body, bytes):  # chameleon renders text templates read from disk to bytes
        body = body.decode("utf-8")
    subject = translate(_("Reset your password — ${portal}", mapping={"portal": portal}))
    return subject, body


@view_config(context=Portal, name="forgot-password", renderer="hpportal:core/templates/password_forgot.pt")
def forgot_password(context, request):
    """Ask for a reset link. The answer is the same whether or not the account exists."""
    request.response.cache_control.no_store = True
    form = make_form(
        request,
        ForgotSchema(),
        action=request.resource_url(context, "forgot-password"),
        buttons=(deform.Button("send", _("Send me a link"), css_class="btn-primary"),),
    )
    form.formid = "forgot-form"
    page = FormPage(request, form, sent=False, error=None)

    def submit(data):
        users = _accounts_for(context.principals, data["login"])
        try:
            for user in users:
                if context.principals.open_reset_tokens(user, time.time()) >= MAX_OPEN_LINKS:
                    continue  # no flood of mails to one person; the answer stays the same
                send_reset_link(request, user)
        except UntrustedHost:
            request.tm.doom()  # logged; the forger of the Host learns nothing
            return page.show(None, sent=True)
        except MailNotSent:
            request.tm.doom()  # no link is kept that no one received
            return page.again(data, error=MAIL_FAILED)
        return page.show(None, sent=True)

    return page(submit)


class ResetSchema(colander.MappingSchema):
    token = colander.SchemaNode(colander.String(), widget=deform.widget.HiddenWidget(), missing="")
    new_password = password_node("new_password", _("New password"))
    confirm_password = password_node("confirm_password", _("New password again"))


@view_config(context=Portal, name="reset-password", renderer=PASSWORD_PAGE)
def reset_password(context, request):
    """Choose a new password through a link from the email (one use, one hour). It never logs in."""
    request.response.cache_control.no_store = True
    request.response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the address
    token = request.params.get("token", "")
    page = {"title": _("Choose a new password"), "intro": _("At least 10 characters, not a common password.")}
    principals = context.principals
    user = principals.peek_reset_token(token, time.time())
    if user is None or not user.active:
        return {**page, "form": None, "invalid": True}
    form = make_form(
        request,
        ResetSchema(),
        action=request.resource_url(context, "reset-password"),
        buttons=(deform.Button("reset", _("Save the new password"), css_class="btn-primary"),),
    )
    form.formid = "reset-form"
    page["intro"] = _(
        "Account “${login}”. At least 10 characters, not a common password.", mapping={"login": user.login}
    )
    form_page = FormPage(request, form, appstruct={"token": token}, **page)

    def submit(data):
        errors = new_password_errors(data, user)
        if errors:
            return form_page.errors(errors)
        used = principals.use_reset_token(token, time.time())
        if used is None:  # used meanwhile, from another tab
            return form_page.show(None, invalid=True)
        used.set_password(data["new_password"])
        used.end_sessions()
        principals.clear_failures([account_key(used.login)])
        record(request, audit.PASSWORD_RESET, used.login, actor=used)
        end_pending(request)  # the reset proves the mailbox, not the second factor: log in as usual
        message = _("Your password has been changed. Log in with the new password.")
        request.session.flash(request.localizer.translate(message))
        return HTTPSeeOther(request.resource_url(context, "login"))

    return form_page(submit)
