"""Users management for Administrators and Site Managers, scoped by portal (groups: ``groups.py``).

On the city portal a manager sees every account and group; on a component
portal, its own Site Manager sees only those homed there (``home == portal.uid``):
anything else asked for by id is "not found". Global roles are given by an
Administrator, on the city portal only.
"""

from __future__ import annotations

from types import SimpleNamespace

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import All, And, Any, Eq

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.catalog.catalog import GRANTS, PATH, UID, resolve
from hpportal.core.forms import FormPage, form_resources, make_form, with_errors
from hpportal.core.i18n import _
from hpportal.core.mail import MailNotSent
from hpportal.core.portal import PortalBase
from hpportal.core.principals import LoginTaken, User
from hpportal.core.security import (
    ADMINISTRATOR,
    GLOBAL_ROLES,
    LOCAL_ROLES,
    MANAGE_USERS,
    ROLE_TITLES,
    user_principal,
)
from hpportal.core.views.account import (
    LOGIN_RULE,
    MAIL_FAILED,
    ProfileSchema,
    login_validator,
    new_password_errors,
    password_node,
    send_reset_link,
)
from hpportal.core.views.account import PROFILE_FIELDS as USER_FIELDS
from hpportal.core.views.auth import account_key
from hpportal.core.views.paging import Pager
from hpportal.core.views.scope import Scope, is_administrator, may_change, scope_of

PAGE_SIZE = 50
FORM_PAGE = "hpportal:core/templates/form.pt"


def flash(request, message) -> None:
    request.session.flash(request.localizer.translate(message))


def _roles_text(request, roles) -> str:
    return ", ".join(request.localizer.translate(ROLE_TITLES.get(r, r)) for r in sorted(roles))


def _changes(label: str, before, after) -> str:
    """``"roles: +Inspector -Site Manager"`` for the audit log, or ``""`` when nothing changed."""
    words = [f"+{v}" for v in sorted(after - before)] + [f"-{v}" for v in sorted(before - after)]
    return f"{label}: {' '.join(words)}" if words else ""


def _taken(login: str):
    return _("The login name “${login}” is already taken.", mapping={"login": login})


def portal_titles(site, uids) -> dict:
    """The titles of the component portals with these uids (found through the catalog)."""
    titles = {}
    for uid in {u for u in uids if u}:
        _total, docids = site.catalog.query(Eq(UID, uid))
        found = next(resolve(site.catalog, site, list(docids)[:1]), None)
        titles[uid] = found.title if found is not None else uid
    return titles


# -- forms -----------------------------------------------------------------------


def strip(value):
    return value.strip() if isinstance(value, str) else value


def _choices(name: str, title, values) -> colander.SchemaNode:
    """Checkboxes; a value not offered (a forged POST) is refused."""
    return colander.SchemaNode(
        colander.Set(),
        name=name,
        title=title,
        widget=deform.widget.CheckboxChoiceWidget(values=values),
        validator=colander.ContainsOnly([v for v, _t in values]),
        missing=frozenset(),
    )


def user_schema(request, scope: Scope, *, adding: bool, with_roles: bool) -> colander.MappingSchema:
    """The profile fields, a login, global roles (Administrators on the city portal), the groups in scope."""
    schema = ProfileSchema()
    for name in USER_FIELDS:
        schema[name].preparer = strip
    login = colander.SchemaNode(colander.String(), name="login", title=_("Login name"), description=LOGIN_RULE)
    login.preparer, login.validator = lambda v: strip(v).lower() if v else v, login_validator
    schema.insert(0, login)
    if adding:
        schema.add(password_node("new_password", _("Initial password"), redisplay=True))
        schema.add(password_node("confirm_password", _("Initial password again"), redisplay=True))
    if with_roles:
        titles = [(role, request.localizer.translate(ROLE_TITLES[role])) for role in GLOBAL_ROLES]
        schema.add(_choices("roles", _("Global roles"), titles))
    if groups := scope.groups():
        schema.add(_choices("groups", _("Groups"), [(g.id, g.title) for g in groups]))
    return schema


class SetPasswordSchema(colander.MappingSchema):
    new_password = password_node("new_password", _("New password"))
    confirm_password = password_node("confirm_password", _("New password again"))


def named_form(request, schema, formid: str, action: str, *buttons: tuple) -> deform.Form:
    """A form with ``buttons`` given as ``(name, title[, css class])``."""
    buttons = tuple(deform.Button(b[0], b[1], css_class=b[2] if len(b) > 2 else "btn-primary") for b in buttons)
    form = make_form(request, schema, action=action, buttons=buttons)
    form.formid = formid
    return form


def add_page(request, form, title, create):
    """An add form: ``create(data)`` returns a redirect, or ``{field: message}`` to show on the form."""
    page = FormPage(request, form, title=title, resources=form_resources(request, form))

    def submit(data):
        done = create(data)
        return done if isinstance(done, HTTPSeeOther) else page.errors(done)

    return page(submit)


