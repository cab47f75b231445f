"""Names of things in the tree: slugs made from Vietnamese titles, and the rules a name must follow."""

from __future__ import annotations

import re
import unicodedata

from text_unidecode import unidecode

from hpportal.core.i18n import _

NAME_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_NAME_LENGTH = 100


def reserved_names(registry) -> frozenset[str]:
    """The names content may never take in this app: those of its views and of its routes' first segments.

    A child named like a view hides that view of its folder (traversal finds the child first), so every
    name a view is registered under (``edit``, ``search``, a capability's ``ask`` ...) is refused, and so
    is the first segment of every route and static view (``static``, ``favicon.ico``). They are read from
    the configuration at start-up (:func:`derive_reserved_names`); a registry the app did not configure
    reserves none.
    """
    return getattr(registry, "reserved_names", frozenset())


def derive_reserved_names(introspector) -> frozenset[str]:
    """Every view name and every route's first segment that ``introspector`` (the app's, after commit) knows."""
    names = {entry["introspectable"]["name"] for entry in introspector.get_category("views", ())}
    for entry in introspector.get_category("routes", ()):
        pattern = entry["introspectable"]["pattern"] or ""
        names.add(pattern.lstrip("/").split("/", 1)[0])
    return frozenset(name for name in names if name)


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


def check_name(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """Return ``name`` if content may be stored under it, else raise :class:`InvalidName`.

    ``reserved`` are the names the app's views take (:func:`reserved_names` of its registry).
    """
    if not isinstance(name, str) or not name:
        raise InvalidName(str(name), _("A name is required."))
    if name in reserved:
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


def includeme(config):
    def derive():
        config.registry.reserved_names = derive_reserved_names(config.registry.introspector)

    # After every view and route is registered (they are actions of the default order).
    config.action(("hpportal-reserved-names",), derive, order=10_000)
