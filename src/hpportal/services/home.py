"""The Dịch vụ công block of a portal's home page: the search box and the most used procedures."""

from __future__ import annotations

from pyramid.traversal import resource_path

from hpportal.core.catalog.catalog import resolve
from hpportal.core.portal import Portal, find_site
from hpportal.core.security import VIEW
from hpportal.services.models import ProceduresSection
from hpportal.services.search import most_used

HOME_PROCEDURES = 6


def services_block(request, home) -> dict | None:
    """Values of the block, or ``None`` when this home has no procedures section or none are featured.

    The city's home lists the most used of every portal; a component portal's, its own.
    """
    section = next((child for child in home.values() if isinstance(child, ProceduresSection)), None)
    if section is None or not request.has_permission(VIEW, section):
        return None
    site = find_site(home)
    portal = section.__parent__
    while not getattr(portal, "is_portal", False):
        portal = portal.__parent__
    where = None if isinstance(portal, Portal) else resource_path(portal)
    docids = most_used(site.catalog, allowed=request.allowed_tokens, portal=where, limit=HOME_PROCEDURES)
    procedures = list(resolve(site.catalog, site, docids))
    if not procedures:
        return None
    return {"section": section, "procedures": procedures}


def includeme(config):
    config.add_home_block(
        "dich-vu-cong", services_block, template="hpportal:services/templates/home_block.pt", order=30
    )
