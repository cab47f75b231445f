"""The site catalog: one repoze.catalog ``Catalog`` with a ``DocumentMap`` of docid <-> path.

Its class path is pickled in the database: keep ``hpportal.core.catalog.catalog.PortalCatalog`` stable.
"""

from __future__ import annotations

from collections.abc import Callable

from repoze.catalog.catalog import Catalog
from repoze.catalog.document import DocumentMap
from repoze.catalog.indexes.field import CatalogFieldIndex
from repoze.catalog.indexes.keyword import CatalogKeywordIndex
from repoze.catalog.indexes.text import CatalogTextIndex
from repoze.catalog.query import Any
from zope.index.text.lexicon import Lexicon

from hpportal.core.catalog import discriminators as d
from hpportal.core.catalog.folding import FoldingSplitter

# Index names, used by every query: never spell them as bare strings elsewhere.
PATH = "path"
PORTAL = "portal"
TYPE = "type"
LANGUAGE = "language"
CREATED = "created"
MODIFIED = "modified"
EFFECTIVE = "effective"
EXPIRES = "expires"
TITLE = "title"
SUBJECTS = "subjects"
TEXT = "text"
ALLOWED = "allowed"  # who may view: search and listings filter on it, never on loaded objects
GRANTS = "grants"  # local roles granted on the object itself: "principal|role"
UID = "uid"
STATE = "state"  # workflow state
LISTED = "listed"  # False for states kept out of listings (archived)


def text_index() -> CatalogTextIndex:
    return CatalogTextIndex(d.text, lexicon=Lexicon(FoldingSplitter()))


#: The core indexes: name -> factory. Capabilities add theirs with ``config.add_catalog_index``.
CORE_INDEXES: dict[str, Callable] = {
    PATH: lambda: CatalogKeywordIndex(d.path_prefixes),
    PORTAL: lambda: CatalogFieldIndex(d.portal_path),
    TYPE: lambda: CatalogFieldIndex(d.type_name),
    LANGUAGE: lambda: CatalogFieldIndex(d.language),
    CREATED: lambda: CatalogFieldIndex(d.created),
    MODIFIED: lambda: CatalogFieldIndex(d.modified),
    EFFECTIVE: lambda: CatalogFieldIndex(d.effective),
    EXPIRES: lambda: CatalogFieldIndex(d.expires),
    TITLE: lambda: CatalogFieldIndex(d.sortable_title),
    SUBJECTS: lambda: CatalogKeywordIndex(d.subjects),
    TEXT: text_index,
    ALLOWED: lambda: CatalogKeywordIndex(d.allowed),
    GRANTS: lambda: CatalogKeywordIndex(d.grants),
    UID: lambda: CatalogFieldIndex(d.uid),
    STATE: lambda: CatalogFieldIndex(d.state),
    LISTED: lambda: CatalogFieldIndex(d.listed),
}


class PortalCatalog(Catalog):
    """A catalog that knows objects by path, so queries never need to load them."""

    def __init__(self, indexes: dict[str, Callable]):
        super().__init__()
        self.document_map = DocumentMap()
        self.ensure_indexes(indexes)

    def ensure_indexes(self, indexes: dict[str, Callable]) -> list[str]:
        """Add the indexes that are missing; return their names (they need a reindex)."""
        added = []
        for name, factory in indexes.items():
            if name not in self:
                self[name] = factory()
                added.append(name)
        return added

    def index_resource(self, path: str, obj) -> int:
        docid = self.document_map.docid_for_address(path)
        if docid is None:
            docid = self.document_map.add(path)
            self.index_doc(docid, obj)
        else:
            self.reindex_doc(docid, obj)
        return docid

    def unindex_path(self, path: str) -> None:
        docid = self.document_map.docid_for_address(path)
        if docid is not None:
            self.unindex_doc(docid)
            self.document_map.remove_docid(docid)

    def paths_under(self, path: str) -> list[str]:
        """Paths of every indexed object at or below ``path``, straight from the path index."""
        _, docids = self.query(Any(PATH, [path]))
        address = self.document_map.address_for_docid
        return [address(docid) for docid in docids]

    def reindex_allowed(self, path: str, obj) -> None:
        """Refresh only the ``allowed`` values of one indexed object."""
        docid = self.document_map.docid_for_address(path)
        if docid is not None:
            self[ALLOWED].reindex_doc(docid, obj)

    def path_for(self, docid: int) -> str | None:
        return self.document_map.address_for_docid(docid)

    def clear_all(self) -> None:
        self.clear()
        self.document_map = DocumentMap()
