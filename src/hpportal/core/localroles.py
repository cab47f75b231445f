"""Granting and revoking local roles (the sharing page, board creation, the demo).

Every change fires :class:`LocalRolesModified`, so the catalog refreshes who may
view the folder and everything below it.
"""

from __future__ import annotations

from persistent.mapping import PersistentMapping

from hpportal.core.events import LocalRolesModified, notify


def local_roles(obj) -> dict[str, frozenset[str]]:
    """Roles granted on ``obj`` itself, by principal."""
    return dict(getattr(obj, "local_roles", None) or {})


def set_local_roles(obj, principal: str, roles, *, registry) -> tuple[set[str], set[str]]:
    """Make ``roles`` exactly what ``principal`` has on ``obj``; return ``(added, removed)``."""
    if getattr(obj, "local_roles", None) is None:
        obj.local_roles = PersistentMapping()
    before = set(obj.local_roles.get(principal, ()))
    after = set(roles)
    if before == after:
        return set(), set()
    if after:
        obj.local_roles[principal] = frozenset(after)
    else:
        del obj.local_roles[principal]
    notify(registry, LocalRolesModified(obj))
    return after - before, before - after


def grant(obj, principal: str, *roles: str, registry) -> None:
    set_local_roles(obj, principal, set(local_roles(obj).get(principal, ())) | set(roles), registry=registry)


def revoke_all(obj, principal: str, *, registry) -> None:
    set_local_roles(obj, principal, (), registry=registry)


def set_blocked(obj, blocked: bool, *, registry) -> bool:
    """Stop (or restore) the inheritance of roles granted above ``obj``; ``True`` when it changed."""
    if bool(getattr(obj, "block_local_roles", False)) == bool(blocked):
        return False
    obj.block_local_roles = bool(blocked)
    notify(registry, LocalRolesModified(obj))
    return True
