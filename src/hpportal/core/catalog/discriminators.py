"""Index values as pure functions of an object (``obj, default -> value``), testable without a database."""

from __future__ import annotations

from datetime import datetime

from pyramid.location import lineage
from pyramid.traversal import resource_path

from hpportal.core.location import find_portal
from hpportal.core.names import fold
from hpportal.core.security import allowed_to_view


def timestamp(value: datetime | None) -> int | None:
    return int(value.timestamp()) if value is not None else None


def path_prefixes(obj, default):
    """``/a/b/c`` -> ``["/", "/a", "/a/b", "/a/b/c"]``: query descendants of any folder with ``Any``."""
    path = resource_path(obj)
    if path == "/":
        return ["/"]
    parts = path.split("/")[1:]
    return ["/"] + ["/" + "/".join(parts[: i + 1]) for i in range(len(parts))]


def portal_path(obj, default):
    """The path of the component portal an object belongs to; ``/`` for the city portal."""
    portal = find_portal(obj)
    return resource_path(portal) if portal is not None else default


def type_name(obj, default):
    info = getattr(obj, "type_info", None)
    return info.name if info is not None else default


def language(obj, default):
    """The language of the version the item is in (``/en`` ... ), else its own, else Vietnamese."""
    for node in lineage(obj):
        if getattr(node, "is_language_root", False):
            return node.language
    return getattr(obj, "language", default) or default


def created(obj, default):
    return timestamp(getattr(obj, "created", None)) or default


def modified(obj, default):
    return timestamp(getattr(obj, "modified", None)) or default


def effective(obj, default):
    """The date readers see (effective, else created), for "newest first"."""
    date = getattr(obj, "date", None)
    return timestamp(date()) if date is not None else default


#: The expiry of what never expires (31 December 9999): "not yet expired" is then one range query.
NEVER = 253402300799


def expires(obj, default):
    if not hasattr(obj, "expires"):
        return default
    return timestamp(obj.expires) or NEVER


def state(obj, default):
    return getattr(obj, "workflow_state", None) or default


def listed(obj, default):
    if getattr(obj, "type_info", None) is None:
        return default
    return bool(getattr(obj, "listed", True))


def allowed(obj, default):
    """Who may view ``obj``: ``role:…`` tokens and ``user:…`` / ``group:…`` principals."""
    return allowed_to_view(obj)


def grants(obj, default):
    """``principal|role`` for each local role granted on ``obj`` itself (not inherited)."""
    granted = getattr(obj, "local_roles", None)
    if not granted:
        return default
    return [f"{principal}|{role}" for principal, roles in granted.items() for role in roles]


def uid(obj, default):
    return getattr(obj, "uid", None) or default


def sortable_title(obj, default):
    title = getattr(obj, "title", None)
    return fold(title)[:80] if title else default


def subjects(obj, default):
    values = getattr(obj, "subjects", None)
    return [fold(s) for s in values] if values else default


def text(obj, default):
    searchable = getattr(obj, "searchable_text", None)
    return searchable() if searchable is not None else default
