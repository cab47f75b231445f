"""The site catalog: indexes, indexing subscribers, search."""

from hpportal.core.catalog.catalog import CORE_INDEXES, PortalCatalog, find_docid, resolve

__all__ = ["CORE_INDEXES", "PortalCatalog", "find_docid", "resolve", "CATALOG_VERSION", "make_catalog"]


def add_catalog_index(config, name: str, factory) -> None:
    """Configuration directive for capabilities: ``config.add_catalog_index("featured", factory)``."""
    config.registry.catalog_indexes[name] = factory


#: Raised when what the indexes hold changes meaning: ``hpportal upgrade`` then reindexes everything.
#: 2: expiry is indexed for every item (31/12/9999 when none); workflow state and listing flag.
#: 3: the language of items in a language version.
CATALOG_VERSION = 4  # 4: documents known by uid (a docid survives renames and moves), their paths beside them


def make_catalog(registry) -> PortalCatalog:
    return PortalCatalog(registry.catalog_indexes)


def includeme(config):
    config.registry.catalog_indexes = dict(CORE_INDEXES)
    config.add_directive("add_catalog_index", add_catalog_index)
    config.include(".indexing")
