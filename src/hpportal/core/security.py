"""Roles, permissions, local roles and the Pyramid 2 security policy.

A user's roles on a context are their global roles plus the local roles
granted to them (or to their groups) on the context and its ancestors.
Roles become permissions through the object's role -> permissions map: its
own ``permission_map`` when it has one (the workflow sets it by state),
else the map of its type, else :data:`DEFAULT_PERMISSION_MAP`.
"""

from __future__ import annotations

import time

from pyramid.location import lineage
from pyramid.request import RequestLocalCache
from pyramid.security import Allowed, Denied

from hpportal.core import clock
from hpportal.core.i18n import _
from hpportal.core.location import find_portal

# -- permissions (named verbs) -------------------------------------------
VIEW = "view"
ADD = "add"
EDIT = "edit"
DELETE = "delete"
MANAGE_CONTENTS = "manage_contents"  # order, rename, bulk actions in folder contents
MANAGE_PORTAL = "manage_portal"  # a portal's settings; creating component portals
MANAGE_SHARING = "manage_sharing"  # grant and revoke local roles, block inheritance
MANAGE_USERS = "manage_users"  # create, edit and disable users and groups
REVIEW = "review"  # approve, publish, send back (workflows.zcml says in which states, for whom)
SUBMIT = "submit"  # send a draft for approval
RETRACT = "retract"  # take back what was submitted or published
VIEW_INACTIVE = "view_inactive"  # see an item before its publication date or after it expired
VIEW_HISTORY = "view_history"  # an item's versions and its workflow history
VIEW_PERSONAL_DATA = "view_personal_data"  # a question sender's ID, address, phone, email (logged)
ANSWER_QUESTION = "answer_question"  # Q&A: answer what was routed to one's agency
INSPECT = "inspect"  # attach inspection notes (Art. 18.2)
VIEW_INSPECTIONS = "view_inspections"  # read inspection notes and the dashboard
VIEW_AUDIT = "view_audit"  # the audit log (Administrators only)
MANAGE_SYSTEM = "manage_system"  # planned maintenance, the database (Administrators only)

ALL_PERMISSIONS = frozenset(
    {
        VIEW,
        ADD,
        EDIT,
        DELETE,
        MANAGE_CONTENTS,
        MANAGE_PORTAL,
        MANAGE_SHARING,
        MANAGE_USERS,
        REVIEW,
        SUBMIT,
        RETRACT,
        VIEW_INACTIVE,
        VIEW_HISTORY,
        VIEW_PERSONAL_DATA,
        ANSWER_QUESTION,
        INSPECT,
        VIEW_INSPECTIONS,
        VIEW_AUDIT,
        MANAGE_SYSTEM,
    }
)

# -- roles (what people are in the regulation) ---------------------------
ANONYMOUS = "Anonymous"  # Citizen: everyone, logged in or not
AUTHENTICATED = "Authenticated"
OWNER = "Owner"  # the local role a creator gets on what they create
COLLABORATOR = "Collaborator"  # cộng tác viên
EDITOR = "Editor"  # biên tập viên
APPROVER = "Approver"  # Trưởng / Phó Ban Biên tập
SITE_MANAGER = "Site Manager"  # quản trị cổng
RESPONDER = "Responder"  # cơ quan trả lời câu hỏi
INSPECTOR = "Inspector"  # Sở Văn hoá, Thể thao và Du lịch (Art. 18.2)
ADMINISTRATOR = "Administrator"  # quản trị hệ thống

#: How roles are named on pages.
ROLE_TITLES = {
    COLLABORATOR: _("Collaborator"),
    EDITOR: _("Editor"),
    APPROVER: _("Approver"),
    SITE_MANAGER: _("Site manager"),
    RESPONDER: _("Responder"),
    INSPECTOR: _("Inspector"),
    ADMINISTRATOR: _("Administrator"),
}

#: Roles granted on a folder (the sharing page), to users or groups.
LOCAL_ROLES = (COLLABORATOR, EDITOR, APPROVER, SITE_MANAGER, RESPONDER)
#: Roles held everywhere (the user form; Administrators only).
GLOBAL_ROLES = (SITE_MANAGER, INSPECTOR, ADMINISTRATOR)
#: Roles that must log in with a second factor (TOTP).
TWO_FACTOR_ROLES = frozenset({SITE_MANAGER, ADMINISTRATOR})

_BOARD = frozenset({VIEW, ADD, EDIT, DELETE, MANAGE_CONTENTS, VIEW_INSPECTIONS, VIEW_INACTIVE, VIEW_HISTORY})