def post_to(request, forms: dict, actions: dict):
    """Run the action of the form posted. ``None`` when done, else ``{formid: html}`` with its messages.

    An action gets its form and returns ``None`` when done or the form's html with messages.
    """
    formid = request.POST.get("__formid__")
    if formid not in actions:
        raise HTTPForbidden()
    try:
        html = actions[formid](forms.get(formid))
    except deform.ValidationFailure as failure:
        html = failure.render()
    return None if html is None else {formid: html}


def set_groups(request, scope: Scope, user: User, wanted) -> list[str]:
    """Make ``user`` a member of exactly ``wanted`` among the groups in scope; audit each change."""
    changed = []
    for group in scope.groups():
        if (group.id in wanted) == (group.id in user.groups):
            continue
        if group.id in wanted:
            scope.principals.add_member(group, user)
        else:
            scope.principals.remove_member(group, user)
        sign = "+" if group.id in wanted else "-"
        record(request, audit.MEMBERS_CHANGED, group.title, f"{sign}{user.login}")
        changed.append(f"{sign}{group.title}")
    return changed


# -- users -----------------------------------------------------------------------


@view_config(context=PortalBase, name="users", permission=MANAGE_USERS, renderer="hpportal:core/templates/users.pt")
def users(context, request):
    scope = scope_of(context, request)
    text = request.params.get("q", "").strip()
    found = scope.users(text)
    pager = Pager(request, len(found), size=PAGE_SIZE)
    shown = found[pager.offset : pager.offset + pager.size]
    homes = portal_titles(scope.site, [u.home for u in shown]) if scope.everything else {}
    rows = [{"user": u, "roles": _roles_text(request, u.roles), "home": homes.get(u.home, "")} for u in shown]
    return {"rows": rows, "pager": pager, "q": text, "total": len(found), "everything": scope.everything}


@view_config(context=PortalBase, name="add-user", permission=MANAGE_USERS, renderer=FORM_PAGE)
def add_user(context, request):
    scope = scope_of(context, request)
    with_roles = scope.everything and is_administrator(request)
    schema = user_schema(request, scope, adding=True, with_roles=with_roles)
    form = named_form(request, schema, "user-form", request.resource_url(context, "add-user"), ("add", _("Add")))

    def create(data):
        if data["login"] in scope.principals.logins:
            return {"login": _taken(data["login"])}
        errors = new_password_errors(data, SimpleNamespace(login=data["login"], title=data["title"]))
        if errors:
            return errors
        roles = frozenset(data.get("roles", ())) if with_roles else frozenset()
        fields = {field: data[field] for field in ("phone", "unit")}
        user = User(data["login"], data["title"], data["email"], roles, data["new_password"], home=scope.home, **fields)
        user.must_change_password = True  # a password the manager knows: the user chooses their own
        try:
            scope.principals.add_user(user)
        except LoginTaken:  # taken meanwhile, from another tab
            return {"login": _taken(user.login)}
        record(request, audit.USER_ADDED, user.login, _changes("roles", frozenset(), roles))
        set_groups(request, scope, user, data.get("groups", ()))
        flash(request, _("User “${login}” was created.", mapping={"login": user.login}))
        return HTTPSeeOther(request.resource_url(context, "user", query={"id": user.id}))

    return add_page(request, form, _("New user"), create)


def _save_user(request, scope, user, form, with_roles):
    data = form.validate(request.POST.items())
    errors = {}
    if data["login"] != user.login and data["login"] in scope.principals.logins:
        errors["login"] = _taken(data["login"])
    roles = frozenset(data.get("roles", ())) if with_roles else user.roles
    if user is request.identity and ADMINISTRATOR in user.roles - roles:
        errors["roles"] = _("You cannot take the Administrator role from yourself.")
    if errors:
        return with_errors(form, errors)
    changed = [field for field in USER_FIELDS if getattr(user, field) != data[field]]
    if data["login"] != user.login:
        changed.insert(0, f"login: {user.login} → {data['login']}")
        scope.principals.change_login(user, data["login"])
    for field in USER_FIELDS:
        setattr(user, field, data[field])
    if roles != user.roles:
        changed.append(_changes("roles", user.roles, roles))
        user.roles = roles
    changed += [f"groups: {c}" for c in set_groups(request, scope, user, data.get("groups", ()))]
    if changed:
        record(request, audit.USER_CHANGED, user.login, "; ".join(changed))
    flash(request, _("Changes saved."))


def _set_password(request, user, form):
    data = form.validate(request.POST.items())
    errors = new_password_errors(data, user)
    if errors:
        return with_errors(form, errors)
    user.set_password(data["new_password"], temporary=True)
    user.end_sessions()
    request.root.principals.clear_failures([account_key(user.login)])
    record(request, audit.PASSWORD_CHANGED, user.login, "set by a manager")
    flash(request, _("The new password is set. The user has been logged out everywhere."))


