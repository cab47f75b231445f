"""Content base classes and the content-type registry: one declaration per type.

A type is declared once, next to its class, with :func:`content_type`; it is
switched on by ``config.add_content_type(cls)`` in its package's
``includeme``. The declaration says what a generic add/edit view needs.
At the end of configuration every declaration is checked: a type that names
a parent or child type that was never set up stops the start-up.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from persistent import Persistent
from persistent.mapping import PersistentMapping
from pyramid.exceptions import ConfigurationError
from zope.interface import implementer

from hpportal.core import clock
from hpportal.core.folder import Folder
from hpportal.core.interfaces import IContent


def utcnow() -> datetime:
    return clock.now()


@dataclass(frozen=True)
class ContentType:
    """What the portal knows of a content type."""

    name: str
    factory: type
    title: object  # a TranslationString
    add_permission: str
    schema: Callable | None = None  # () -> colander schema node for the add/edit forms
    addable_to: tuple[str, ...] = ()  # names of the types it may be added to
    icon: str = "file"
    workflow: str | None = None
    listed: bool = True  # shown in the add menu
    add_schema: Callable | None = None  # the add form's schema when it asks more than the edit form
    after_add: Callable | None = None  # (obj, appstruct, request) once the new object is in place
    # Where the portal's pages find it (what core's search, the feeds and the home pages ask for):
    searchable: bool = False  # the search page finds it
    landing: bool = False  # a page one lands on (introductions, sections, portals): searched after the rest
    feed: bool = False  # in the news feeds (RSS) and the latest news of the home pages
    featured: bool = False  # a board may put it in the featured row of the home pages
    extra: dict = field(default_factory=dict)


def content_type(name: str, *, title, add_permission: str, schema=None, addable_to=(), icon="file", **kw):
    """Class decorator holding a type's declaration on the class (``cls.type_info``)."""

    def decorate(cls):
        cls.type_info = ContentType(
            name=name,
            factory=cls,
            title=title,
            add_permission=add_permission,
            schema=schema,
            addable_to=tuple(addable_to),
            icon=icon,
            **kw,
        )
        return cls

    return decorate


class UnknownContentType(LookupError):
    pass


class ContentRegistry:
    """The content types set up in this application, by name."""

    def __init__(self):
        self._types: dict[str, ContentType] = {}

    def add(self, info: ContentType) -> None:
        self._types[info.name] = info

    def __contains__(self, name: str) -> bool:
        return name in self._types

    def __getitem__(self, name: str) -> ContentType:
        try:
            return self._types[name]
        except KeyError:
            raise UnknownContentType(name) from None

    def __iter__(self):
        return iter(self._types.values())

    def addable_types(self, container) -> list[ContentType]:
        """Types that may be added to ``container``, in declaration order."""
        info = getattr(container, "type_info", None)
        if info is None:
            return []
        return [t for t in self._types.values() if info.name in t.addable_to and t.listed]

    def names(self, flag: str) -> tuple[str, ...]:
        """The names of the types whose declaration sets ``flag`` (``"searchable"``, ``"feed"`` ...)."""
        return tuple(t.name for t in self._types.values() if getattr(t, flag))

    def may_contain(self, container, type_name: str) -> bool:
        info = getattr(container, "type_info", None)
        return info is not None and type_name in self and info.name in self[type_name].addable_to

    def create(self, type_name: str, **kw):
        """A new, unattached object of a registered type."""
        return self[type_name].factory(**kw)

    def check(self) -> None:
        """Refuse a declaration whose parents are not set up, or a class whose declaration is not."""
        for info in self._types.values():
            missing = [p for p in info.addable_to if p not in self._types]
            if missing:
                raise ConfigurationError(
                    f"content type {info.name!r} may be added to {missing}, which are not set up "
                    f"(missing config.add_content_type?)"
                )
            if info.landing and not info.searchable:
                raise ConfigurationError(f"content type {info.name!r} is a landing page of search but not searchable")
            if info.factory.type_info is not info:
                raise ConfigurationError(f"content type {info.name!r} was registered with a stale declaration")


def add_content_type(config, cls) -> None:
    """Configuration directive: ``config.add_content_type(NewsArticle)``."""
    info = getattr(cls, "type_info", None)
    if not isinstance(info, ContentType):
        raise ConfigurationError(f"{cls!r} has no @content_type declaration")
    registry = config.registry.content_types

    def register():
        if info.name in registry:
            raise ConfigurationError(f"content type {info.name!r} is set up twice")
        registry.add(info)

    config.action(("hpportal-content-type", info.name), register)


def includeme(config):
    config.registry.content_types = ContentRegistry()
    config.add_directive("add_content_type", add_content_type)
    # Runs after every registration action: a dangling declaration stops start-up.
    config.action(("hpportal-content-check",), config.registry.content_types.check, order=10_000)


def new_id(prefix: str) -> str:
    """A stable id that never changes when a login, a name or a title does."""
    return f"{prefix}-{secrets.token_hex(8)}"


@implementer(IContent)
class Content(Persistent):
    """Metadata that every piece of content has (DESIGN §3)."""

    __name__: str | None = None
    __parent__ = None
    type_info: ContentType

    def __init__(self, title: str = "", description: str = "", **attrs):
        now = utcnow()
        self.uid = new_id("c")  # kept through renames and moves
        self.title = title
        self.description = description
        self.creator: str | None = None
        self.created = now
        self.modified = now
        self.effective: datetime | None = None
        self.expires: datetime | None = None
        self.language = "vi"
        self.subjects: tuple[str, ...] = ()
        self.local_roles = PersistentMapping()  # principal id -> frozenset of role names
        for key, value in attrs.items():
            setattr(self, key, value)

    @property
    def type_name(self) -> str:
        return self.type_info.name

    def date(self) -> datetime:
        """The date readers see: the effective (publication) date, else the creation date."""
        return self.effective or self.created

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        """Store an uploaded file for the form field ``field`` (types with file fields override this).

        ``registry`` is the app's, for a type that keeps the file as a child (its name must not be a view's).
        """
        raise KeyError(field)

    def touch(self) -> None:
        self.modified = utcnow()

    def searchable_text(self) -> str:
        """Text for the full-text index; types with more fields extend it."""
        return " ".join(filter(None, [self.title, self.description, " ".join(self.subjects)]))


class FolderContent(Folder, Content):
    """Content that holds other content: sections, portals."""

    def __init__(self, title: str = "", description: str = "", **attrs):
        Folder.__init__(self)
        Content.__init__(self, title, description, **attrs)
