"""The sharing page of every folder: grant and revoke local roles, see what is inherited, block inheritance.

Grants name principals by stable id (``user:u-…``, ``group:g-…``). Only the
local roles of :data:`LOCAL_ROLES` can be given here: a forged form cannot
make anyone an Administrator or an Inspector, which are global roles.
"""

from __future__ import annotations

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.folder import Folder
from hpportal.core.i18n import _
from hpportal.core.localroles import local_roles, set_blocked, set_local_roles
from hpportal.core.portal import find_site
from hpportal.core.security import (
    ADMINISTRATOR,
    LOCAL_ROLES,
    MANAGE_SHARING,
    ROLE_TITLES,
    SITE_MANAGER,
    inherited_local_roles,
)

SEARCH_LIMIT = 20


def _rows(request, context, extra: list[str]) -> list[dict]:
    """One row per principal with roles here or from above, plus ``extra`` principals (search hits)."""
    principals = find_site(context).principals
    here = local_roles(context)
    inherited: dict[str, dict[str, object]] = {}
    if not getattr(context, "block_local_roles", False) and context.__parent__ is not None:
        for node, granted in inherited_local_roles(context.__parent__):
            for principal, roles in granted.items():
                for role in roles:
                    inherited.setdefault(principal, {}).setdefault(role, node)
    rows = []
    for principal in dict.fromkeys([*here, *inherited, *extra]):
        title = principals.principal_title(principal)
        if title is None:
            continue  # a user or group deleted since: nothing to show or grant
        kind, _sep, ident = principal.partition(":")
        login = principals.get(ident).login if kind == "user" else ""
        rows.append(
            {
                "principal": principal,
                "title": title,
                "login": login,
                "is_group": kind == "group",
                "roles": [
                    {
                        "role": role,
                        "granted": role in here.get(principal, ()),
                        "from": inherited.get(principal, {}).get(role),
                    }
                    for role in LOCAL_ROLES
                ],
            }
        )
    return sorted(rows, key=lambda r: (not r["is_group"], r["title"]))


def _search(context, text: str) -> list[str]:
    if not text.strip():
        return []
    users, groups = find_site(context).principals.search(text, limit=SEARCH_LIMIT)
    return [g.principal for g in groups] + [f"user:{u.id}" for u in users if u.active]


def _changes(before, after) -> str:
    added = " ".join(f"+{r}" for r in sorted(after - before))
    removed = " ".join(f"-{r}" for r in sorted(before - after))
    return " ".join(filter(None, [added, removed]))


def _is_above_sharing(request) -> bool:
    """Administrators and global Site Managers cannot lock themselves out of a folder."""
    user = request.identity
    return user is not None and bool(user.roles & {ADMINISTRATOR, SITE_MANAGER})


@view_config(context=Folder, name="sharing", permission=MANAGE_SHARING, renderer="hpportal:core/templates/sharing.pt")
def sharing(context, request):
    text = request.params.get("q", "")[:100]
    error = None
    if request.method == "POST" and "save" in request.POST:
        principals = find_site(context).principals
        stored_roles = local_roles(context)
        stored_block = bool(getattr(context, "block_local_roles", False))
        path = resource_path(context) or "/"
        for principal in dict.fromkeys(request.POST.getall("principal")):
            title = principals.principal_title(principal)
            if title is None:
                continue
            before = set(local_roles(context).get(principal, ()))
            wanted = set(request.POST.getall(f"role:{principal}")) & set(LOCAL_ROLES)
            after = (before - set(LOCAL_ROLES)) | wanted  # roles this page does not give are kept
            added, removed = set_local_roles(context, principal, after, registry=request.registry)
            if added or removed:
                record(request, audit.ROLES_CHANGED, path, f"{title}: {_changes(before, after)}")
        blocked = bool(request.POST.get("block"))
        if set_blocked(context, blocked, registry=request.registry):
            record(request, audit.INHERITANCE_CHANGED, path, "blocked" if blocked else "inherited")
        if not request.has_permission(MANAGE_SHARING, context) and not _is_above_sharing(request):
            # Nothing of this is kept: the transaction is doomed and aborted at the end of the request;
            # the page shows the roles as they are stored.
            request.tm.doom()
            context.local_roles.clear()
            context.local_roles.update(stored_roles)
            context.block_local_roles = stored_block
            error = _(
                "These changes would take away your own right to manage sharing here, so they were not saved. "
                "To block inheritance, first give yourself the Site manager role on this folder, save, then block."
            )
        else:
            request.session.flash(request.localizer.translate(_("Changes saved.")))
            return HTTPSeeOther(request.resource_url(context, "sharing"))
    found = _search(context, text)
    return {
        "rows": _rows(request, context, found),
        "nobody_found": bool(text.strip()) and not found,
        "roles": [(role, ROLE_TITLES[role]) for role in LOCAL_ROLES],
        "blocked": bool(getattr(context, "block_local_roles", False)),
        "q": text,
        "error": error,
    }
