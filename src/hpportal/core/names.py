"""Names of things in the tree: slugs made from Vietnamese titles, and the rules a name must follow."""

from __future__ import annotations

import re
import unicodedata

from text_unidecode import unidecode

from hpportal.core.i18n import _

NAME_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_NAME_LENGTH = 100

#: Names taken by views and global endpoints; content may never use them.
RESERVED_NAMES = frozenset(
    {
        "add",
        "open-portal",
        "contents",
        "delete",
        "edit",
        "login",
        "logout",
        "rename",
        "search",
        "static",
        "view",
        "download",
        "print",
        "thumbnail",
        "deform_static",
        "sharing",
        "api",
        "delete-items",
        "save",
        "users",
        "user",
        "add-user",
        "groups",
        "group",
        "add-group",
        "profile",
        "change-password",
        "two-factor-setup",
        "login-code",
        "forgot-password",
        "reset-password",
        "logout-everywhere",
        "audit",
        "audit.csv",
        "inspection",
        "inspections",
        "maintenance",
        "database",
        "outbox",
        "transition",
        "my-work",
        "history",
        "diff",
        "revert",
        "procedure",
        "rss.xml",
        "translate",
        "languages",
        "ask",
        "record",
        "sent",
        "track",
        "assign",
        "progress",
        "answer",
        "anonymise",
        "publish",
        "feature",
        "questions",
        "report",
        "report.csv",
        "upload",
        "edxml-drop",
        "accept",
        "forward",
    }
)


class InvalidName(ValueError):
    """A name that may not be used in a folder; ``message`` is translatable."""

    def __init__(self, name: str, message):
        super().__init__(f"{name!r}: {message}")
        self.name = name
        self.message = message


class NameTaken(InvalidName):
    def __init__(self, name: str):
        super().__init__(name, _("The name “${name}” is already used here.", mapping={"name": name}))


class ReservedName(InvalidName):
    def __init__(self, name: str):
        super().__init__(
            name,
            _("The name “${name}” is reserved by the portal.", mapping={"name": name}),
        )


def fold(text: str) -> str:
    """Fold Vietnamese text to lower-case ASCII-ish: ``"Đà Nẵng"`` -> ``"da nang"``.

    ``đ`` has no decomposition in Unicode, so it is mapped by hand; every
    other mark goes with NFD + dropping combining characters.
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def slugify(title: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """A URL name from a title: ``"Sở Xây dựng"`` -> ``"so-xay-dung"``, ``"海防市"`` -> ``"hai-fang-shi"``.

    The Vietnamese fold comes first (it knows ``đ`` and the tone marks); what is left outside
    ASCII (Chinese, Korean, Japanese, Cyrillic ...) is transliterated by ``text-unidecode``.
    """
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(fold(title)).casefold()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def check_name(name: str) -> str:
    """Return ``name`` if content may be stored under it, else raise :class:`InvalidName`."""
    if not isinstance(name, str) or not name:
        raise InvalidName(str(name), _("A name is required."))
    if name in RESERVED_NAMES:
        raise ReservedName(name)
    if len(name) > MAX_NAME_LENGTH or not NAME_PATTERN.match(name):
        raise InvalidName(
            name,
            _(
                "A name may only hold lower-case letters a-z, digits and single hyphens (at most ${max} characters).",
                mapping={"max": MAX_NAME_LENGTH},
            ),
        )
    return name
