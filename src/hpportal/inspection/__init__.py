"""Thanh tra, kiểm tra (REGULATION Art. 18.2): the Department of Culture's notes on any item of any portal.

An Inspector writes notes on an item (``/…/inspection``); the portal's board and the Inspectors read
them, and each portal's dashboard (``/…/inspections``) lists its items with notes, latest first.
"""

from __future__ import annotations

from hpportal.core.catalog import find_docid
from hpportal.core.content import Content
from hpportal.core.evolve import catalog_is_stale
from hpportal.core.i18n import _
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import INSPECT, VIEW_INSPECTIONS
from hpportal.inspection.models import INSPECTED, InspectionNote, inspected


def dashboard_links(request) -> list[tuple[str, str]]:
    """The user menu's "Inspections": the dashboard of this page's portal (or the city's), for its readers."""
    context = request.context
    portal = (find_portal(context) or find_site(context)) if context is not None else None
    if portal is None or not request.has_permission(VIEW_INSPECTIONS, portal):
        return []
    return [(_("Inspections"), request.resource_url(portal, "inspections"))]


def notes_links(request, context) -> list[tuple[str, str]]:
    """The item's "Inspection notes", for whoever may write or read them."""
    if not isinstance(context, Content):
        return []
    if not (request.has_permission(INSPECT, context) or request.has_permission(VIEW_INSPECTIONS, context)):
        return []
    return [(_("Inspection notes"), request.resource_url(context, "inspection"))]


def inspected_in_microseconds(site, registry) -> list[str]:
    """The ``inspected`` index once held seconds; it holds microseconds now (newest first within a second)."""
    catalog = site.catalog
    if INSPECTED not in catalog or catalog_is_stale(site):  # a stale catalog is rebuilt: every entry re-dated
        return []
    index = catalog[INSPECTED]
    stale = [docid for docid, value in index._rev_index.items() if value < 10**14]
    for docid in stale:
        obj = find_docid(catalog, site, docid)
        if obj is None:
            index.unindex_doc(docid)
        else:
            index.reindex_doc(docid, obj)
    return [f"re-dated {len(stale)} inspection entries in microseconds"] if stale else []


def includeme(config):
    config.include(".models")  # the ``inspected`` index
    # Notes and the index were core's (hpportal.core.inspection) until issue 13: stored ones name that path.
    config.add_moved_global("hpportal.core.inspection", "InspectionNote", InspectionNote)
    config.add_moved_global("hpportal.core.inspection", "inspected", inspected)
    config.add_upgrade_step(inspected_in_microseconds)
    config.add_user_link(dashboard_links)
    config.add_item_link(notes_links)
    config.scan(".views")
