"""The catalog indexes of the intake: what the dashboard counts and sorts without loading items.

Each discriminator's import path is pickled into the catalog: keep them here, under these names.
"""

from __future__ import annotations

from functools import partial

from repoze.catalog.indexes.field import CatalogFieldIndex

from hpportal.intake.interfaces import IIntakeItem

CHANNEL = "intake_channel"  # edxml, email, facebook, paper, other
RECEIVED = "intake_received"  # when it counts as received (epoch seconds): oldest waiting first
DOCUMENT_ID = "intake_document_id"  # edXML DocumentId: a revocation finds the earlier item by it


def item_channel(obj, default):
    return obj.channel if IIntakeItem.providedBy(obj) else default


def item_received(obj, default):
    return int(obj.received.timestamp()) if IIntakeItem.providedBy(obj) and obj.received is not None else default


def item_document_id(obj, default):
    return (obj.document_id or default) if IIntakeItem.providedBy(obj) else default


INDEXES = {CHANNEL: item_channel, RECEIVED: item_received, DOCUMENT_ID: item_document_id}


def includeme(config):
    for name, discriminator in INDEXES.items():
        config.add_catalog_index(name, partial(CatalogFieldIndex, discriminator))
