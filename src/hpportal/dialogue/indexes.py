"""The catalog indexes of Đối thoại trực tuyến: when each session starts and ends, for the home block and lists.

Each discriminator's import path is pickled into the catalog: keep them here, under these names.
"""

from __future__ import annotations

from functools import partial

from repoze.catalog.indexes.field import CatalogFieldIndex

from hpportal.dialogue.models import IDialogue

STARTS = "dl_starts"  # epoch seconds of the session's start
ENDS = "dl_ends"  # epoch seconds of its end


def session_starts(obj, default):
    moment = obj.starts() if IDialogue.providedBy(obj) else None
    return default if moment is None else int(moment.timestamp())


def session_ends(obj, default):
    moment = obj.ends() if IDialogue.providedBy(obj) else None
    return default if moment is None else int(moment.timestamp())


INDEXES = {STARTS: session_starts, ENDS: session_ends}


def includeme(config):
    for name, discriminator in INDEXES.items():
        config.add_catalog_index(name, partial(CatalogFieldIndex, discriminator))
