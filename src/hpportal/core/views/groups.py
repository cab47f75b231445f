"""Groups management for Administrators and Site Managers, scoped by portal as users are (``people.py``)."""

from __future__ import annotations

import re

import colander
import deform
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.forms import form_resources, with_errors
from hpportal.core.i18n import _
from hpportal.core.portal import PortalBase
from hpportal.core.principals import Group
from hpportal.core.security import MANAGE_USERS
from hpportal.core.views.people import FORM_PAGE, add_page, flash, named_form, portal_titles, post_to, scope_of, strip


class GroupSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Title"), preparer=strip, validator=colander.Length(1, 200))
    description = colander.SchemaNode(
        colander.String(), title=_("Description"), missing="", widget=deform.widget.TextAreaWidget(rows=3)
    )


class MembersSchema(colander.MappingSchema):
    logins = colander.SchemaNode(
        colander.String(),
        title=_("Add members"),
        description=_("Login names, separated by commas or spaces."),
        validator=colander.Length(1, 2000),
    )


@view_config(context=PortalBase, name="groups", permission=MANAGE_USERS, renderer="hpportal:core/templates/groups.pt")
def groups(context, request):
    scope = scope_of(context, request)
    found = scope.groups()
    homes = portal_titles(scope.site, [g.home for g in found]) if scope.everything else {}
    rows = [{"group": g, "count": len(g.members), "home": homes.get(g.home, "")} for g in found]
    return {"rows": rows, "everything": scope.everything}


@view_config(context=PortalBase, name="add-group", permission=MANAGE_USERS, renderer=FORM_PAGE)
def add_group(context, request):
    scope = scope_of(context, request)
    form = named_form(
        request, GroupSchema(), "group-form", request.resource_url(context, "add-group"), ("add", _("Add"))
    )

    def create(data):
        group = scope.principals.add_group(Group(data["title"], data["description"], home=scope.home))
        record(request, audit.GROUP_ADDED, group.title, context.title)
        flash(request, _("Group “${title}” was created.", mapping={"title": group.title}))
        return HTTPSeeOther(request.resource_url(context, "group", query={"id": group.id}))

    return add_page(request, form, _("New group"), create)


def _save_group(request, group, form):
    data = form.validate(request.POST.items())
    fields = ("title", "description")
    changed = [f"{f}: {getattr(group, f)} → {data[f]}" for f in fields if getattr(group, f) != data[f]]
    if changed:
        group.title, group.description = data["title"], data["description"]
        record(request, audit.GROUP_CHANGED, group.title, "; ".join(changed))
    flash(request, _("Changes saved."))


def _add_members(request, scope, group, form):
    data = form.validate(request.POST.items())
    logins = [word.lower() for word in re.split(r"[\s,;]+", data["logins"]) if word]
    found = {login: scope.principals.by_login(login) for login in logins}
    unknown = [login for login, user in found.items() if user is None or not scope.holds(user)]
    if unknown:
        message = _("No user here has the login name: ${logins}.", mapping={"logins": ", ".join(unknown)})
        return with_errors(form, {"logins": message})
    added = [user for user in found.values() if user.id not in group.members]
    for user in added:
        scope.principals.add_member(group, user)
    if added:
        record(request, audit.MEMBERS_CHANGED, group.title, " ".join(f"+{u.login}" for u in added))
    flash(request, _("${count} members added.", mapping={"count": len(added)}))


def _remove_member(request, scope, group) -> None:
    user = scope.principals.get(request.POST.get("remove", ""))
    if user is not None and user.id in group.members:
        scope.principals.remove_member(group, user)
        record(request, audit.MEMBERS_CHANGED, group.title, f"-{user.login}")
        flash(request, _("“${name}” is no longer a member.", mapping={"name": user.title}))


@view_config(context=PortalBase, name="group", permission=MANAGE_USERS, renderer="hpportal:core/templates/group.pt")
def group_view(context, request):
    scope = scope_of(context, request)
    if "id" not in request.params:
        return HTTPSeeOther(request.resource_url(context, "groups"))
    group = scope.group(request.params["id"])
    here = request.resource_url(context, "group", query={"id": group.id})
    forms = {
        "group-form": named_form(request, GroupSchema(), "group-form", here, ("save", _("Save"))),
        "members-form": named_form(request, MembersSchema(), "members-form", here, ("add", _("Add"))),
    }
    shown = {}
    if request.method == "POST":
        actions = {
            "group-form": lambda form: _save_group(request, group, form),
            "members-form": lambda form: _add_members(request, scope, group, form),
            "member-list-form": lambda _unused: _remove_member(request, scope, group),
        }
        shown = post_to(request, forms, actions)
        if shown is None:
            return HTTPSeeOther(here)
    shown.setdefault("group-form", forms["group-form"].render({"title": group.title, "description": group.description}))
    shown.setdefault("members-form", forms["members-form"].render())
    members = sorted(scope.principals.members_of(group), key=lambda u: u.login)
    return {
        "group": group,
        "forms": shown,
        "members": [{"user": u, "link": scope.holds(u)} for u in members],
        "resources": form_resources(request, forms["group-form"]),
    }
