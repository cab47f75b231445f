"""Index work driven by events, queued per transaction and done once before commit.

Each indexed add costs a catalog write (the hot spot), so an object added,
edited and edited again in one request is indexed once, at commit.
"""

from __future__ import annotations

from pyramid.location import lineage
from pyramid.traversal import resource_path

from hpportal.core.catalog.catalog import find_docid
from hpportal.core.events import LocalRolesModified, ObjectAdded, ObjectModified, ObjectMoved, ObjectWillBeRemoved
from hpportal.core.folder import walk
from hpportal.core.portal import find_site
from hpportal.core.security import governing

_QUEUE_KEY = object()  # key of the queue in the transaction's data


class IndexQueue:
    """Pending work of one transaction, by ``uid``: objects to index in full, to unindex, subtrees that
    moved (only where they are changes) and subtrees whose ``allowed`` values must be refreshed."""

    def __init__(self, site, catalog, immediate: bool = False):
        self.site = site
        self.catalog = catalog
        self.immediate = immediate
        self.pending: dict[str, object] = {}  # uid -> object to index in full
        self.removed: set[str] = set()  # uids to unindex
        self.moved: dict[int, object] = {}  # id -> root of a subtree now somewhere else
        self.allowed_roots: dict[int, object] = {}  # id -> root of a subtree whose grants changed

    def done(self) -> None:
        """End of one event's work: flush now when there is no transaction to wait for."""
        if self.immediate:
            self.flush()

    def index(self, obj) -> None:
        self.pending[obj.uid] = obj

    def relocate_tree(self, obj) -> None:
        self.moved[id(obj)] = obj

    def reindex_allowed_under(self, obj) -> None:
        self.allowed_roots[id(obj)] = obj

    def unindex_tree(self, obj) -> None:
        """``obj`` and everything below it leave the tree (``obj`` is still in place)."""
        catalog = self.catalog
        # Where the catalog holds it, which a move earlier in this transaction has not yet changed.
        docid = catalog.docid_for(obj)
        indexed = catalog.path_for(docid) if docid is not None else resource_path(obj)
        self.removed.update(filter(None, map(catalog.uid_for, catalog.docids_under(indexed))))
        for uid, queued in list(self.pending.items()):
            if _inside(queued, obj):
                del self.pending[uid]
                self.removed.add(uid)
        for key, root in list(self.moved.items()):
            if _inside(root, obj):  # moved in here in this transaction: the catalog has it elsewhere
                del self.moved[key]
                self.removed.update(node.uid for node in walk(root) if _indexable(node))

    def flush(self) -> None:
        pending, self.pending = self.pending, {}
        removed, self.removed = self.removed, set()
        moved, self.moved = self.moved, {}
        roots, self.allowed_roots = self.allowed_roots, {}
        catalog = self.catalog
        # Unindex first: an object removed and put back in one transaction gets a fresh entry.
        for uid in removed:
            docid = catalog.document_map.docid_for_address(uid)
            if docid is not None:
                catalog.unindex_docid(docid)
        for obj in pending.values():
            if _indexable(obj) and self._in_site(obj):
                catalog.index_object(obj)
        done = set(pending)
        # A moved subtree keeps its docids: only its paths and the indexes that follow the place change.
        for root in moved.values():
            if not self._in_site(root):
                continue
            for obj in walk(root):
                if not _indexable(obj) or obj.uid in done:
                    continue
                done.add(obj.uid)
                docid = catalog.docid_for(obj)
                if docid is None:
                    catalog.index_object(obj)
                else:
                    catalog.relocate(docid, obj)
        # Only the ``allowed`` values below a changed grant; objects indexed or moved above are done.
        for root in roots.values():
            if not self._in_site(root):
                continue
            for docid in catalog.docids_under(resource_path(root)):
                if catalog.uid_for(docid) in done:
                    continue
                obj = find_docid(catalog, self.site, docid)
                if obj is None:
                    catalog.unindex_docid(docid)
                else:
                    catalog.reindex_allowed(docid, obj)

    def _in_site(self, obj) -> bool:
        """Whether ``obj`` is still in this site's tree (not removed later in the transaction)."""
        return _inside(obj, self.site)