def _send_link(request, user, form):
    """Mail the user a one-time link to choose their own password (the manager never knows it)."""
    if not user.email:
        return with_errors(form, {}, _("This account has no email address: add one first."))
    try:
        send_reset_link(request, user)
    except MailNotSent:
        request.tm.doom()
        return with_errors(form, {}, MAIL_FAILED)
    message = "A link to choose a new password is queued for ${email}: it goes out as soon as the mail server takes it."
    flash(request, _(message, mapping={"email": user.email}))


def _set_active(request, user, post) -> None:
    """Disable or enable ``user``: the button pressed says which."""
    active = "enable" in post if ("enable" in post) != ("disable" in post) else user.active
    if user is request.identity:
        flash(request, _("You cannot disable your own account."))
    elif user.active != active:
        user.active = active
        if active:
            record(request, audit.USER_ENABLED, user.login)
            flash(request, _("The account is enabled again."))
        else:
            user.end_sessions()
            record(request, audit.USER_DISABLED, user.login)
            flash(request, _("The account is disabled: the user can no longer log in."))


def local_grants(request, scope: Scope, user: User) -> list[dict]:
    """Where ``user`` holds local roles, themselves or through a group (in scope), from the ``grants`` index."""
    site = scope.site
    principals = {user_principal(user.id): None}
    for gid in sorted(user.groups):
        group = scope.principals.get_group(gid)
        principals[f"group:{gid}"] = group.title if group is not None else gid
    query = Any(GRANTS, [f"{p}|{role}" for p in principals for role in LOCAL_ROLES])
    if not scope.everything:
        query = And(query, All(PATH, [resource_path(scope.portal)]))
    _total, docids = site.catalog.query(query)
    places = [site] if scope.everything else []  # the root is not in the catalog
    catalog = site.catalog
    places += resolve(catalog, site, sorted(list(docids)[:200], key=lambda docid: catalog.path_for(docid) or ""))
    rows = []
    for place in places:
        granted = getattr(place, "local_roles", None) or {}
        for principal, through in principals.items():
            roles = [r for r in LOCAL_ROLES if r in granted.get(principal, ())]
            if roles:
                rows.append({"place": place, "roles": _roles_text(request, roles), "through": through})
    return rows


@view_config(context=PortalBase, name="user", permission=MANAGE_USERS, renderer="hpportal:core/templates/user.pt")
def user_view(context, request):
    scope = scope_of(context, request)
    if "id" not in request.params:
        return HTTPSeeOther(request.resource_url(context, "users"))
    user = scope.user(request.params["id"])
    here = request.resource_url(context, "user", query={"id": user.id})
    with_roles = scope.everything and is_administrator(request)
    schema = user_schema(request, scope, adding=False, with_roles=with_roles)
    status = (
        ("enable", _("Enable the account")) if not user.active else ("disable", _("Disable the account"), "btn-danger")
    )
    forms = {
        "user-form": named_form(request, schema, "user-form", here, ("save", _("Save"))),
        "set-password-form": named_form(
            request, SetPasswordSchema(), "set-password-form", here, ("set_password", _("Set password"))
        ),
        "reset-link-form": named_form(
            request, colander.MappingSchema(), "reset-link-form", here, ("send_link", _("Send a reset link"))
        ),
        "status-form": named_form(request, colander.MappingSchema(), "status-form", here, status),
    }
    if not may_change(request, user):
        forms = {}
    elif user is request.identity:
        del forms["status-form"]
    shown = {}
    if request.method == "POST":
        actions = {
            "user-form": lambda form: _save_user(request, scope, user, form, with_roles),
            "set-password-form": lambda form: _set_password(request, user, form),
            "reset-link-form": lambda form: _send_link(request, user, form),
            "status-form": lambda form: _set_active(request, user, request.POST),
        }
        shown = post_to(request, forms, {k: v for k, v in actions.items() if k in forms})
        if shown is None:
            return HTTPSeeOther(here)
    values = {"login": user.login, "roles": set(user.roles), "groups": set(user.groups)}
    values.update({field: getattr(user, field) for field in USER_FIELDS})
    for formid, form in forms.items():
        shown.setdefault(formid, form.render(values if formid == "user-form" else {}))
    memberships = filter(None, (scope.principals.get_group(g) for g in sorted(user.groups)))
    return {
        "user": user,
        "forms": shown,
        "changeable": bool(forms),
        "roles": _roles_text(request, user.roles),
        "grants": local_grants(request, scope, user),
        "memberships": [{"group": g, "link": scope.holds(g)} for g in memberships],
        "resources": form_resources(request, forms["user-form"]) if forms else {"js": [], "css": []},
    }
