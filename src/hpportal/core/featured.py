"""Featured items: what a board puts forward (news in the home pages' top row, questions of general
interest). One catalog index that every capability may query; an item is featured when its
``featured`` attribute says so, and items without one are not in the index."""

from __future__ import annotations

from repoze.catalog.indexes.field import CatalogFieldIndex

FEATURED = "featured"


def featured_value(obj, default):
    return bool(getattr(obj, "featured", False)) if hasattr(obj, "featured") else default


def featured_index():
    return CatalogFieldIndex(featured_value)


def includeme(config):
    config.add_catalog_index(FEATURED, featured_index)
