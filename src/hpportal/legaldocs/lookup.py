"""Finding documents through the catalog: by uid, by number (without loading any to filter)."""

from __future__ import annotations

from repoze.catalog.query import Eq

from hpportal.core.catalog.catalog import PORTAL, TYPE, UID, resolve
from hpportal.legaldocs import indexes
from hpportal.legaldocs.numbers import NumberInvalid, parse_number

DOCUMENT_TYPE = "LegalDocument"


def by_uid(site, uid: str):
    """The object of ``uid``, found through the catalog's uid index; ``None`` when it is gone."""
    catalog = getattr(site, "catalog", None)
    if catalog is None:
        return None
    _total, docids = catalog.query(Eq(UID, uid), limit=1)
    return next(resolve(catalog, site, list(docids)[:1]), None)


def find_by_number(site, text: str, *, portal: str | None = None, issuer: str | None = None) -> list:
    """Documents numbered ``text`` (the whole number), those of ``portal`` first, then the city's."""
    try:
        key = parse_number(text).key
    except NumberInvalid:
        return []
    catalog = site.catalog
    query = Eq(indexes.KEY, key) & Eq(TYPE, DOCUMENT_TYPE)
    if issuer:
        query = query & Eq(indexes.ISSUER, issuer)
    _total, docids = catalog.query(query)
    portals, issued = catalog[PORTAL]._rev_index, catalog[indexes.ISSUED]._rev_index
    order = {portal: 0, "/": 1}
    ranked = sorted(docids, key=lambda docid: (order.get(portals.get(docid), 2), -issued.get(docid, 0)))
    return list(resolve(catalog, site, ranked))


def same_number(site, text: str, issuer: str, issued, exclude=None) -> list:
    """Documents of ``issuer`` numbered ``text``: a number without a year repeats each year, so only
    those issued in the same year count then."""
    try:
        yearless = not parse_number(text).year
    except NumberInvalid:
        return []
    found = [d for d in find_by_number(site, text, issuer=issuer) if d is not exclude]
    if yearless:
        found = [d for d in found if issued is not None and d.issued is not None and d.issued.year == issued.year]
    return found
