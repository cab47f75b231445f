"""Roles, permissions, local roles and the Pyramid 2 security policy.

A user's roles on a context are their global roles plus the local roles
granted to them (or to their groups) on the context and its ancestors.
Roles become permissions through the object's role -> permissions map: its
own ``permission_map`` when it has one (the workflow sets it by state),
else the map of its type, else :data:`DEFAULT_PERMISSION_MAP`.
"""

from __future__ import annotations

from pyramid.location import lineage
from pyramid.security import Allowed, Denied

# -- permissions (named verbs) -------------------------------------------
VIEW = "view"
ADD = "add"
EDIT = "edit"
DELETE = "delete"
MANAGE_CONTENTS = "manage_contents"
MANAGE_PORTAL = "manage_portal"

ALL_PERMISSIONS = frozenset({VIEW, ADD, EDIT, DELETE, MANAGE_CONTENTS, MANAGE_PORTAL})

# -- roles (what people are in the regulation) ---------------------------
ANONYMOUS = "Anonymous"  # Citizen: everyone, logged in or not
AUTHENTICATED = "Authenticated"
OWNER = "Owner"
COLLABORATOR = "Collaborator"
EDITOR = "Editor"
APPROVER = "Approver"
SITE_MANAGER = "Site Manager"
RESPONDER = "Responder"
INSPECTOR = "Inspector"
ADMINISTRATOR = "Administrator"

#: Roles that may be granted to people (global or local).
GRANTABLE_ROLES = (COLLABORATOR, EDITOR, APPROVER, SITE_MANAGER, RESPONDER, INSPECTOR, ADMINISTRATOR)

DEFAULT_PERMISSION_MAP: dict[str, frozenset[str]] = {
    ANONYMOUS: frozenset({VIEW}),
    OWNER: frozenset({VIEW, EDIT, DELETE}),
    COLLABORATOR: frozenset({VIEW, ADD}),
    EDITOR: frozenset({VIEW, ADD, EDIT, DELETE, MANAGE_CONTENTS}),
    APPROVER: frozenset({VIEW, ADD, EDIT, DELETE, MANAGE_CONTENTS}),
    SITE_MANAGER: frozenset(ALL_PERMISSIONS),
    INSPECTOR: frozenset({VIEW}),
}

EVERYONE = "system.Everyone"
AUTHENTICATED_PRINCIPAL = "system.Authenticated"


def user_principal(user_id: str) -> str:
    return f"user:{user_id}"


def principals_for(user) -> list[str]:
    """Principal ids standing for ``user`` (``None``: anonymous)."""
    if user is None:
        return [EVERYONE]
    return [EVERYONE, AUTHENTICATED_PRINCIPAL, user_principal(user.id), *user.group_principals()]


def local_roles_of(context, principals) -> set[str]:
    """Roles granted on ``context`` and its ancestors to any of ``principals``."""
    roles: set[str] = set()
    for node in lineage(context):
        granted = getattr(node, "local_roles", None)
        if granted:
            for principal in principals:
                roles.update(granted.get(principal, ()))
        if getattr(node, "block_local_roles", False):
            break
    return roles


def roles_of(user, context) -> set[str]:
    roles = {ANONYMOUS}
    if user is not None:
        roles.add(AUTHENTICATED)
        roles.update(user.roles)
        roles.update(local_roles_of(context, principals_for(user)))
    return roles


def permission_map(context) -> dict[str, frozenset[str]]:
    own = getattr(context, "permission_map", None)
    if own is not None:
        return own
    info = getattr(context, "type_info", None)
    if info is not None and "permissions" in info.extra:
        return info.extra["permissions"]
    return DEFAULT_PERMISSION_MAP


def has_permission_by_roles(roles, permission: str, context) -> bool:
    if ADMINISTRATOR in roles:
        return True
    mapping = permission_map(context)
    return any(permission in mapping.get(role, ()) for role in roles)


class PortalSecurityPolicy:
    """Identity from the signed session; permissions from roles (DESIGN §4)."""

    session_key = "hpportal.userid"

    def __init__(self, find_user):
        # ``find_user(request, user_id)`` returns a user or None: the policy
        # does not know where principals are stored.
        self.find_user = find_user

    def identity(self, request):
        user_id = request.session.get(self.session_key)
        if user_id is None:
            return None
        user = self.find_user(request, user_id)
        if user is None or not user.active:
            return None
        return user

    def authenticated_userid(self, request):
        user = request.identity
        return user.id if user is not None else None

    def permits(self, request, context, permission):
        roles = roles_of(request.identity, context)
        if has_permission_by_roles(roles, permission, context):
            return Allowed(f"roles {sorted(roles)} grant {permission!r}")
        return Denied(f"roles {sorted(roles)} do not grant {permission!r}")

    def remember(self, request, userid, **kw):
        # A new session on login: nothing an attacker fixed beforehand survives.
        request.session.invalidate()
        request.session[self.session_key] = userid
        request.session.new_csrf_token()
        return []

    def forget(self, request, **kw):
        request.session.invalidate()
        return []
