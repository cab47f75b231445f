"""Versions of an item: every save keeps its fields (title, lead, body, metadata) with who and when.

Versions live in their own persistent objects, so showing an article never
loads its history. An item saved for the first time since versions existed
first keeps what it was (version 1, dated its last change), then the save.
Reverting is a new version with the old fields.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from datetime import datetime

from BTrees.IOBTree import IOBTree
from persistent import Persistent

from hpportal.core import clock

_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|tr|blockquote|table|ul|ol)>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_TOKEN = re.compile(r"\s+|[^\s]+")


class Version(Persistent):
    def __init__(self, number: int, fields: dict, *, who_id: str | None, who: str, when: datetime, note: str = ""):
        self.number = number
        self.fields = dict(fields)
        self.who_id = who_id
        self.who = who
        self.when = when
        self.note = note


class VersionHistory(Persistent):
    def __init__(self):
        self._versions = IOBTree()

    def __len__(self) -> int:
        return len(self._versions)

    def latest(self) -> Version | None:
        return self._versions[self._versions.maxKey()] if len(self._versions) else None

    def get(self, number: int) -> Version | None:
        return self._versions.get(number)

    def newest_first(self) -> list[Version]:
        return [self._versions[key] for key in reversed(list(self._versions.keys()))]

    def add(self, fields: dict, *, who_id, who: str, when: datetime, note: str = "") -> Version:
        number = (self._versions.maxKey() + 1) if len(self._versions) else 1
        version = Version(number, fields, who_id=who_id, who=who, when=when, note=note)
        self._versions[number] = version
        return version


def versioned_fields(schema) -> list[str]:
    """The form fields a version keeps: all but uploads and form machinery."""
    import deform

    return [
        node.name
        for node in schema.children
        if not isinstance(node.typ, deform.FileData) and node.name not in ("csrf_token", "base_version")
    ]


def snapshot(obj, names) -> dict:
    fields = {}
    for name in names:
        value = getattr(obj, name, None)
        fields[name] = tuple(value) if isinstance(value, list) else value
    return fields


def history(obj) -> VersionHistory | None:
    return getattr(obj, "versions", None)


def latest_number(obj) -> int:
    versions = history(obj)
    latest = versions.latest() if versions is not None else None
    return latest.number if latest is not None else 0


def keep_version(obj, names, *, user, note: str = "") -> Version:
    """Record what ``obj`` holds now as a new version (called after each save)."""
    versions = history(obj)
    if versions is None:
        versions = obj.versions = VersionHistory()
    return versions.add(
        snapshot(obj, names),
        who_id=getattr(user, "id", None),
        who=getattr(user, "title", "") or "",
        when=clock.now(),
        note=note,
    )


def keep_original(obj, names, principals) -> None:
    """Before the first versioned save: keep the item as it was (by its creator, at its last change)."""
    if history(obj) is not None:
        return
    creator = principals.get(obj.creator) if getattr(obj, "creator", None) else None
    obj.versions = VersionHistory()
    obj.versions.add(
        snapshot(obj, names),
        who_id=getattr(creator, "id", None),
        who=getattr(creator, "title", "") or "",
        when=getattr(obj, "modified", None) or clock.now(),
    )


# -- showing differences --------------------------------------------------


def as_text(value) -> str:
    """A field's value as plain text with one paragraph per line (HTML bodies included)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        from hpportal.core.timezone import LOCAL_TZ

        return value.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, tuple | list | set | frozenset):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "—"
    text = str(value)
    if "<" in text:
        text = _BLOCK_END.sub("\n", text)
        text = html.unescape(_TAG.sub("", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Change:
    kind: str  # "same", "insert", "delete"
    text: str


def word_diff(old: str, new: str) -> list[Change]:
    """Word-level changes from ``old`` to ``new`` (whitespace kept, so lines stay lines)."""
    a = _TOKEN.findall(old)
    b = _TOKEN.findall(new)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            changes.append(Change("same", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            changes.append(Change("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            changes.append(Change("insert", "".join(b[j1:j2])))
    return changes


def compare(old: Version | dict, new: Version | dict, names) -> list[tuple[str, list[Change]]]:
    """``(field, changes)`` for each field that differs between two versions (or field dicts)."""
    old_fields = old.fields if isinstance(old, Version) else old
    new_fields = new.fields if isinstance(new, Version) else new
    found = []
    for name in names:
        before, after = as_text(old_fields.get(name)), as_text(new_fields.get(name))
        if before != after:
            found.append((name, word_diff(before, after)))
    return found
