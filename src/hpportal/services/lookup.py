"""Finding a procedure of a portal by its code, through the catalog (without loading any to filter)."""

from __future__ import annotations

from repoze.catalog.query import Eq

from hpportal.core.catalog.catalog import PORTAL, TYPE, resolve
from hpportal.core.catalog.discriminators import portal_path
from hpportal.core.portal import find_site
from hpportal.services import indexes
from hpportal.services.search import PROCEDURE_TYPE


def find_by_code(section, code: str):
    """The procedure of ``section``'s portal with ``code``, or ``None``."""
    site = find_site(section)
    query = Eq(indexes.CODE, code.replace(".", "")) & Eq(TYPE, PROCEDURE_TYPE) & Eq(PORTAL, portal_path(section, "/"))
    _total, docids = site.catalog.query(query, limit=1)
    for found in resolve(site.catalog, site, docids):
        return found
    return None
