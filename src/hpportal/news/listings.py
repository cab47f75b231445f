"""Catalog queries behind the home pages and section listings (no object is loaded to filter)."""

from __future__ import annotations

from pyramid.traversal import resource_path
from repoze.catalog.query import Eq

from hpportal.core.catalog.catalog import LANGUAGE, resolve
from hpportal.core.catalog.search import Results, SearchQuery, search
from hpportal.core.featured import FEATURED

# Catalogs made before the index moved to core name the discriminator by this path: keep it importable.
from hpportal.core.featured import featured_value as featured_value

LISTED_TYPES = ("NewsArticle", "Page", "File", "Link")


def latest_news(
    site,
    types,
    *,
    allowed,
    portal: str | None = None,
    under=None,
    limit: int = 10,
    offset: int = 0,
    featured=False,
    language: str | None = None,
):
    """``(total, articles)`` that ``allowed`` may view, newest first: of the whole system, one portal, one folder.

    ``types`` is the content-type registry: the news are the types declared ``feed``, the featured ones
    those declared ``featured`` too.
    """
    query = SearchQuery(
        types=types.names("featured") if featured else types.names("feed"),
        portal=portal,
        path=resource_path(under) if under is not None else None,
        extra=([Eq(FEATURED, True)] if featured else []) + ([Eq(LANGUAGE, language)] if language else []),
        listed=True,
    )
    results: Results = search(site.catalog, query, allowed=allowed, limit=limit, offset=offset)
    return results.total, list(resolve(site.catalog, site, results.docids))


def section_items(site, section, *, allowed, limit: int, offset: int):
    """Everything under a section that ``allowed`` may view, newest first (sub-sections' too)."""
    query = SearchQuery(types=LISTED_TYPES, path=resource_path(section), listed=True)
    results = search(site.catalog, query, allowed=allowed, limit=limit, offset=offset)
    return results.total, list(resolve(site.catalog, site, results.docids))
