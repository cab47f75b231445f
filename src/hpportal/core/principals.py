"""Users and groups stored in the ZODB, and password hashing (argon2)."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from BTrees.OOBTree import OOBTree
from persistent import Persistent

from hpportal.core.content import utcnow

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


def new_id(prefix: str) -> str:
    """A stable id that never changes when a login or title does."""
    return f"{prefix}-{secrets.token_hex(8)}"


class User(Persistent):
    def __init__(self, login: str, title: str, email: str = "", roles=(), password: str | None = None):
        self.id = new_id("u")
        self.login = login
        self.title = title
        self.email = email
        self.roles = frozenset(roles)
        self.groups: frozenset[str] = frozenset()
        self.active = True
        self.created = utcnow()
        self.password_hash = hash_password(password) if password else None

    def set_password(self, password: str) -> None:
        self.password_hash = hash_password(password)

    def check_password(self, password: str) -> bool:
        return bool(self.password_hash) and check_password(self.password_hash, password)

    def group_principals(self) -> list[str]:
        return [f"group:{gid}" for gid in self.groups]


class Principals(Persistent):
    """The portal's users, by stable id and by login."""

    def __init__(self):
        self.users = OOBTree()  # id -> User
        self.logins = OOBTree()  # login -> id

    def add_user(self, user: User) -> User:
        if user.login in self.logins:
            raise ValueError(f"login {user.login!r} is taken")
        self.users[user.id] = user
        self.logins[user.login] = user.id
        return user

    def get(self, user_id: str) -> User | None:
        return self.users.get(user_id)

    def by_login(self, login: str) -> User | None:
        user_id = self.logins.get(login)
        return self.users.get(user_id) if user_id else None

    def authenticate(self, login: str, password: str) -> User | None:
        user = self.by_login(login.strip())
        if user is None:
            # Spend the same time as a real check, so logins cannot be probed by timing.
            check_password(_dummy_hash(), password)
            return None
        if user.active and user.check_password(password):
            return user
        return None


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password(secrets.token_hex(16)))
    return _DUMMY[0]