#: Roles -> permissions where neither the object's workflow state nor its type says otherwise.
#: A workflow state's map (workflows.zcml) replaces the lines of the permissions it names.
DEFAULT_PERMISSION_MAP: dict[str, frozenset[str]] = {
    ANONYMOUS: frozenset({VIEW}),
    OWNER: frozenset({VIEW, EDIT, DELETE, VIEW_INACTIVE, VIEW_HISTORY}),
    COLLABORATOR: frozenset({VIEW, ADD}),
    EDITOR: _BOARD,
    APPROVER: _BOARD | {REVIEW},
    SITE_MANAGER: _BOARD | {REVIEW, MANAGE_PORTAL, MANAGE_SHARING, MANAGE_USERS},
    RESPONDER: frozenset({VIEW, ANSWER_QUESTION}),
    INSPECTOR: frozenset({VIEW, INSPECT, VIEW_INSPECTIONS, VIEW_INACTIVE, VIEW_HISTORY}),
}

#: Roles a workflows.zcml permission map may name.
KNOWN_ROLES = frozenset(
    {ANONYMOUS, AUTHENTICATED, OWNER, COLLABORATOR, EDITOR, APPROVER, SITE_MANAGER, RESPONDER, INSPECTOR, ADMINISTRATOR}
)

#: Roles everyone has: what the public sees.
PUBLIC_ROLES = frozenset({ANONYMOUS, AUTHENTICATED})

EVERYONE = "system.Everyone"
AUTHENTICATED_PRINCIPAL = "system.Authenticated"


def user_principal(user_id: str) -> str:
    """How a user is named in local roles: by stable id, never by login."""
    return f"user:{user_id}"


def group_principal(group_id: str) -> str:
    return f"group:{group_id}"


def role_token(role: str) -> str:
    """How a role is named in the ``allowed`` index."""
    return f"role:{role}"


def principals_for(user) -> list[str]:
    """Principal ids standing for ``user`` (``None``: anonymous)."""
    if user is None:
        return [EVERYONE]
    return [EVERYONE, AUTHENTICATED_PRINCIPAL, user_principal(user.id), *user.group_principals()]


def allowed_tokens_for(user) -> list[str]:
    """What ``user`` is, in the terms of the ``allowed`` index: global roles and principals."""
    tokens = [role_token(ANONYMOUS)]
    if user is not None:
        tokens.append(role_token(AUTHENTICATED))
        tokens.extend(role_token(role) for role in sorted(user.roles))
        tokens.append(user_principal(user.id))
        tokens.extend(user.group_principals())
    return tokens


def inherited_local_roles(context) -> list[tuple[object, dict]]:
    """``(node, {principal: roles})`` for ``context`` and each ancestor whose grants reach it."""
    found = []
    for node in lineage(context):
        granted = getattr(node, "local_roles", None)
        if granted:
            found.append((node, dict(granted)))
        if getattr(node, "block_local_roles", False):
            break
    return found


def closed_portal(context):
    """The component portal not yet opened to the public that ``context`` is in, or ``None``."""
    portal = find_portal(context)
    return portal if portal is not None and getattr(portal, "opened", True) is False else None


def effective_local_roles(context) -> list[tuple[object, dict]]:
    """:func:`inherited_local_roles`, less the roles the governing object takes only from its own grants.

    An object may name such roles in ``assigned_roles``: they count where granted on it (or below
    it), never when inherited from above. A question's Responder role comes from its assignment
    to an agency, not from a Responder grant on the portal it was asked on.
    """
    found = inherited_local_roles(context)
    node_of_state = governing(context)
    assigned_only = frozenset(getattr(node_of_state, "assigned_roles", ()))
    if not assigned_only:
        return found
    kept, above = [], False
    for node, granted in found:
        if above:
            granted = {p: frozenset(r) - assigned_only for p, r in granted.items() if frozenset(r) - assigned_only}
        kept.append((node, granted))
        above = above or node is node_of_state
    return kept


def allowed_to_view(context) -> list[str]:
    """Who may view ``context``: index tokens of global roles and of principals with local roles.

    Everyone (``role:Anonymous``) stands alone: nothing else needs listing. In a portal not yet
    opened, the public roles see nothing.
    """
    mapping = permission_map(context)
    viewers = {role for role, permissions in mapping.items() if VIEW in permissions} | {ADMINISTRATOR}
    if closed_portal(context) is not None:
        viewers -= PUBLIC_ROLES
    if ANONYMOUS in viewers:
        return [role_token(ANONYMOUS)]
    tokens = {role_token(role) for role in viewers}
    for _node, granted in effective_local_roles(context):
        for principal, roles in granted.items():
            if viewers.intersection(roles):
                tokens.add(principal)
    return sorted(tokens)


def local_roles_of(context, principals) -> set[str]:
    """Roles granted on ``context`` and its ancestors to any of ``principals``."""
    roles: set[str] = set()
    for _node, granted in effective_local_roles(context):
        for principal in principals:
            roles.update(granted.get(principal, ()))
    return roles


def roles_of(user, context) -> set[str]:
    roles = {ANONYMOUS}
    if user is not None:
        roles.add(AUTHENTICATED)
        roles.update(user.roles)
        roles.update(local_roles_of(context, principals_for(user)))
    return roles


