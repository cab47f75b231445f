"""The catalog indexes of the documents database: what its page, facets and number search query.

Each discriminator's import path is pickled into the catalog: keep them here, under these names.
"""

from __future__ import annotations

from functools import partial

from repoze.catalog.indexes.field import CatalogFieldIndex
from repoze.catalog.indexes.keyword import CatalogKeywordIndex

from hpportal.legaldocs import validity
from hpportal.legaldocs.interfaces import ILegalDocument
from hpportal.legaldocs.numbers import NumberInvalid, parse_number
from hpportal.legaldocs.vocabularies import AUTOMATIC

NUMBER = "ld_number"  # tokens of the number: n:204, y:2025, s:qd, s:ubnd
KEY = "ld_key"  # the whole number folded: 204/2025/qd-ubnd
FORM = "ld_form"  # loại văn bản (its title)
ISSUER = "ld_issuer"  # cơ quan ban hành (its title)
FIELDS = "ld_fields"  # lĩnh vực (slugs)
YEAR = "ld_year"  # year of issue
ISSUED = "ld_issued"  # issue date (epoch seconds of its first second): newest first
IN_FORCE = validity.IN_FORCE_INDEX
ENDS = validity.ENDS_INDEX
MANUAL = validity.MANUAL_INDEX


def _number(obj):
    try:
        return parse_number(obj.number)
    except NumberInvalid:
        return None


def number_tokens(obj, default):
    number = _number(obj) if ILegalDocument.providedBy(obj) else None
    return number.tokens() if number is not None else default


def number_key(obj, default):
    number = _number(obj) if ILegalDocument.providedBy(obj) else None
    return number.key if number is not None else default


def form_title(obj, default):
    return (obj.form or default) if ILegalDocument.providedBy(obj) else default


def issuer_title(obj, default):
    return (obj.issuer or default) if ILegalDocument.providedBy(obj) else default


def field_slugs(obj, default):
    return (list(obj.fields) or default) if ILegalDocument.providedBy(obj) else default


def issue_year(obj, default):
    return obj.issued.year if ILegalDocument.providedBy(obj) and obj.issued else default


def issue_day(obj, default):
    return validity.day_start(obj.issued) if ILegalDocument.providedBy(obj) and obj.issued else default


def in_force_day(obj, default):
    start = validity.starts(obj) if ILegalDocument.providedBy(obj) else None
    return default if start is None else start


def replaced_from(doc):
    """The earliest effective date of a published document replacing ``doc`` in full, or ``None``."""
    return min(filter(None, getattr(doc, "replacement_days", {}).values()), default=None)


def end_moment(obj, default):
    if not ILegalDocument.providedBy(obj):
        return default
    return validity.ends(obj, replaced_from(obj))


def manual_validity(obj, default):
    return (obj.manual_validity or AUTOMATIC) if ILegalDocument.providedBy(obj) else default


INDEXES = {
    NUMBER: (CatalogKeywordIndex, number_tokens),
    KEY: (CatalogFieldIndex, number_key),
    FORM: (CatalogFieldIndex, form_title),
    ISSUER: (CatalogFieldIndex, issuer_title),
    FIELDS: (CatalogKeywordIndex, field_slugs),
    YEAR: (CatalogFieldIndex, issue_year),
    ISSUED: (CatalogFieldIndex, issue_day),
    IN_FORCE: (CatalogFieldIndex, in_force_day),
    ENDS: (CatalogFieldIndex, end_moment),
    MANUAL: (CatalogFieldIndex, manual_validity),
}


def includeme(config):
    for name, (index, discriminator) in INDEXES.items():
        config.add_catalog_index(name, partial(index, discriminator))
