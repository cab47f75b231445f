"""The Văn bản block of a portal's home page: a search by number and the newest documents in force."""

from __future__ import annotations

from pyramid.traversal import resource_path

from hpportal.core.catalog.catalog import resolve
from hpportal.core.languages import LanguageRoot
from hpportal.core.portal import find_site
from hpportal.core.security import VIEW
from hpportal.legaldocs.models import LegalDocumentsSection
from hpportal.legaldocs.search import DocumentQuery, search_documents
from hpportal.legaldocs.views import day_formatter

HOME_DOCUMENTS = 5


def documents_section(home) -> LegalDocumentsSection | None:
    """The home's documents section; a language version shows its portal's (documents stay in Vietnamese)."""
    found = next((child for child in home.values() if isinstance(child, LegalDocumentsSection)), None)
    if found is None and isinstance(home, LanguageRoot):
        return documents_section(home.__parent__)
    return found


def documents_block(request, home) -> dict | None:
    """Values of the block, or ``None`` when this home has no documents section the visitor may open."""
    section = documents_section(home)
    if section is None or not request.has_permission(VIEW, section):
        return None
    site = find_site(home)
    portal = section.__parent__
    query = DocumentQuery(portal=resource_path(portal))
    results = search_documents(site.catalog, query, allowed=request.allowed_tokens, limit=HOME_DOCUMENTS)
    return {
        "section": section,
        "documents": list(resolve(site.catalog, site, results.docids)),
        "day": day_formatter(request),
        "example": "204/2025/QĐ-UBND",
    }


def includeme(config):
    config.add_home_block("legaldocs", documents_block, template="hpportal:legaldocs/templates/home_block.pt", order=30)
