"""The catalog indexes of the procedures catalogue: what its page, facets and code search query.

Each discriminator's import path is pickled into the catalog: keep them here, under these names.
"""

from __future__ import annotations

from functools import partial

from repoze.catalog.indexes.field import CatalogFieldIndex

from hpportal.services.codes import code_key
from hpportal.services.interfaces import IProcedure

CODE = "sv_code"  # the digits of the code: 1004227
FIELD = "sv_field"  # lĩnh vực (slug)
AGENCY = "sv_agency"  # cơ quan thực hiện (its title)
LEVEL = "sv_level"  # cấp thực hiện
ONLINE = "sv_online"  # mức độ trực tuyến
FEATURED = "sv_featured"  # the board's order among the most used (1 first); not indexed when 0


def procedure_code(obj, default):
    return (code_key(obj.code) or default) if IProcedure.providedBy(obj) else default


def procedure_field(obj, default):
    return (obj.field or default) if IProcedure.providedBy(obj) else default


def procedure_agency(obj, default):
    return (obj.agency or default) if IProcedure.providedBy(obj) else default


def procedure_level(obj, default):
    return (obj.level or default) if IProcedure.providedBy(obj) else default


def procedure_online(obj, default):
    return (obj.online or default) if IProcedure.providedBy(obj) else default


def featured_order(obj, default):
    return (obj.featured or default) if IProcedure.providedBy(obj) else default


INDEXES = {
    CODE: procedure_code,
    FIELD: procedure_field,
    AGENCY: procedure_agency,
    LEVEL: procedure_level,
    ONLINE: procedure_online,
    FEATURED: featured_order,
}


def includeme(config):
    for name, discriminator in INDEXES.items():
        config.add_catalog_index(name, partial(CatalogFieldIndex, discriminator))
