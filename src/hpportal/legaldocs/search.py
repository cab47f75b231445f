"""The documents page's search: filters, number search, facets with counts, newest first by issue date.

Every count comes from the catalog (sets of docids intersected), never from loading documents:
a facet's count for a value is what selecting that value would list, given the other filters.

The clock's conditions (published now, not expired, the validity) are ranges over indexes with a value per
document: a range query over the whole index would union tens of thousands of sets on every page. They are
taken last, within what the other terms found, from whichever side of the moment holds fewer values
(:func:`_within_range`), and the validity of every document found is worked out once (:func:`_statuses`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from BTrees import family32
from repoze.catalog.query import Contains
from zope.index.text.parsetree import ParseError

from hpportal.core import clock
from hpportal.core.catalog.catalog import ALLOWED, EFFECTIVE, EXPIRES, LANGUAGE, LISTED, PORTAL, TEXT, TYPE
from hpportal.core.catalog.search import BadQuery, check_words
from hpportal.core.i18n import DEFAULT_LOCALE
from hpportal.legaldocs import indexes, validity
from hpportal.legaldocs.lookup import DOCUMENT_TYPE
from hpportal.legaldocs.numbers import query_key, query_tokens
from hpportal.legaldocs.vocabularies import AUTOMATIC, EXPIRED, IN_FORCE, NOT_YET, PARTLY_EXPIRED, VALIDITY

IF = family32.IF
FACETS = ("form", "issuer", "field", "year", "validity")
_FACET_INDEX = {"form": indexes.FORM, "issuer": indexes.ISSUER, "field": indexes.FIELDS, "year": indexes.YEAR}


@dataclass
class DocumentQuery:
    number: str = ""  # số / ký hiệu, whole or in part
    text: str = ""  # words of the summary and full text
    portal: str | None = None  # a portal's path; None: every portal
    form: str = ""
    issuer: str = ""
    field: str = ""
    year: int | None = None
    validity: str = ""
    issued_from: date | None = None
    issued_to: date | None = None

    def selected(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}


@dataclass
class DocumentResults:
    total: int
    docids: list[int]  # objects: :func:`~hpportal.core.catalog.catalog.resolve`
    facets: dict[str, list[tuple[object, int]]] = field(default_factory=dict)


#: A range's side: the values up to the moment (included) or after it.
UP_TO, AFTER = "up_to", "after"
#: Below this many docids, a range is checked docid by docid (in the index's docid -> value map).
FEW = 300
#: Up to this many docids are looked up in a set rather than merged with it.
LOOKUP_MAX = 2000
#: Up to this many docids are counted by their values rather than by the values' sets.
COUNT_BY_DOCID = 5000


def _docids(catalog, name: str, value):
    """The docids index ``name`` holds under ``value``: the index's own set (read, never changed), not a copy."""
    found = catalog[name]._fwd_index.get(value)
    return IF.Set() if found is None else _as_set(found)


def _any(catalog, name: str, values):
    sets = [found for found in (_docids(catalog, name, value) for value in values) if found]
    return sets[0] if len(sets) == 1 else IF.multiunion(sets) if sets else IF.Set()


def _base_sets(catalog, query: DocumentQuery, allowed) -> list:
    sets = []
    if query.number.strip():
        wanted = query_tokens(query.number)
        if not wanted:
            raise BadQuery(query.number)
        sets += [_any(catalog, indexes.NUMBER, choices) for choices in wanted]
    if query.text.strip():
        check_words(query.text)
        sets.append(Contains(TEXT, query.text.strip())._apply(catalog, None))
    if query.portal:
        sets.append(_docids(catalog, PORTAL, query.portal))
    if allowed is not None:
        sets.append(_any(catalog, ALLOWED, list(allowed)))
    # Each document once: the original (a translation is reached from it, and the page links to it).
    sets += [
        _docids(catalog, TYPE, DOCUMENT_TYPE),
        _docids(catalog, LANGUAGE, DEFAULT_LOCALE),
        _docids(catalog, LISTED, True),
    ]
    return sets


def _intersection(sets):
    """The docids in every one of ``sets``, taken in their order (the most selective first): while few docids
    are left, they are looked up in the next set rather than merged with it (a merge walks all of it)."""
    if not sets:
        return IF.Set()
    result = sets[0]
    for other in sets[1:]:
        if not result:
            return IF.Set()
        if len(result) <= LOOKUP_MAX:
            result = IF.Set([docid for docid in result if docid in other])
        else:
            result = IF.intersection(result, other)
    return result


def _base_ranges(query: DocumentQuery, now: int) -> list[tuple[str, str, int]]:
    """``(index, side, moment)``: published by now and not expired, issued between the dates asked."""
    ranges = [(EFFECTIVE, UP_TO, now), (EXPIRES, AFTER, now)]
    if query.issued_from:
        ranges.append((indexes.ISSUED, AFTER, validity.day_start(query.issued_from) - 1))
    if query.issued_to:
        ranges.append((indexes.ISSUED, UP_TO, validity.day_start(query.issued_to + timedelta(days=1)) - 1))
    return ranges


def _as_set(docids):
    return IF.Set([docids]) if isinstance(docids, int) else docids


