"""Where an object stands in the tree: the nearest portal above it (the one walk up the lineage for it)."""

from __future__ import annotations

from pyramid.location import lineage


def find_portal(context):
    """The nearest portal (SubPortal or the city Portal) at or above ``context``, or ``None``."""
    for node in lineage(context):
        if getattr(node, "is_portal", False):
            return node
    return None