def governing(context):
    """The object whose workflow state rules ``context``: itself, or the workflowed item it belongs to."""
    if getattr(context, "permission_map", None) is None:
        parent = getattr(context, "__parent__", None)
        if getattr(parent, "permission_map", None) is not None:
            return parent
    return context


def permission_map(context) -> dict[str, frozenset[str]]:
    """The object's own map (set by its workflow state), else its container's own map when it has one
    (an article's lead image follows the article), else its type's, else the default.

    A dependent item marked ``private`` (a citizen's attachment to a question) follows its container
    except that it is never public: see :func:`private_map`.
    """
    node = governing(context)
    own = getattr(node, "permission_map", None)
    if own is not None:
        return private_map(own) if node is not context and getattr(context, "private", False) else own
    info = getattr(context, "type_info", None)
    if info is not None and "permissions" in info.extra:
        return info.extra["permissions"]
    return DEFAULT_PERMISSION_MAP


#: Who may see, on an item, what the public may not: they also see its private attachments.
_BEYOND_PUBLIC = frozenset({VIEW_INACTIVE, VIEW_HISTORY, VIEW_PERSONAL_DATA})


def private_map(mapping: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``mapping`` for a private dependent item: Anonymous and Authenticated never view it; those who
    view the container or see what the public may not about it (history, personal data) do."""
    private = {}
    for role, perms in mapping.items():
        if role in (ANONYMOUS, AUTHENTICATED):
            private[role] = perms - {VIEW}
        elif perms & _BEYOND_PUBLIC:
            private[role] = perms | {VIEW}
        else:
            private[role] = perms
    return private


def is_live(context, now=None) -> bool:
    """Whether ``context`` is within its publication dates: effective (if set) has come, expiry (if set) has not.

    Objects without dates are always live; the dates of a lead image are its article's.
    """
    node = governing(context)
    effective = getattr(node, "effective", None)
    expires = getattr(node, "expires", None)
    if effective is None and expires is None:
        return True
    now = now or clock.now()
    return (effective is None or effective <= now) and (expires is None or now < expires)


def has_permission_by_roles(roles, permission: str, context) -> bool:
    if ADMINISTRATOR in roles:
        return True
    mapping = permission_map(context)
    granted = any(permission in mapping.get(role, ()) for role in roles)
    if granted and PUBLIC_ROLES.issuperset(roles) and closed_portal(context) is not None:
        return False  # a portal not yet opened: its board sees it, the public does not
    if granted and permission == VIEW and not is_live(context):
        # Before its publication date and after its expiry only the board sees an item.
        return any(VIEW_INACTIVE in mapping.get(role, ()) for role in roles)
    return granted


def may_delete(request, obj) -> bool:
    """``delete`` on ``obj``; a whole portal also needs ``manage_portal`` on the portal above it.

    A component portal's own Site Manager runs everything inside it, but cannot remove the portal.
    """
    if obj.__parent__ is None or not request.has_permission(DELETE, obj):
        return False
    if getattr(obj, "is_portal", False):
        return bool(request.has_permission(MANAGE_PORTAL, obj.__parent__))
    return True


class PortalSecurityPolicy:
    """Identity from the signed session; permissions from roles (DESIGN §4).

    A session ends when it has been idle too long (the session factory's
    timeout), when it is older than ``max_age`` seconds whatever the use, and
    when its user logs out everywhere (their ``session_epoch`` moves on).
    """

    session_key = "hpportal.userid"
    started_key = "hpportal.started"
    epoch_key = "hpportal.epoch"

    def __init__(self, find_user, max_age: int = 8 * 3600):
        # ``find_user(request, user_id)`` returns a user or None: the policy
        # does not know where principals are stored.
        self.find_user = find_user
        self.max_age = max_age
        # A page asks ``request.identity`` at every permission check: the user is looked up once per request
        # and id (a login or logout within the request changes the id); the checks below stay on every call.
        self._users = RequestLocalCache(lambda request: {})

    def identity(self, request):
        session = request.session
        user_id = session.get(self.session_key)
        if user_id is None:
            return None
        users = self._users.get_or_create(request)
        if user_id not in users:
            users[user_id] = self.find_user(request, user_id)
        user = users[user_id]
        if user is None or not user.active:
            return None
        if time.time() - session.get(self.started_key, 0) > self.max_age:
            return None
        if session.get(self.epoch_key) != user.session_epoch:
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
        user = self.find_user(request, userid)
        request.session.invalidate()
        request.session[self.session_key] = userid
        request.session[self.started_key] = int(time.time())
        request.session[self.epoch_key] = user.session_epoch if user is not None else 0
        request.session.new_csrf_token()
        return []

    def forget(self, request, **kw):
        request.session.invalidate()
        return []
