"""Whom a manager sees and may change: the city's Administrator everyone, a component portal's Site Manager
the accounts and groups homed there (users: ``people.py``, groups: ``groups.py``)."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPNotFound

from hpportal.core.names import fold
from hpportal.core.portal import find_site
from hpportal.core.principals import Group, User
from hpportal.core.security import ADMINISTRATOR


class Scope:
    """Who a manager sees from ``portal``: everyone from the city portal, a component portal's own people there."""

    def __init__(self, portal):
        self.portal = portal
        self.site = find_site(portal)
        self.principals = self.site.principals
        self.everything = portal is self.site
        self.home = None if self.everything else portal.uid

    def holds(self, principal) -> bool:
        return self.everything or principal.home == self.home

    def users(self, text: str = "") -> list[User]:
        """In scope, by login; ``text`` filters on login, name, email and unit (diacritics folded)."""
        needle = fold(text.strip())
        found = (self.principals.get(user_id) for user_id in self.principals.logins.values())
        return [
            user
            for user in found
            if user is not None
            and self.holds(user)
            and (not needle or any(needle in fold(v or "") for v in (user.login, user.title, user.email, user.unit)))
        ]

    def groups(self) -> list[Group]:
        return sorted((g for g in self.principals.groups.values() if self.holds(g)), key=lambda g: fold(g.title))

    def user(self, user_id: str) -> User:
        return self._held(self.principals.get(user_id or ""))

    def group(self, group_id: str) -> Group:
        return self._held(self.principals.get_group(group_id or ""))

    def _held(self, found):
        if found is None or not self.holds(found):
            raise HTTPNotFound()
        return found


def scope_of(context, request) -> Scope:
    request.response.cache_control.no_store = True  # lists of people: never kept by a browser or proxy
    return Scope(context)


def is_administrator(request) -> bool:
    return ADMINISTRATOR in request.identity.roles


def may_change(request, user: User) -> bool:
    """Accounts holding a global role are changed by Administrators only (nobody else can give those roles)."""
    return is_administrator(request) or not user.roles