def _within_range(catalog, name: str, side: str, moment: int, within):
    """The docids of ``within`` whose value in index ``name`` is on ``side`` of ``moment``.

    Every document has a value in these indexes (their discriminators never give the default for one),
    so the docids on one side are those of ``within`` not on the other: the side with fewer values is read.
    """
    if not within:
        return IF.Set()
    index = catalog[name]
    if len(within) <= FEW:
        values = index._rev_index
        if side == UP_TO:
            return IF.Set(d for d in within if values.get(d) is not None and values[d] <= moment)
        return IF.Set(d for d in within if values.get(d) is not None and values[d] > moment)
    forward = index._fwd_index
    up_to = forward.values(max=moment)
    after = forward.values(min=moment, excludemin=True)
    wanted, other = (up_to, after) if side == UP_TO else (after, up_to)
    if not other:
        return within
    if not wanted:
        return IF.Set()
    if len(wanted) <= len(other):
        return IF.intersection(within, IF.multiunion([_as_set(d) for d in wanted]))
    return IF.difference(within, IF.multiunion([_as_set(d) for d in other]))


def _statuses(catalog, within, now: int) -> dict[str, object]:
    """status -> the docids of ``within`` with that validity at ``now`` (the rule of ``validity.status_at``)."""
    manual = catalog[indexes.MANUAL]._fwd_index
    by_hand = {value: _intersection([within, _as_set(manual.get(value, IF.Set()))])
               for value in (EXPIRED, PARTLY_EXPIRED, AUTOMATIC)}  # fmt: skip
    not_expired_by_hand = IF.difference(within, by_hand[EXPIRED])
    ended = _within_range(catalog, indexes.ENDS, UP_TO, now, not_expired_by_hand)
    live = IF.difference(not_expired_by_hand, ended)
    not_yet = _within_range(catalog, indexes.IN_FORCE, AFTER, now, live)
    started = IF.difference(live, not_yet)
    return {
        NOT_YET: not_yet,
        IN_FORCE: IF.intersection(started, by_hand[AUTOMATIC]),
        PARTLY_EXPIRED: IF.intersection(started, by_hand[PARTLY_EXPIRED]),
        EXPIRED: IF.union(by_hand[EXPIRED], ended),
    }


def _facet_set(catalog, name: str, value):
    if name == "field":
        return _docids(catalog, indexes.FIELDS, value)
    return _docids(catalog, _FACET_INDEX[name], value)


def _counts(catalog, name: str, within, statuses) -> list[tuple[object, int]]:
    """``(value, count)`` of facet ``name`` over the docids ``within``, biggest first.

    Few docids are counted by their values (the index's docid -> value map); many, value by value.
    """
    if name == "validity":
        found = [(status, len(IF.intersection(within, statuses[status]))) for status in VALIDITY]
        return [(status, count) for status, count in found if count]
    index = catalog[_FACET_INDEX[name]]
    if len(within) <= COUNT_BY_DOCID:
        values = index._rev_index
        found = Counter()
        for docid in within:
            value = values.get(docid)
            if value is not None:
                found.update(value if name == "field" else (value,))
        counts = list(found.items())
    else:
        counts = []
        for value, docids in index._fwd_index.items():
            count = len(IF.intersection(within, _as_set(docids)))
            if count:
                counts.append((value, count))
    if name == "year":
        return sorted(counts, reverse=True)
    return sorted(counts, key=lambda item: (-item[1], str(item[0])))


def search_documents(catalog, query: DocumentQuery, *, allowed, limit: int = 20, offset: int = 0) -> DocumentResults:
    """The page ``offset // limit`` of what ``query`` finds for ``allowed``, with the facets' counts.

    Raise :class:`BadQuery` when the number or the words cannot be searched.
    """
    now = clock.timestamp()
    try:
        base = _intersection(_base_sets(catalog, query, allowed))
    except ParseError as error:
        raise BadQuery(query.text) from error
    for index_name, side, moment in _base_ranges(query, now):
        base = _within_range(catalog, index_name, side, moment, base)
    selected = {n: _facet_set(catalog, n, value) for n, value in query.selected().items() if n != "validity"}
    within = {}  # the names of the selections left out -> the base narrowed by the other selections

    def narrowed(left_out: frozenset):
        if left_out not in within:
            chosen = [docids for n, docids in selected.items() if n not in left_out]
            within[left_out] = _intersection([*sorted(chosen, key=len), base])
        return within[left_out]

    if query.validity:  # the other facets count the documents of that validity among every one found
        statuses = _statuses(catalog, base, now)
        selected["validity"] = statuses[query.validity]
        results = narrowed(frozenset())
    else:  # the validity facet counts among what is listed
        results = narrowed(frozenset())
        statuses = _statuses(catalog, results, now)
    facets = {name: _counts(catalog, name, narrowed(frozenset({name}) & set(selected)), statuses) for name in FACETS}
    ordered = _ordered(catalog, query, results, offset + limit)
    return DocumentResults(len(results), ordered[offset:], facets)


def _ordered(catalog, query: DocumentQuery, results, want: int) -> list[int]:
    """Newest first by issue date; for a number search, the document of exactly that number first."""
    key = query_key(query.number) if query.number.strip() else None
    exact = IF.Set()
    if key is not None:
        exact = IF.intersection(results, catalog[indexes.KEY]._fwd_index.get(key, IF.Set())) or IF.Set()
    first = list(catalog[indexes.ISSUED].sort(exact, reverse=True)) if exact else []
    rest = IF.difference(results, exact) if exact else results
    if not rest:
        return first[:want]
    return first + list(catalog[indexes.ISSUED].sort(rest, reverse=True, limit=max(want - len(first), 1)))
