"""A password given by a manager is changed at the first login, before anything else (issue 12, point 13).

The manager knows it, and may have sent it by mail or on paper: until the user chooses their own, every page
leads to "Đổi mật khẩu", except the steps of logging in and out.
"""

from __future__ import annotations

from pyramid.events import ContextFound
from pyramid.httpexceptions import HTTPSeeOther

#: What a user with a temporary password may still open.
OPEN_VIEWS = frozenset({"change-password", "login", "login-code", "two-factor-setup", "logout", "logout-everywhere"})


def require_own_password(event) -> None:
    request = event.request
    if request.matched_route is not None or request.view_name in OPEN_VIEWS:
        return  # static files, and the way to the new password
    user = request.identity
    if user is not None and getattr(user, "must_change_password", False):
        raise HTTPSeeOther(request.resource_url(request.root, "change-password"))


def includeme(config):
    config.add_subscriber(require_own_password, ContextFound)
