"""Where a user lands after logging in (issue 12.15): a safe return address they came from, else
"Việc của tôi" when work waits for them, else their own portal (a component portal's board member
lands on that portal), else the city home."""

from __future__ import annotations

from repoze.catalog.query import Any, Eq

from hpportal.core.catalog.catalog import GRANTS, UID, resolve
from hpportal.core.portal import find_portal
from hpportal.core.returnto import local_path, safe_return
from hpportal.core.security import (
    APPROVER,
    COLLABORATOR,
    EDITOR,
    RESPONDER,
    SITE_MANAGER,
    allowed_tokens_for,
    user_principal,
)

#: The roles that make a portal one's own when granted there.
BOARD_ROLES = (COLLABORATOR, EDITOR, APPROVER, SITE_MANAGER, RESPONDER)


def portal_by_uid(site, uid: str | None):
    """The component portal with this uid, or ``None``."""
    if not uid:
        return None
    _total, docids = site.catalog.query(Eq(UID, uid))
    return next(resolve(site.catalog, site, list(docids)[:1]), None)


def own_portal(site, user):
    """The portal the user belongs to: the one managing the account, else the one of all their groups,
    else the one where all their roles on content are granted; else the city."""
    found = portal_by_uid(site, user.home)
    if found is not None:
        return found
    homes = {getattr(site.principals.groups.get(gid), "home", None) for gid in user.groups}
    homes.discard(None)
    if len(homes) == 1:
        return portal_by_uid(site, homes.pop()) or site
    # Roles granted on content directly (the sharing page), to the user or their groups.
    holders = [user_principal(user.id), *user.group_principals()]
    tokens = [f"{principal}|{role}" for principal in holders for role in BOARD_ROLES]
    _total, docids = site.catalog.query(Any(GRANTS, tokens), limit=50)
    portals = {id(p): p for p in map(find_portal, resolve(site.catalog, site, docids)) if p}
    found = [p for p in portals.values() if p is not site]
    return found[0] if len(found) == 1 and len(portals) == 1 else site


def landing(request, user) -> str:
    """The user's own page after logging in: My work when something waits for them, else their portal."""
    from hpportal.core.views.workflow import waiting_for_me  # noqa: PLC0415 - views import this module

    site = request.root
    if waiting_for_me(request, site, allowed_tokens_for(user), limit=1):
        return request.resource_url(site, "my-work")
    return request.resource_url(own_portal(site, user))


def after_login(request, user, came_from: str) -> str:
    """Where to send ``user`` who just logged in: ``came_from`` when it is a page of this site worth
    returning to (not the home page they were shown), else :func:`landing`."""
    path = local_path(request, came_from)
    if path is not None and path.split("?", 1)[0] not in ("/", ""):
        target = safe_return(request, came_from, "")
        if target:
            return target
    return landing(request, user)
