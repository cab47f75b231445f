"""Index work driven by events, queued per transaction and done once before commit.

Each indexed add costs a catalog write (the hot spot), so an object added,
edited and edited again in one request is indexed once, at commit.
"""

from __future__ import annotations

from pyramid.traversal import find_resource, resource_path

from hpportal.core.events import LocalRolesModified, ObjectAdded, ObjectModified, ObjectMoved, ObjectWillBeRemoved
from hpportal.core.folder import walk
from hpportal.core.portal import find_site
from hpportal.core.security import governing

_QUEUE_KEY = object()  # key of the queue in the transaction's data


class IndexQueue:
    """Pending work of one transaction: path -> object to index, or ``None`` to unindex."""

    def __init__(self, site, catalog, immediate: bool = False):
        self.site = site
        self.catalog = catalog
        self.immediate = immediate
        self.pending: dict[str, object] = {}
        self.allowed_roots: set[str] = set()  # subtrees whose ``allowed`` values must be refreshed

    def done(self) -> None:
        """End of one event's work: flush now when there is no transaction to wait for."""
        if self.immediate:
            self.flush()

    def index(self, obj) -> None:
        self.pending[resource_path(obj)] = obj

    def reindex_allowed_under(self, obj) -> None:
        self.allowed_roots.add(resource_path(obj))

    def unindex_tree(self, path: str) -> None:
        prefix = path.rstrip("/") + "/"
        for queued in [p for p in self.pending if p == path or p.startswith(prefix)]:
            self.pending[queued] = None
        for indexed in self.catalog.paths_under(path):
            self.pending[indexed] = None

    def flush(self) -> None:
        pending, self.pending = self.pending, {}
        roots, self.allowed_roots = self.allowed_roots, set()
        # Unindex first: a path removed and re-added in one transaction gets a fresh entry.
        for path, obj in pending.items():
            if obj is None:
                self.catalog.unindex_path(path)
        for path, obj in pending.items():
            if obj is not None:
                self.catalog.index_resource(path, obj)
        # Only the ``allowed`` values below a changed grant; objects indexed in full above are done.
        for root in roots:
            for path in self.catalog.paths_under(root):
                if path not in pending:
                    try:
                        self.catalog.reindex_allowed(path, find_resource(self.site, path))
                    except KeyError:
                        self.catalog.unindex_path(path)


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
    """A content object in the tree; the root portal is not in the catalog (its grants are read directly)."""
    return getattr(obj, "type_info", None) is not None and obj.__parent__ is not None


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
        queue.unindex_tree(resource_path(event.object))
        queue.done()


def on_moved(event: ObjectMoved) -> None:
    queue = queue_for(event.object)
    if queue is None:
        return
    queue.unindex_tree(event.old_path)
    for obj in walk(event.object):
        if _indexable(obj):
            queue.index(obj)
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
            catalog.index_resource(resource_path(obj), obj)
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
