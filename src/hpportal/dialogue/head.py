"""Trưởng Ban Biên tập: the Head of a portal's Editorial Board, the only one who approves a dialogue's plan.

The board's Approvers group holds the Head and the Deputy Heads alike (core/boards.py); Art. 8.2 names the
Head alone. So each portal records who its Head is, by the user's stable id (``board_head``), among the
members of its Approvers group; the portal's Site Manager sets it on the dialogues section.
"""

from __future__ import annotations

from hpportal.core.boards import board_of
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import APPROVER, REVIEW


def head_id(portal) -> str | None:
    return getattr(portal, "board_head", None)


def approvers(portal) -> list:
    """The members of the portal's Approvers group (the Head and the Deputies): who may be named Head."""
    site = find_site(portal)
    group = board_of(portal, site.principals).get(APPROVER)
    return site.principals.members_of(group) if group is not None else []


def set_head(portal, user_id: str | None) -> None:
    """Name the Head (one of :func:`approvers`), or nobody with ``None``."""
    if user_id is not None and user_id not in {user.id for user in approvers(portal)}:
        raise ValueError(f"{user_id!r} is not an Approver of {portal.title!r}")
    portal.board_head = user_id


def is_head(request, dialogue) -> bool:
    """Whether the request's user is the Head of the board of the dialogue's portal, and an Approver there."""
    user = request.identity
    if user is None:
        return False
    portal = find_portal(dialogue)
    return head_id(portal) == user.id and bool(request.has_permission(REVIEW, dialogue))
