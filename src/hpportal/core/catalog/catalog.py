"""The site catalog: one repoze.catalog ``Catalog`` with a ``DocumentMap`` of docid <-> uid.

Its class path is pickled in the database: keep ``hpportal.core.catalog.catalog.PortalCatalog`` stable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from BTrees.IOBTree import IOBTree
from BTrees.OIBTree import OIBTree
from pyramid.traversal import find_resource, resource_path
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


#: The indexes whose values follow where an object is: a rename or a move refreshes these only.
#: The language is here because an item takes the language of the version (``/en`` ...) it is in.
LOCATION_INDEXES = (PATH, PORTAL, ALLOWED, LANGUAGE)


class PortalCatalog(Catalog):
    """A catalog that knows objects by their ``uid`` and where they are by path, so queries never load them.

    The document map holds ``uid <-> docid``: a docid survives renames and moves. ``locations``
    (docid -> path) and ``docids_by_path`` say where each indexed object is now; a move rewrites
    them and the :data:`LOCATION_INDEXES`, nothing else.
    """

    def __init__(self, indexes: dict[str, Callable]):
        super().__init__()
        self._empty_maps()
        self.ensure_indexes(indexes)

    def _empty_maps(self) -> None:
        self.document_map = DocumentMap()
        self.locations = IOBTree()
        self.docids_by_path = OIBTree()

    def ensure_indexes(self, indexes: dict[str, Callable]) -> list[str]:
        """Add the indexes that are missing; return their names (they need a reindex)."""
        added = []
        for name, factory in indexes.items():
            if name not in self:
                self[name] = factory()
                added.append(name)
        return added

    # -- docids ------------------------------------------------------------

    def docid_for(self, obj) -> int | None:
        """The docid of ``obj`` (found by its ``uid``), ``None`` when it is not indexed."""
        uid = getattr(obj, "uid", None)
        return self.document_map.docid_for_address(uid) if uid else None

    def docid_for_path(self, path: str) -> int | None:
        """The docid of what is indexed at ``path`` now, without loading it."""
        return self.docids_by_path.get(path)

    def uid_for(self, docid: int) -> str | None:
        return self.document_map.address_for_docid(docid)

    def path_for(self, docid: int) -> str | None:
        """Where the object of ``docid`` is now."""
        return self.locations.get(docid)

    def docids_under(self, path: str) -> list[int]:
        """Docids of every indexed object at or below ``path``, straight from the path index."""
        _, docids = self.query(Any(PATH, [path]))
        return list(docids)

    def paths_under(self, path: str) -> list[str]:
        """Paths of every indexed object at or below ``path``."""
        return [self.locations[docid] for docid in self.docids_under(path)]

    # -- writing -----------------------------------------------------------

    def index_object(self, obj) -> int:
        """Index ``obj`` in full (every index), under its existing docid when it has one."""
        docid = self.docid_for(obj)
        if docid is None:
            docid = self.document_map.add(obj.uid)
            self._place(docid, resource_path(obj))
            self.index_doc(docid, obj)
        else:
            self._place(docid, resource_path(obj))
            self.reindex_doc(docid, obj)
        return docid

    def relocate(self, docid: int, obj) -> None:
        """``obj`` (indexed as ``docid``) is somewhere else now: refresh its path and the
        :data:`LOCATION_INDEXES` only, leaving its text, dates and every other index as they are."""
        self._place(docid, resource_path(obj))
        for name in LOCATION_INDEXES:
            if name in self:
                # ``index_doc`` of a field or keyword index writes only what changed (``reindex_doc``
                # would take the docid out of every value first).
                self[name].index_doc(docid, obj)

    def reindex_allowed(self, docid: int, obj) -> None:
        """Refresh only the ``allowed`` values of one indexed object."""
        self[ALLOWED].index_doc(docid, obj)

    def unindex_docid(self, docid: int) -> None:
        self.unindex_doc(docid)
        self.document_map.remove_docid(docid)
        path = self.locations.pop(docid, None)
        if path is not None and self.docids_by_path.get(path) == docid:
            del self.docids_by_path[path]

    def _place(self, docid: int, path: str) -> None:
        old = self.locations.get(docid)
        if old == path:
            return
        if old is not None and self.docids_by_path.get(old) == docid:
            del self.docids_by_path[old]
        self.locations[docid] = path
        self.docids_by_path[path] = docid

    def clear_all(self) -> None:
        self.clear()
        self._empty_maps()


def find_docid(catalog: PortalCatalog, root, docid: int):
    """The object of ``docid`` in the tree under ``root``, or ``None`` when the tree no longer has it."""
    path = catalog.path_for(docid)
    if path is None:
        return None
    try:
        return find_resource(root, path)
    except KeyError:
        return None


def resolve(catalog: PortalCatalog, root, docids: Iterable[int]) -> Iterator:
    """The objects of ``docids``, in their order; a docid the tree no longer holds is skipped.

    The one way from catalog results to objects: queries answer docids, pages show objects.
    """
    for docid in docids:
        obj = find_docid(catalog, root, docid)
        if obj is not None:
            yield obj
