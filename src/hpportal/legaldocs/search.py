"""The documents page's search: filters, number search, facets with counts, newest first by issue date.

Every count comes from the catalog (sets of docids intersected), never from loading documents:
a facet's count for a value is what selecting that value would list, given the other filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from BTrees import family32
from repoze.catalog.query import All, Any, Contains, Eq, Ge, Gt, Le
from zope.index.text.parsetree import ParseError

from hpportal.core import clock
from hpportal.core.catalog.catalog import ALLOWED, EFFECTIVE, EXPIRES, LISTED, PORTAL, TEXT, TYPE
from hpportal.core.catalog.search import BadQuery, check_words
from hpportal.legaldocs import indexes, validity
from hpportal.legaldocs.lookup import DOCUMENT_TYPE
from hpportal.legaldocs.numbers import query_key, query_tokens
from hpportal.legaldocs.vocabularies import VALIDITY

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


def _base_terms(query: DocumentQuery, allowed, now: int) -> list:
    terms = [Eq(TYPE, DOCUMENT_TYPE), Le(EFFECTIVE, now), Gt(EXPIRES, now), Eq(LISTED, True)]
    if allowed is not None:
        terms.append(Any(ALLOWED, list(allowed)))
    if query.portal:
        terms.append(Eq(PORTAL, query.portal))
    if query.number.strip():
        wanted = query_tokens(query.number)
        if not wanted:
            raise BadQuery(query.number)
        terms += [Any(indexes.NUMBER, choices) for choices in wanted]
    if query.text.strip():
        check_words(query.text)
        terms.append(Contains(TEXT, query.text.strip()))
    if query.issued_from:
        terms.append(Ge(indexes.ISSUED, validity.day_start(query.issued_from)))
    if query.issued_to:
        terms.append(Le(indexes.ISSUED, validity.day_start(query.issued_to + timedelta(days=1)) - 1))
    return terms


def _facet_term(name: str, value, now: int):
    if name == "validity":
        return validity.status_terms(value, now)
    if name == "field":
        return All(indexes.FIELDS, [value])
    return Eq(_FACET_INDEX[name], value)


def _apply(catalog, terms):
    result = None
    for term in terms:
        found = term._apply(catalog, None)
        result = found if result is None else IF.intersection(result, found)
        if not result:
            return IF.Set()
    return result if result is not None else IF.Set()


def _counts(catalog, name: str, within, now: int) -> list[tuple[object, int]]:
    """``(value, count)`` of facet ``name`` over the docids ``within``, biggest first."""
    if name == "validity":
        found = [(status, len(IF.intersection(within, _apply(catalog, [validity.status_terms(status, now)]))))
                 for status in VALIDITY]  # fmt: skip
        return [(status, count) for status, count in found if count]
    counts = []
    for value, docids in catalog[_FACET_INDEX[name]]._fwd_index.items():
        count = len(IF.intersection(within, docids if not isinstance(docids, int) else IF.Set([docids])))
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
        base = _apply(catalog, _base_terms(query, allowed, now))
        selected = {name: _apply(catalog, [_facet_term(name, value, now)]) for name, value in query.selected().items()}
    except ParseError as error:
        raise BadQuery(query.text) from error
    results = base
    for docids in selected.values():
        results = IF.intersection(results, docids)
    facets = {}
    for name in FACETS:
        within = base
        for other, docids in selected.items():
            if other != name:
                within = IF.intersection(within, docids)
        facets[name] = _counts(catalog, name, within, now)
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
