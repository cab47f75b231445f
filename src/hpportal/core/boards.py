"""Editorial boards: the groups that run a component portal, with local roles on it (Art. 11, 12).

A board is five groups: Approvers (Trưởng / Phó Ban Biên tập), Editors,
Collaborators, Site Managers and Responders (the portal as an agency that answers
questions, "Cơ quan trả lời"), each given its role on the portal. Groups are known
by stable id, so renaming the portal or a group keeps every grant.
"""

from __future__ import annotations

from hpportal.core.i18n import _
from hpportal.core.localroles import grant
from hpportal.core.principals import Group
from hpportal.core.security import APPROVER, COLLABORATOR, EDITOR, RESPONDER, SITE_MANAGER

#: (role, how the group is named in Vietnamese, the translatable label of the role on a board)
BOARD_ROLES = (
    (APPROVER, "Lãnh đạo Ban Biên tập", _("Approvers")),
    (EDITOR, "Biên tập viên", _("Editors")),
    (COLLABORATOR, "Cộng tác viên", _("Collaborators")),
    (SITE_MANAGER, "Quản trị cổng", _("Site managers")),
    (RESPONDER, "Cơ quan trả lời", _("Responders")),
)


def create_board(portal, principals, *, registry, roles=None) -> dict[str, Group]:
    """Make the board groups of ``portal`` (all, or those of ``roles``) and grant each its role there."""
    board = {}
    for role, name, _label in BOARD_ROLES:
        if roles is not None and role not in roles:
            continue
        group = principals.add_group(Group(f"{name} — {portal.title}", description="", home=portal.uid))
        grant(portal, group.principal, role, registry=registry)
        board[role] = group
    return board


def board_of(portal, principals) -> dict[str, Group]:
    """The groups homed on ``portal`` that hold a board role there: role -> group."""
    found = {}
    for principal, roles in (getattr(portal, "local_roles", None) or {}).items():
        kind, _sep, ident = principal.partition(":")
        group = principals.get_group(ident) if kind == "group" else None
        if group is not None and group.home == portal.uid:
            for role in roles:
                found.setdefault(role, group)
    return found


def complete_board(portal, principals, *, registry) -> dict[str, Group]:
    """Make the board groups a portal that has a board lacks (a portal made without one is left so)."""
    board = board_of(portal, principals)
    if not board:
        return {}
    missing = {role for role, _name, _label in BOARD_ROLES} - set(board)
    return create_board(portal, principals, registry=registry, roles=missing) if missing else {}
