"""The append-only audit log (security level 3): who did what, when, from where.

Entries live in BTrees keyed by the time in microseconds plus random bits, so
the log grows in buckets, concurrent appends do not conflict, and it reads
newest first without loading the whole of it. There is no way to change or
remove an entry through this module.
"""

from __future__ import annotations

import heapq
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice

from BTrees.Length import Length
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


@dataclass(frozen=True, order=True)  # ordered: a bucket merging concurrent appends compares values
class Entry:
    when: datetime
    action: str
    actor_id: str | None  # stable user id, or None for an anonymous visitor
    actor: str  # the login at the time (logins may change later)
    target: str  # what was acted on: a path, a login, a group title
    detail: str
    address: str  # the client's address


#: Random low bits under each key: two entries of the same microsecond get different keys.
SUFFIX_BITS = 10
#: Appends go to one of this many trees, chosen at random: two transactions appending at once most often
#: write different trees, and when they share one, the bucket they both append to merges their keys.
SHARDS = 16
_LARGEST_KEY = 2**63 - 1  # LOBTree keys are signed 64-bit


def _key_floor(moment: datetime) -> int:
    """The smallest key an entry of ``moment`` can have (clamped to the keys a tree can hold)."""
    return max(0, min(int(moment.timestamp() * 1_000_000) << SUFFIX_BITS, _LARGEST_KEY))


class AuditLog(Persistent):
    """Entries by time; append and read only.

    Each key is the time in microseconds followed by :data:`SUFFIX_BITS` random bits, so keys sort by time and
    two entries of one microsecond do not collide. The entries are spread over :data:`SHARDS` trees and read
    merged, newest first: concurrent appends (every login, failure and workflow step writes here) do not
    contend for the last bucket of one tree. The count is a conflict-free :class:`~BTrees.Length.Length`.
    """

    _entries = None  # the single tree of a log made before the keys were spread (see ``spread``)

    def __init__(self):
        self._shards = tuple(LOBTree() for _ in range(SHARDS))
        self._count = Length()

    def __len__(self) -> int:
        if self._entries is not None:
            return len(self._entries)
        return self._count()

    def append(self, entry: Entry) -> None:
        self.spread()
        shard = self._shards[random.randrange(SHARDS)]
        floor = _key_floor(entry.when)
        key = floor | random.getrandbits(SUFFIX_BITS)
        while key in shard:  # one in 1,024 within a microsecond: draw again (other shards may hold it too)
            key = floor | random.getrandbits(SUFFIX_BITS)
        shard[key] = entry
        self._count.change(1)

    def spread(self) -> int:
        """Move the entries of a log made before the keys were spread into the shards; how many moved.

        Their order is kept: an old key (microseconds) becomes the new key's time part.
        """
        legacy = self._entries
        if legacy is None:
            return 0
        self._shards = tuple(LOBTree() for _ in range(SHARDS))
        self._count = Length()
        for index, (key, entry) in enumerate(legacy.items()):
            self._shards[index % SHARDS][key << SUFFIX_BITS] = entry
        self._count.set(len(legacy))
        del self._entries  # the class default (None) is what a spread log reads
        return len(legacy)

    def _newest_first(self, low: int | None = None, high: int | None = None):
        """(key, entry) pairs between ``low`` and ``high`` (inclusive), newest first, loaded one at a time."""
        if self._entries is not None:
            trees = [(self._entries, SUFFIX_BITS)]
        else:
            trees = [(tree, 0) for tree in self._shards]
        streams = [_backwards(tree, shift, low, high) for tree, shift in trees]
        return heapq.merge(*streams, key=_first, reverse=True)

    def entries(self, *, since: datetime | None = None, until: datetime | None = None):
        """Entries newest first, between ``since`` and ``until`` (inclusive)."""
        low = _key_floor(since) if since else None
        high = (_key_floor(until) | (2**SUFFIX_BITS - 1)) if until else None
        return (entry for _key, entry in self._newest_first(low, high))

    def newest(self, offset: int, limit: int) -> list[Entry]:
        """A page of the log, newest first, reading only the entries up to the end of that page."""
        return [entry for _key, entry in islice(self._newest_first(), offset, offset + limit)]


def _first(pair):
    return pair[0]


def _backwards(tree, shift: int, low: int | None, high: int | None):
    """``tree``'s items between ``low`` and ``high`` newest first, as spread keys (an old key is shifted).

    Each step asks for the largest key below the last one, so only the buckets read are loaded."""
    low = None if low is None else low >> shift
    high = None if high is None else high >> shift
    while True:
        try:
            key = tree.maxKey() if high is None else tree.maxKey(high)
        except ValueError:  # nothing (left) at or below ``high``
            return
        if low is not None and key < low:
            return
        yield key << shift, tree[key]
        high = key - 1


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
