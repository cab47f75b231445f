"""The procedures page's search: name words or code, filters, facets with counts, the most used first.

Every count comes from the catalog (sets of docids intersected), never from loading procedures: a
facet's count for a value is what selecting that value would list, given the other filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from BTrees import family32
from repoze.catalog.query import Any, Contains, Eq, Gt, Le
from zope.index.text.parsetree import ParseError

from hpportal.core import clock
from hpportal.core.catalog.catalog import ALLOWED, EFFECTIVE, EXPIRES, LISTED, PORTAL, TEXT, TITLE, TYPE
from hpportal.core.catalog.search import BadQuery, check_words
from hpportal.services import indexes
from hpportal.services.codes import code_key, looks_like_code

IF = family32.IF
PROCEDURE_TYPE = "Procedure"
FACETS = ("field", "agency", "level", "online")
FACET_INDEX = {"field": indexes.FIELD, "agency": indexes.AGENCY, "level": indexes.LEVEL, "online": indexes.ONLINE}


@dataclass
class ProcedureQuery:
    text: str = ""  # words of the name, or a code (1.004227 or 1004227)
    portal: str | None = None  # a portal's path; None: every portal
    field: str = ""
    agency: str = ""
    level: str = ""
    online: str = ""

    def selected(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}


@dataclass
class ProcedureResults:
    total: int
    docids: list[int]  # objects: :func:`~hpportal.core.catalog.catalog.resolve`
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def _base_terms(query: ProcedureQuery, allowed, now: int) -> list:
    terms = [Eq(TYPE, PROCEDURE_TYPE), Le(EFFECTIVE, now), Gt(EXPIRES, now), Eq(LISTED, True)]
    if allowed is not None:
        terms.append(Any(ALLOWED, list(allowed)))
    if query.portal:
        terms.append(Eq(PORTAL, query.portal))
    text = query.text.strip()
    if text and looks_like_code(text):
        key = code_key(text)
        if key is None:
            raise BadQuery(text)
        terms.append(Eq(indexes.CODE, key))
    elif text:
        check_words(text)
        terms.append(Contains(TEXT, text))
    return terms


def _apply(catalog, terms):
    result = None
    for term in terms:
        found = term._apply(catalog, None)
        result = found if result is None else IF.intersection(result, found)
        if not result:
            return IF.Set()
    return result if result is not None else IF.Set()


def _counts(catalog, name: str, within) -> list[tuple[str, int]]:
    """``(value, count)`` of facet ``name`` over the docids ``within``, biggest first."""
    counts = []
    for value, docids in catalog[FACET_INDEX[name]]._fwd_index.items():
        count = len(IF.intersection(within, docids if not isinstance(docids, int) else IF.Set([docids])))
        if count:
            counts.append((value, count))
    return sorted(counts, key=lambda item: (-item[1], str(item[0])))


def search_procedures(catalog, query: ProcedureQuery, *, allowed, limit: int = 20, offset: int = 0) -> ProcedureResults:
    """The page ``offset // limit`` of what ``query`` finds for ``allowed``, with the facets' counts.

    Raise :class:`BadQuery` when the words or the code cannot be searched.
    """
    now = clock.timestamp()
    try:
        base = _apply(catalog, _base_terms(query, allowed, now))
    except ParseError as error:
        raise BadQuery(query.text) from error
    selected = {name: _apply(catalog, [Eq(FACET_INDEX[name], value)]) for name, value in query.selected().items()}
    results = base
    for docids in selected.values():
        results = IF.intersection(results, docids)
    facets = {}
    for name in FACETS:
        within = base
        for other, docids in selected.items():
            if other != name:
                within = IF.intersection(within, docids)
        facets[name] = _counts(catalog, name, within)
    ordered = ordered_docids(catalog, results, offset + limit)[offset:]
    return ProcedureResults(len(results), ordered, facets)


def ordered_docids(catalog, results, want: int) -> list[int]:
    """The most used first (the board's order), then by name."""
    featured = IF.intersection(results, _apply(catalog, [Gt(indexes.FEATURED, 0)])) if results else IF.Set()
    first = list(catalog[indexes.FEATURED].sort(featured, limit=want)) if featured else []
    rest = IF.difference(results, featured) if featured else results
    if not rest or len(first) >= want:
        return first[:want]
    return first + list(catalog[TITLE].sort(rest, limit=want - len(first)))


def most_used(catalog, *, allowed, portal: str | None = None, limit: int = 6) -> list[int]:
    """Docids of the procedures the boards put first, in their order (for a home page)."""
    terms = [Eq(TYPE, PROCEDURE_TYPE), Gt(indexes.FEATURED, 0), Le(EFFECTIVE, clock.timestamp()),
             Gt(EXPIRES, clock.timestamp()), Eq(LISTED, True)]  # fmt: skip
    if allowed is not None:
        terms.append(Any(ALLOWED, list(allowed)))
    if portal:
        terms.append(Eq(PORTAL, portal))
    found = _apply(catalog, terms)
    if not found:
        return []
    return list(catalog[indexes.FEATURED].sort(found, limit=limit))
