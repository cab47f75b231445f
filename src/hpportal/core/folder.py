"""Folder: children in a BTree with a ``Length`` counter and an explicit, scalable order."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from itertools import islice

from BTrees.Length import Length
from BTrees.LOBTree import LOBTree
from BTrees.OLBTree import OLBTree
from BTrees.OOBTree import OOBTree
from persistent import Persistent
from pyramid.traversal import resource_path

from hpportal.core.events import ObjectAdded, ObjectModified, ObjectMoved, ObjectRemoved, ObjectWillBeRemoved, notify
from hpportal.core.names import MAX_NAME_LENGTH, NameTaken, check_name, reserved_names, slugify

#: A new child's position: milliseconds since 1970 above ``_RANDOM_BITS`` random bits (fits a signed 64-bit key
#: until the year 2248). Two adds to one folder from concurrent transactions get different positions, so the order
#: BTree resolves the conflict (distinct keys); ``maxKey() + 1`` gave both the same key, a ConflictError.
_RANDOM_BITS = 20


def new_position(last: int) -> int:
    """A position after ``last`` (the folder's greatest, -1 when empty), unlikely to be taken by a concurrent add."""
    spread = secrets.randbits(_RANDOM_BITS)
    moment = (time.time_ns() // 1_000_000) << _RANDOM_BITS | spread
    return moment if moment > last else last + 1 + spread


class Folder(Persistent):
    """A container of named children, kept in order.

    The order lives in two BTrees (position -> name and name -> position)
    rather than a list, so adding the ten-thousandth article to a news
    section writes a few buckets, not the whole order. Positions are sparse
    (see :func:`new_position`): only their order means anything.
    """

    __name__: str | None = None
    __parent__: Folder | None = None

    def __init__(self):
        self._data = OOBTree()
        self._num = Length(0)
        self._order = LOBTree()  # position -> name
        self._position = OLBTree()  # name -> position

    # -- reading ---------------------------------------------------------

    def __len__(self) -> int:
        return self._num()

    def __bool__(self) -> bool:
        # An empty folder is still a folder: ``if folder:`` must not depend on its children.
        return True

    def __contains__(self, name) -> bool:
        return name in self._data

    def __getitem__(self, name: str):
        return self._data[name]

    def get(self, name: str, default=None):
        return self._data.get(name, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._order.values())

    def keys(self) -> list[str]:
        return list(self._order.values())

    def names_between(self, start: int, stop: int) -> list[str]:
        """Names at positions ``start`` to ``stop`` in order, without reading the whole order (a page)."""
        return list(islice(self._order.values(), start, stop))

    def values(self):
        data = self._data
        for name in self._order.values():
            yield data[name]

    def items(self):
        data = self._data
        for name in self._order.values():
            yield name, data[name]

    def position_of(self, name: str) -> int:
        """Zero-based index of ``name`` in the folder's order."""
        pos = self._position[name]
        return len(self._order.keys(max=pos)) - 1

    # -- naming ----------------------------------------------------------

    def check_name(self, name: str, registry=None) -> str:
        """``name`` if a new child may take it: well formed, free here, not the name of a view of ``registry``'s app."""
        check_name(name, reserved_names(registry))
        if name in self._data:
            raise NameTaken(name)
        return name

    def unique_name(self, title: str, fallback: str = "item", *, registry=None) -> str:
        """A free name made from ``title``: ``so-xay-dung``, then ``so-xay-dung-2``, ``-3`` ...

        Never longer than ``MAX_NAME_LENGTH``: the base is cut so that the number fits. Never the name
        of a view of ``registry``'s app (``search`` becomes ``search-2``).
        """
        reserved = reserved_names(registry)
        base = slugify(title) or slugify(fallback) or "item"
        name, n = base, 1
        while name in self._data or name in reserved:
            n += 1
            suffix = f"-{n}"
            name = base[: MAX_NAME_LENGTH - len(suffix)].rstrip("-") + suffix
        return name

    # -- changing --------------------------------------------------------

    def add(self, name: str, obj, *, registry, send_events: bool = True) -> str:
        """Store ``obj`` under ``name`` (checked) at the end of the order; fire :class:`ObjectAdded`."""
        self.check_name(name, registry)
        self._insert(name, obj)
        if send_events:
            notify(registry, ObjectAdded(obj, self, name))
        return name

    def remove(self, name: str, *, registry, send_events: bool = True):
        """Remove and return the child ``name``; fire will-be-removed, then removed."""
        obj = self._data[name]
        old_path = resource_path(obj)
        if send_events:
            notify(registry, ObjectWillBeRemoved(obj, self, name))
        self._detach(name)
        obj.__parent__ = None
        if send_events:
            notify(registry, ObjectRemoved(obj, self, name, old_path))
        return obj

    def rename(self, old_name: str, new_name: str, *, registry):
        """Give a child a new name in place, keeping its position."""
        if old_name == new_name:
            return self._data[old_name]
        self.check_name(new_name, registry)
        obj = self._data[old_name]
        old_path = resource_path(obj)
        pos = self._position[old_name]
        del self._data[old_name]
        del self._position[old_name]
        self._data[new_name] = obj
        self._position[new_name] = pos
        self._order[pos] = new_name
        obj.__name__ = new_name
        notify(registry, ObjectMoved(obj, self, old_name, self, new_name, old_path))
        return obj

    def move(self, name: str, target: Folder, new_name: str | None = None, *, registry):
        """Move a child to ``target`` (at its end), optionally under a new name."""
        new_name = new_name or name
        if target is self:
            return self.rename(name, new_name, registry=registry)
        obj = self._data[name]
        ancestor = target
        while ancestor is not None:
            if ancestor is obj:
                raise ValueError("cannot move a folder into itself")
            ancestor = ancestor.__parent__
        target.check_name(new_name, registry)
        old_path = resource_path(obj)
        self._detach(name)
        target._insert(new_name, obj)
        notify(registry, ObjectMoved(obj, self, name, target, new_name, old_path))
        return obj

    def reorder(self, names: list[str], *, registry=None) -> None:
        """Put ``names`` first, in that order; the other children keep their relative order after them."""
        seen = set()
        wanted = [n for n in names if n in self._data and not (n in seen or seen.add(n))]
        rest = [n for n in self._order.values() if n not in seen]
        self._order.clear()
        self._position.clear()
        for pos, name in enumerate(wanted + rest):
            self._order[pos] = name
            self._position[name] = pos
        notify(registry, ObjectModified(self))

    def move_by(self, name: str, delta: int, *, registry=None) -> None:
        """Move a child ``delta`` places up (negative) or down (positive)."""
        names = self.keys()
        i = names.index(name)
        j = max(0, min(len(names) - 1, i + delta))
        if i == j:
            return
        a, b = self._position[name], self._position[names[j]]
        # Swapping two positions touches two entries, whatever the folder's size.
        if abs(i - j) == 1:
            self._order[a], self._order[b] = names[j], name
            self._position[name], self._position[names[j]] = b, a
            notify(registry, ObjectModified(self))
        else:
            names.insert(j, names.pop(i))
            self.reorder(names, registry=registry)

    # -- internals -------------------------------------------------------

    def _insert(self, name: str, obj) -> None:
        pos = new_position(self._order.maxKey() if len(self._order) else -1)
        self._data[name] = obj
        self._order[pos] = name
        self._position[name] = pos
        self._num.change(1)
        obj.__parent__ = self
        obj.__name__ = name

    def _detach(self, name: str) -> None:
        pos = self._position.pop(name)
        del self._order[pos]
        del self._data[name]
        self._num.change(-1)


def walk(obj):
    """``obj`` and everything below it, depth first (folders are known by their ``_data``)."""
    yield obj
    values = getattr(obj, "values", None)
    if values is not None and getattr(obj, "_data", None) is not None:
        for child in values():
            yield from walk(child)
