"""Tình trạng hiệu lực: a document's validity at a moment, from its dates and relations, by the clock.

Nothing is written when a date passes: the status is computed when asked, from the dates the
catalog holds, so the status shown, the facet counts and the search filter agree at every moment
(the same rule as scheduled publishing). A document ends (hết hiệu lực toàn bộ) at its expiry, or
on the effective date of the document that replaces it in full, whichever comes first.
"""

from __future__ import annotations

from datetime import date, datetime, time

from repoze.catalog.query import Eq, Gt, Le, NotEq

from hpportal.core import clock
from hpportal.core.catalog.discriminators import NEVER
from hpportal.core.timezone import LOCAL_TZ
from hpportal.legaldocs.vocabularies import AUTOMATIC, EXPIRED, IN_FORCE, NOT_YET, PARTLY_EXPIRED

IN_FORCE_INDEX = "ld_in_force"  # when it takes effect (epoch seconds)
ENDS_INDEX = "ld_ends"  # when it ends in full (epoch seconds; NEVER when nothing ends it)
MANUAL_INDEX = "ld_manual"  # what the board set by hand: auto, partly expired, expired


def day_start(day: date | None) -> int | None:
    """The first second of ``day`` in Hai Phong (a document takes effect at the start of its day)."""
    if day is None:
        return None
    return int(datetime.combine(day, time.min, LOCAL_TZ).timestamp())


def starts(doc) -> int | None:
    return day_start(doc.in_force or doc.issued)


def ends(doc, replaced_from: date | None) -> int:
    """When ``doc`` ends in full: its expiry, or ``replaced_from`` (the replacement's effective date)."""
    moments = [day_start(d) for d in (doc.expiry, replaced_from) if d is not None]
    return min(moments) if moments else NEVER


def status_at(start: int | None, end: int, manual: str, now: int | None = None) -> str:
    """The validity at ``now`` of a document starting at ``start`` and ending at ``end`` (epoch seconds)."""
    now = clock.timestamp() if now is None else now
    if manual == EXPIRED or end <= now:
        return EXPIRED
    if start is not None and start > now:
        return NOT_YET
    return PARTLY_EXPIRED if manual == PARTLY_EXPIRED else IN_FORCE


def status_terms(status: str, now: int | None = None):
    """The catalog query of the documents whose validity at ``now`` is ``status`` (as :func:`status_at`)."""
    now = clock.timestamp() if now is None else now
    live = NotEq(MANUAL_INDEX, EXPIRED) & Gt(ENDS_INDEX, now)
    if status == EXPIRED:
        return Eq(MANUAL_INDEX, EXPIRED) | Le(ENDS_INDEX, now)
    if status == NOT_YET:
        return live & Gt(IN_FORCE_INDEX, now)
    started = live & Le(IN_FORCE_INDEX, now)
    if status == PARTLY_EXPIRED:
        return started & Eq(MANUAL_INDEX, PARTLY_EXPIRED)
    return started & Eq(MANUAL_INDEX, AUTOMATIC)


def next_change(catalog, now: int | None = None) -> int | None:
    """The next moment a document's validity changes by the clock: two lookups in sorted values."""
    now = clock.timestamp() if now is None else now
    moments = []
    for name in (IN_FORCE_INDEX, ENDS_INDEX):
        if name not in catalog:
            continue
        try:
            moment = catalog[name]._fwd_index.minKey(now + 1)
        except ValueError:
            continue
        if moment != NEVER:
            moments.append(moment)
    return min(moments) if moments else None
