"""Inspection notes (REGULATION Art. 18.2): the Inspector's remarks on any item of any portal.

``InspectionNote`` and ``inspected`` are named in stored notes and in the catalog's index: their path
is kept stable (and their earlier one, ``hpportal.core.inspection``, is read as this; see __init__.py).

A note is kept on the item itself, as a tuple of immutable records, and is
read by that portal's board and by Inspectors. Writing one does not change
the item: its modification date stays, no "modified" event is fired, and only
the ``inspected`` index (the time of the latest note) is refreshed, which the
inspection dashboards query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from repoze.catalog.indexes.field import CatalogFieldIndex

from hpportal.core.content import utcnow
from hpportal.core.portal import find_site

INSPECTED = "inspected"
MAX_LENGTH = 5000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True)
class InspectionNote:
    when: datetime
    author_id: str
    author_title: str
    text: str


def notes_of(obj) -> tuple[InspectionNote, ...]:
    return getattr(obj, "inspection_notes", ())


def inspected(obj, default):
    """The time of the latest note in microseconds, for the dashboards; objects without notes are not indexed.

    Microseconds, not seconds: notes written within one second still sort newest first.
    """
    notes = notes_of(obj)
    return (notes[-1].when - _EPOCH) // _MICROSECOND if notes else default


def add_note(obj, author, text: str) -> InspectionNote:
    note = InspectionNote(when=utcnow(), author_id=author.id, author_title=author.title, text=text)
    obj.inspection_notes = (*notes_of(obj), note)
    catalog = find_site(obj).catalog
    docid = catalog.docid_for(obj)
    if docid is not None:
        catalog[INSPECTED].reindex_doc(docid, obj)
    return note


def inspected_index():
    return CatalogFieldIndex(inspected)


def includeme(config):
    config.add_catalog_index(INSPECTED, inspected_index)
