"""Blocks of the portal home pages that capabilities contribute (public services, documents, Q&A ...).

A capability registers its block once, at start-up::

    config.add_home_block("qa", qa_block, template="hpportal:qa/templates/home_block.pt", order=40)

``provider(request, home)`` returns the values of the block's template for that home (a portal or a
language version's home), or ``None`` when it has nothing to show there (no such section in this
portal, nothing the visitor may see): then the block is left out, so a home never links to a page
that does not exist. The kernel knows none of the blocks; a capability switched off has none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pyramid.renderers import render

from hpportal.core.i18n import _

#: Where a block goes: the wide column (beside the news) or the narrow one.
MAIN, SIDE = "main", "side"


@dataclass(frozen=True)
class HomeBlock:
    name: str
    provider: Callable
    template: str
    column: str = SIDE
    order: int = 100


def add_home_block(config, name: str, provider: Callable, *, template: str, column: str = SIDE, order: int = 100):
    """``config.add_home_block(name, provider, template=..., column="side"|"main", order=100)``."""
    if column not in (MAIN, SIDE):
        raise ValueError(f"home block {name!r}: column must be {MAIN!r} or {SIDE!r}, not {column!r}")
    blocks = config.registry.home_blocks
    if any(block.name == name for block in blocks):
        raise ValueError(f"home block {name!r} is registered twice")
    blocks.append(HomeBlock(name, provider, template, column, order))
    blocks.sort(key=lambda block: (block.order, block.name))


def home_blocks(request, home) -> dict[str, list[str]]:
    """The rendered blocks of ``home``, by column (``{"main": [html, ...], "side": [...]}``), in order."""
    found: dict[str, list[str]] = {MAIN: [], SIDE: []}
    for block in getattr(request.registry, "home_blocks", ()):
        values = block.provider(request, home)
        if values is None:
            continue
        found[block.column].append(render(block.template, {"home": home, "block": block.name, **values}, request))
    return found


def contact_block(request, home) -> dict | None:
    """The kernel's own block: the portal's hotline and contact, in the home's language."""
    contact = request.chrome.contact
    if not any(contact.values()):
        return None
    hotline = contact.get("hotline")
    return {"contact": contact, "hotline": (request.localizer.translate(_("Hotline")), hotline) if hotline else None}


def includeme(config):
    config.registry.home_blocks = []
    config.add_directive("add_home_block", add_home_block)
    config.add_home_block("contact", contact_block, template="hpportal:core/templates/home_contact.pt", order=10)
