"""Users and groups stored in the ZODB, and password hashing (argon2)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from BTrees.OOBTree import OOBTree, OOTreeSet
from persistent import Persistent

from hpportal.core.content import new_id, utcnow
from hpportal.core.names import fold

# OWASP's argon2id minimum (19 MiB, 2 passes): slow for attackers, bearable on a 2-core server.
DEFAULT_TIME_COST = 2
DEFAULT_MEMORY_KIB = 19456
_hasher = PasswordHasher(time_cost=DEFAULT_TIME_COST, memory_cost=DEFAULT_MEMORY_KIB, parallelism=1)


def configure_hashing(time_cost: int = DEFAULT_TIME_COST, memory_kib: int = DEFAULT_MEMORY_KIB) -> None:
    """Set the cost of new hashes (settings ``hpportal.argon2_time_cost`` / ``hpportal.argon2_memory_kib``).

    Existing hashes keep verifying: argon2 stores its parameters in each hash.
    """
    global _hasher
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
    _DUMMY.clear()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_key(token: str) -> str:
    # Only a digest is stored: a copy of the database does not hand out working links.
    return hashlib.sha256(token.encode()).hexdigest()


class User(Persistent):
    """A person who logs in. Known everywhere by ``id`` (``u-…``); the login may change."""

    def __init__(
        self,
        login: str,
        title: str,
        email: str = "",
        roles=(),
        password: str | None = None,
        *,
        phone: str = "",
        unit: str = "",
        home: str | None = None,
    ):
        self.id = new_id("u")
        self.login = login
        self.title = title
        self.email = email
        self.phone = phone
        self.unit = unit  # the agency or office the person works for
        self.home = home  # uid of the component portal that manages the account; None: the city
        self.roles = frozenset(roles)  # global roles
        self.groups: frozenset[str] = frozenset()  # group ids (kept in step with Group.members)
        self.active = True
        self.created = utcnow()
        self.password_hash = hash_password(password) if password else None
        self.session_epoch = 0  # moves on at "log out everywhere" and at a password change
        self.totp_secret: str | None = None  # set once enrolment is confirmed
        self.totp_last_step = 0  # time step of the last accepted code: a code works once
        self.recovery_codes: tuple[str, ...] = ()  # sha256 digests of the unused codes

    #: The password was given by a manager: the user chooses their own before anything else.
    must_change_password = False

    def set_password(self, password: str, *, temporary: bool = False) -> None:
        """``temporary``: set by a manager, to be changed at the next login (their own choice clears it)."""
        self.password_hash = hash_password(password)
        if self.must_change_password != temporary:
            self.must_change_password = temporary

    def check_password(self, password: str) -> bool:
        return bool(self.password_hash) and check_password(self.password_hash, password)

    def group_principals(self) -> list[str]:
        return [f"group:{gid}" for gid in sorted(self.groups)]

    def end_sessions(self) -> None:
        """Log out everywhere: every session cookie issued so far stops working."""
        self.session_epoch += 1

    def use_recovery_code(self, code: str) -> bool:
        digest = _token_key(code.strip().replace(" ", "").lower())
        if digest not in self.recovery_codes:
            return False
        self.recovery_codes = tuple(c for c in self.recovery_codes if c != digest)
        return True

    def new_recovery_codes(self, count: int = 10) -> list[str]:
        """Fresh one-time codes (shown once); the old ones stop working."""
        codes = [secrets.token_hex(5) for _ in range(count)]
        self.recovery_codes = tuple(_token_key(code) for code in codes)
        return codes


class Group(Persistent):
    """A named set of users, granted roles like a user (the editorial board of a portal)."""

    def __init__(self, title: str, description: str = "", *, home: str | None = None):
        self.id = new_id("g")
        self.title = title
        self.description = description
        self.home = home  # uid of the component portal that manages the group; None: the city
        self.members = OOTreeSet()  # user ids

    @property
    def principal(self) -> str:
        return f"group:{self.id}"


class LoginTaken(ValueError):
    pass


#: Failed logins allowed before a lock, and how long the lock lasts.
MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60
#: An account failing from everywhere is never locked: each failure past :data:`MAX_FAILURES` makes it
#: wait before the next attempt, twice as long as the one before, at most :data:`MAX_DELAY_SECONDS`.
FIRST_DELAY_SECONDS = 2
MAX_DELAY_SECONDS = 120


class Principals(Persistent):
    """The portal's users and groups, by stable id; logins; login throttling; reset links."""

    def __init__(self):
        self.users = OOBTree()  # id -> User
        self.logins = OOBTree()  # login -> id
        self.groups = OOBTree()  # id -> Group
        self.failures = OOBTree()  # "login:…" / "addr:…" -> (count, locked_until, first failure)
        self.reset_tokens = OOBTree()  # sha256(token) -> (user id, expires)

    # -- users -----------------------------------------------------------

    def add_user(self, user: User) -> User:
        if user.login in self.logins:
            raise LoginTaken(user.login)
        self.users[user.id] = user
        self.logins[user.login] = user.id
        return user

    def change_login(self, user: User, login: str) -> None:
        if login == user.login:
            return
        if login in self.logins:
            raise LoginTaken(login)
        del self.logins[user.login]
        self.logins[login] = user.id
        user.login = login

    def get(self, user_id: str) -> User | None:
        return self.users.get(user_id)

    def by_login(self, login: str) -> User | None:
        user_id = self.logins.get(login)
        return self.users.get(user_id) if user_id else None

    def by_email(self, email: str) -> list[User]:
        email = email.strip().lower()
        return [u for u in self.users.values() if email and u.email.lower() == email]

    def authenticate(self, login: str, password: str) -> User | None:
        user = self.by_login(login.strip())
        if user is None:
            # Spend the same time as a real check, so logins cannot be probed by timing.
            check_password(_dummy_hash(), password)
            return None
        if user.active and user.check_password(password):
            return user
        return None

    # -- groups ----------------------------------------------------------

    def add_group(self, group: Group) -> Group:
        self.groups[group.id] = group
        return group

    def get_group(self, group_id: str) -> Group | None:
        return self.groups.get(group_id)

    def add_member(self, group: Group, user: User) -> None:
        group.members.insert(user.id)
        user.groups = user.groups | {group.id}

    def remove_member(self, group: Group, user: User) -> None:
        if user.id in group.members:
            group.members.remove(user.id)
        user.groups = user.groups - {group.id}

    def members_of(self, group: Group) -> list[User]:
        return [self.users[uid] for uid in group.members if uid in self.users]

    def principal_title(self, principal: str) -> str | None:
        """The name shown for ``user:…`` / ``group:…`` (``None`` when it no longer exists)."""
        kind, _, ident = principal.partition(":")
        found = self.users.get(ident) if kind == "user" else self.groups.get(ident) if kind == "group" else None
        return found.title if found is not None else None

    def search(self, text: str, limit: int = 30) -> tuple[list[User], list[Group]]:
        """Users and groups whose login, name, email or title contain ``text`` (diacritics folded)."""
        needle = fold(text.strip())
        if not needle:
            return [], []

        def hit(*values) -> bool:
            return any(needle in fold(v or "") for v in values)

        users = [u for u in self.users.values() if hit(u.login, u.title, u.email, u.unit)][:limit]
        groups = [g for g in self.groups.values() if hit(g.title, g.description)][:limit]
        return users, groups

    # -- failed logins ---------------------------------------------------

    def locked_until(self, keys, now: float) -> float | None:
        """When the lock on any of ``keys`` ends, if one is locked now."""
        ends = [self.failures[k][1] for k in keys if k in self.failures and self.failures[k][1] > now]
        return max(ends) if ends else None

    def record_failure(self, keys, now: float) -> bool:
        """Count a failed login against each key; ``True`` when this failure locks one.

        Failures count within a window of :data:`LOCK_SECONDS` from the first one: a typo a day
        never adds up to a lock.
        """
        locked = False
        for key in keys:
            # (count, lock end, window start); entries written before the window have two fields.
            count, until, since = (*self.failures.get(key, (0, 0.0)), now)[:3]
            if (until and until <= now) or now - since > LOCK_SECONDS:
                count, until, since = 0, 0.0, now  # the lock or the window is over: count again
            count += 1
            if count >= MAX_FAILURES:
                until = now + LOCK_SECONDS
                locked = True
                count = 0
            self.failures[key] = (count, until, since)
        return locked

    def record_delay(self, key: str, now: float) -> float | None:
        """Count a failure against ``key`` (an account, from any address) and return the end of the wait
        it starts, if any: a delay growing from :data:`FIRST_DELAY_SECONDS` to :data:`MAX_DELAY_SECONDS`,
        never a lock. The count starts again after a quiet :data:`LOCK_SECONDS` window."""
        count, until, since = (*self.failures.get(key, (0, 0.0)), now)[:3]
        if now - since > LOCK_SECONDS and until <= now:
            count, since = 0, now
        count += 1
        until = 0.0
        if count >= MAX_FAILURES:
            until = now + min(FIRST_DELAY_SECONDS * 2 ** min(count - MAX_FAILURES, 16), MAX_DELAY_SECONDS)
        self.failures[key] = (count, until, since)
        return until or None

    def clear_failures(self, keys) -> None:
        for key in keys:
            if key in self.failures:
                del self.failures[key]

    # -- password reset links ----------------------------------------------

    def new_reset_token(self, user: User, now: float, lifetime: int = 3600) -> str:
        token = secrets.token_urlsafe(32)
        self.reset_tokens[_token_key(token)] = (user.id, now + lifetime)
        return token

    def open_reset_tokens(self, user: User, now: float) -> int:
        """How many unexpired, unused links ``user`` was sent (the limit on reset mails)."""
        return sum(1 for user_id, expires in self.reset_tokens.values() if user_id == user.id and expires >= now)

    def peek_reset_token(self, token: str, now: float) -> User | None:
        found = self.reset_tokens.get(_token_key(token or ""))
        if found is None or found[1] < now:
            return None
        return self.users.get(found[0])

    def use_reset_token(self, token: str, now: float) -> User | None:
        """The user of a valid link; the link (and every other link of theirs) is used up."""
        user = self.peek_reset_token(token, now)
        if user is not None:
            for key, (user_id, _expires) in list(self.reset_tokens.items()):
                if user_id == user.id or _expires < now:
                    del self.reset_tokens[key]
        return user


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password(secrets.token_hex(16)))
    return _DUMMY[0]
