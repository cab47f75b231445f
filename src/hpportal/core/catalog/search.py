"""Catalog queries: what the search page, listings and feeds ask of the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from repoze.catalog.query import All, And, Any, Contains, Eq, Ge, Gt, Le
from zope.index.text.parsetree import ParseError

from hpportal.core import clock
from hpportal.core.catalog.catalog import (
    ALLOWED,
    EFFECTIVE,
    EXPIRES,
    LISTED,
    PATH,
    PORTAL,
    STATE,
    TEXT,
    TYPE,
    PortalCatalog,
)
from hpportal.core.catalog.discriminators import NEVER
from hpportal.core.catalog.folding import FoldingSplitter
from hpportal.core.timezone import LOCAL_TZ

NEWEST = "newest"
RELEVANCE = "relevance"


class BadQuery(ValueError):
    """The words typed cannot be searched (unbalanced quotes, a lone operator ...)."""


def check_words(text: str) -> None:
    """Raise :class:`BadQuery` when ``text`` holds no searchable word or an unbalanced quotation mark.

    zope.index's parser ignores a lone ``"``, so ``"hai phong`` would silently search two words.
    """
    if text.count('"') % 2 or not FoldingSplitter().process([text]):
        raise BadQuery(text)


@dataclass
class SearchQuery:
    text: str = ""
    types: tuple[str, ...] = ()
    portal: str | None = None  # path of a component portal, "/" for the city portal only
    path: str | None = None  # only things at or under this path
    date_from: date | None = None
    date_to: date | None = None
    sort: str = NEWEST
    extra: list = field(default_factory=list)  # more repoze.catalog query terms
    live: bool = True  # only what is within its publication dates (scheduled publishing, expiry)
    listed: bool = False  # only what its state lets into listings (not archived items)
    states: tuple[str, ...] = ()  # only items in these workflow states
    # Groups of types listed one after the other, each in the chosen order: content before landing pages.
    tiers: tuple[tuple[str, ...], ...] = ()

    def terms(self) -> list:
        terms = list(self.extra)
        if self.live:
            now = clock.timestamp()
            terms.append(Le(EFFECTIVE, now))
            terms.append(Gt(EXPIRES, now))
        if self.listed:
            terms.append(Eq(LISTED, True))
        if self.states:
            terms.append(Any(STATE, list(self.states)))
        if self.text.strip():
            check_words(self.text)
            terms.append(Contains(TEXT, self.text.strip()))
        if self.types:
            terms.append(Any(TYPE, list(self.types)))
        if self.portal:
            terms.append(Eq(PORTAL, self.portal))
        if self.path:
            terms.append(All(PATH, [self.path]))
        if self.date_from:
            terms.append(Ge(EFFECTIVE, _epoch(self.date_from)))
        if self.date_to:
            terms.append(Le(EFFECTIVE, _epoch(self.date_to + timedelta(days=1)) - 1))
        return terms


@dataclass
class Results:
    total: int
    docids: list[int]  # objects: :func:`~hpportal.core.catalog.catalog.resolve`
    paths: list[str]


def search(
    catalog: PortalCatalog, query: SearchQuery, *, allowed: list[str] | None, limit: int = 20, offset: int = 0
) -> Results:
    """Run ``query`` for someone who is ``allowed`` (their index tokens: ``request.allowed_tokens``).

    ``allowed=None`` searches without regard to who may view (commands, maintenance): say so
    explicitly. Raise :class:`BadQuery` when the words cannot be parsed.
    """
    if query.tiers:
        return _search_in_tiers(catalog, query, allowed=allowed, limit=limit, offset=offset)
    terms = query.terms()
    if allowed is not None:
        terms.append(Any(ALLOWED, list(allowed)))
    if not terms:
        terms = [Any(PATH, ["/"])]
    expr = terms[0] if len(terms) == 1 else And(*terms)
    want = offset + limit
    try:
        if query.sort == RELEVANCE and query.text.strip():
            total, docids = catalog.query(expr)
            docids = _by_relevance(catalog, query.text, docids, want)
        else:
            total, docids = catalog.query(expr, sort_index=EFFECTIVE, reverse=True, limit=want)
        docids = list(docids)[offset:want]
    except ParseError as exc:
        raise BadQuery(query.text) from exc
    # repoze.catalog's size is capped by ``limit``; its ``total`` attribute is the real count.
    return Results(getattr(total, "total", int(total)), docids, [catalog.path_for(docid) for docid in docids])


def _search_in_tiers(catalog, query: SearchQuery, *, allowed, limit: int, offset: int) -> Results:
    """Each tier's results after the previous tier's, paged across them; one count for them all."""
    total, docids, paths = 0, [], []
    for tier in query.tiers:
        types = tuple(name for name in tier if not query.types or name in query.types)
        if not types:
            continue
        wanted = limit - len(paths)
        part = search(
            catalog,
            replace(query, types=types, tiers=()),
            allowed=allowed,
            limit=max(wanted, 1),
            offset=max(0, offset - total),
        )
        if wanted > 0 and offset < total + part.total:
            docids += part.docids[:wanted]
            paths += part.paths[:wanted]
        total += part.total
    return Results(total, docids, paths)


def next_scheduled_change(catalog: PortalCatalog, now: int | None = None) -> int | None:
    """The next moment (epoch seconds) an item's publication date or expiry is reached, or ``None``.

    Read from the two indexes' sorted values: two lookups, whatever the size of the catalog.
    """
    now = clock.timestamp() if now is None else now
    moments = []
    for name in (EFFECTIVE, EXPIRES):
        values = catalog[name]._fwd_index
        try:
            moment = values.minKey(now + 1)
        except ValueError:  # nothing after now
            continue
        if moment != NEVER:
            moments.append(moment)
    return min(moments) if moments else None


def _by_relevance(catalog: PortalCatalog, text: str, docids, limit: int) -> list[int]:
    """Rank hits by the text index's score; the exact phrase counts first."""
    index = catalog[TEXT]
    scores = dict(index.index.search(text.strip()) or {})  # zope.index: docid -> score
    phrase = set()
    words = FoldingSplitter().process([text])
    if len(words) > 1:
        phrase = set(index.index.search_phrase(" ".join(words)) or ())
    ranked = sorted(docids, key=lambda docid: (docid in phrase, scores.get(docid, 0)), reverse=True)
    return ranked[:limit]


def _epoch(day: date) -> int:
    return int(datetime.combine(day, time.min, LOCAL_TZ).timestamp())
