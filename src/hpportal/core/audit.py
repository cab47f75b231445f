"""The append-only audit log (security level 3): who did what, when, from where.

Entries live in a BTree keyed by the time in microseconds, so the log grows
in buckets and reads newest first without loading the whole of it. There is
no way to change or remove an entry through this module.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from BTrees.LOBTree import LOBTree
from persistent import Persistent

from hpportal.core.i18n import _

# Actions: the values are stored, the titles are shown.
LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOCKOUT = "lockout"
LOGOUT = "logout"
LOGOUT_EVERYWHERE = "logout_everywhere"
USER_ADDED = "user_added"
USER_CHANGED = "user_changed"
USER_DISABLED = "user_disabled"
USER_ENABLED = "user_enabled"
PASSWORD_CHANGED = "password_changed"
PASSWORD_RESET_SENT = "password_reset_sent"
PASSWORD_RESET = "password_reset"
TWO_FACTOR_ENABLED = "two_factor_enabled"
TWO_FACTOR_FAILED = "two_factor_failed"
RECOVERY_CODE_USED = "recovery_code_used"
GROUP_ADDED = "group_added"
GROUP_CHANGED = "group_changed"
MEMBERS_CHANGED = "members_changed"
ROLES_CHANGED = "roles_changed"
INHERITANCE_CHANGED = "inheritance_changed"
DELETED = "deleted"
INSPECTION_NOTE = "inspection_note"
MAINTENANCE_SCHEDULED = "maintenance_scheduled"
MAINTENANCE_ENDED = "maintenance_ended"
DATABASE_JOB = "database_job"
MAIL_RETRIED = "mail_retried"
TRANSITION = "transition"
PROCEDURE_CHANGED = "procedure_changed"
REVERTED = "reverted"
PERSONAL_DATA_VIEWED = "personal_data_viewed"
PERSONAL_DATA_ERASED = "personal_data_erased"
PORTAL_ADDED = "portal_added"
PORTAL_OPENED = "portal_opened"
COMMENT_MODERATED = "comment_moderated"

ACTION_TITLES = {
    TRANSITION: _("Workflow step"),
    PROCEDURE_CHANGED: _("Editorial procedure changed"),
    REVERTED: _("Version restored"),
    PERSONAL_DATA_VIEWED: _("A sender's personal data viewed"),
    PERSONAL_DATA_ERASED: _("A sender's personal data erased"),
    LOGIN: _("Logged in"),
    LOGIN_FAILED: _("Failed login"),
    LOCKOUT: _("Login locked"),
    LOGOUT: _("Logged out"),
    LOGOUT_EVERYWHERE: _("Logged out everywhere"),
    USER_ADDED: _("User created"),
    USER_CHANGED: _("User changed"),
    USER_DISABLED: _("User disabled"),
    USER_ENABLED: _("User enabled"),
    PASSWORD_CHANGED: _("Password changed"),
    PASSWORD_RESET_SENT: _("Password reset link sent"),
    PASSWORD_RESET: _("Password reset"),
    TWO_FACTOR_ENABLED: _("Two-factor login enabled"),
    TWO_FACTOR_FAILED: _("Wrong two-factor code"),
    RECOVERY_CODE_USED: _("Recovery code used"),
    GROUP_ADDED: _("Group created"),
    GROUP_CHANGED: _("Group changed"),
    MEMBERS_CHANGED: _("Group members changed"),
    ROLES_CHANGED: _("Roles changed"),
    INHERITANCE_CHANGED: _("Role inheritance changed"),
    DELETED: _("Deleted"),
    INSPECTION_NOTE: _("Inspection note"),
    MAINTENANCE_SCHEDULED: _("Maintenance announced"),
    MAINTENANCE_ENDED: _("Maintenance ended"),
    DATABASE_JOB: _("Database job started"),
    MAIL_RETRIED: _("Mail sent again"),
    PORTAL_ADDED: _("Component portal created"),
    PORTAL_OPENED: _("Component portal opened to the public"),
    COMMENT_MODERATED: _("A comment on a draft moderated"),
}


@dataclass(frozen=True)
class Entry:
    when: datetime
    action: str
    actor_id: str | None  # stable user id, or None for an anonymous visitor
    actor: str  # the login at the time (logins may change later)
    target: str  # what was acted on: a path, a login, a group title
    detail: str
    address: str  # the client's address


class AuditLog(Persistent):
    """Entries by time (microseconds since the epoch); append and read only."""

    def __init__(self):
        self._entries = LOBTree()

    def __len__(self) -> int:
        return len(self._entries)

    def append(self, entry: Entry) -> None:
        key = int(entry.when.timestamp() * 1_000_000)
        while key in self._entries:  # two entries in one microsecond: keep both
            key += 1
        self._entries[key] = entry

    def entries(self, *, since: datetime | None = None, until: datetime | None = None):
        """Entries newest first, between ``since`` and ``until`` (inclusive)."""
        low = int(since.timestamp() * 1_000_000) if since else None
        high = int(until.timestamp() * 1_000_000) if until else None
        keys = self._entries.keys(low, high)
        for index in range(len(keys) - 1, -1, -1):
            yield self._entries[keys[index]]

    def newest(self, offset: int, limit: int) -> list[Entry]:
        """A page of the log, newest first, reading only that page's entries."""
        keys = self._entries.keys()
        end = len(keys) - offset
        return [self._entries[keys[index]] for index in range(end - 1, max(end - limit, 0) - 1, -1)]


def record(request, action: str, target: str = "", detail: str = "", *, actor=None) -> None:
    """Write one entry for ``request``; ``actor`` defaults to the logged-in user."""
    site = request.root
    user = actor if actor is not None else request.identity
    site.audit.append(
        Entry(
            when=datetime.fromtimestamp(time.time(), UTC),
            action=action,
            actor_id=user.id if user is not None else None,
            actor=user.login if user is not None else "",
            target=target,
            detail=detail,
            address=request.client_addr or "",
        )
    )
