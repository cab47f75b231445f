"""Classes and functions that stored objects name by an old path, found where they live now.

The database's pickles name the classes of what they hold, and the discriminators of catalog
indexes, by module path. A capability that moves one says so with
``config.add_moved_global(old_module, name, obj)``; every database the app opens then reads the old
path as ``obj``, and writes the new one the next time the object is saved.
"""

from __future__ import annotations

from ZODB.DB import DB


class MovedGlobals:
    """A ZODB class factory: the moved ones from ``moved``, the others as ZODB finds them."""

    def __init__(self, moved: dict, db):
        self.moved = moved
        self.fallback = DB.classFactory.__get__(db)

    def __call__(self, connection, modulename: str, globalname: str):
        found = self.moved.get((modulename, globalname))
        return found if found is not None else self.fallback(connection, modulename, globalname)


def install(db, registry) -> None:
    """Let ``db`` read the globals the app's capabilities moved (before any of its connections is used)."""
    db.classFactory = MovedGlobals(registry.moved_globals, db)
    db.pool.clear()  # the connection that made sure of the root still reads with the old factory


def add_moved_global(config, module: str, name: str, obj) -> None:
    """Configuration directive: stored objects naming ``module.name`` mean ``obj``."""
    config.registry.moved_globals[(module, name)] = obj


def includeme(config):
    config.registry.moved_globals = {}
    config.add_directive("add_moved_global", add_moved_global)
    for db in getattr(config.registry, "_zodb_databases", {}).values():  # opened by pyramid_zodbconn
        install(db, config.registry)