def _inside(obj, ancestor) -> bool:
    return any(node is ancestor for node in lineage(obj))


def queue_for(obj) -> IndexQueue | None:
    """The current transaction's queue for the catalog of ``obj``'s site (``None``: no catalog)."""
    site = find_site(obj)
    catalog = getattr(site, "catalog", None)
    if catalog is None:
        return None
    jar = catalog._p_jar
    if jar is None:
        # A catalog outside any database (unit tests): work at once.
        return IndexQueue(site, catalog, immediate=True)
    txn = jar.transaction_manager.get()
    try:
        return txn.data(_QUEUE_KEY)
    except KeyError:
        queue = IndexQueue(site, catalog)
        txn.set_data(_QUEUE_KEY, queue)
        txn.addBeforeCommitHook(queue.flush)
        return queue


def _indexable(obj) -> bool:
    """A content object in the tree; the root portal is not in the catalog (its grants are read directly).

    An object without a ``uid`` (made before ids existed) waits for ``hpportal upgrade`` to give it one.
    """
    return (
        getattr(obj, "type_info", None) is not None
        and obj.__parent__ is not None
        and getattr(obj, "uid", None) is not None
    )


def on_added(event: ObjectAdded) -> None:
    queue = queue_for(event.object)
    if queue is None:
        return
    for obj in walk(event.object):
        if _indexable(obj):
            queue.index(obj)
    queue.done()


def on_modified(event: ObjectModified) -> None:
    queue = queue_for(event.object)
    if queue is not None and _indexable(event.object):
        queue.index(event.object)
        queue.done()


def on_will_be_removed(event: ObjectWillBeRemoved) -> None:
    queue = queue_for(event.object)
    if queue is not None:
        queue.unindex_tree(event.object)
        queue.done()


def on_moved(event: ObjectMoved) -> None:
    """A rename or a move: the subtree keeps its entries; at commit only where its items are is rewritten."""
    queue = queue_for(event.object)
    if queue is None:
        return
    queue.relocate_tree(event.object)
    queue.done()


def on_local_roles(event: LocalRolesModified) -> None:
    queue = queue_for(event.object)
    if queue is None:
        return
    if _indexable(event.object) and event.object.__parent__ is not None:  # the root is not searchable
        queue.index(event.object)
    queue.reindex_allowed_under(event.object)
    queue.done()


def reindex_governed(obj) -> None:
    """``obj`` entered a workflow state: the items that follow its state (a document's files, a
    question's attachments: see :func:`~hpportal.core.security.governing`) get fresh entries, since
    their ``allowed`` values (and dates) are ``obj``'s."""
    queue = queue_for(obj)
    values = getattr(obj, "values", None)
    if queue is None or values is None or getattr(obj, "_data", None) is None:
        return
    for child in values():
        if _indexable(child) and governing(child) is obj:
            queue.index(child)
    queue.done()


def reindex_all(site, catalog, progress=None) -> int:
    """Rebuild the catalog from the tree; ``progress(n)`` is called as objects are indexed."""
    catalog.clear_all()
    count = 0
    for obj in walk(site):
        if _indexable(obj):
            catalog.index_object(obj)
            count += 1
            if progress is not None:
                progress(count)
    return count


def includeme(config):
    config.add_subscriber(on_added, ObjectAdded)
    config.add_subscriber(on_modified, ObjectModified)
    config.add_subscriber(on_will_be_removed, ObjectWillBeRemoved)
    config.add_subscriber(on_moved, ObjectMoved)
    config.add_subscriber(on_local_roles, LocalRolesModified)
