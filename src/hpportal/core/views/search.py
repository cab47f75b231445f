"""The search page: words, type, component portal, date range, order, pages."""

from __future__ import annotations

from pyramid.view import view_config
from repoze.catalog.query import Eq

from hpportal.core.catalog.catalog import LANGUAGE, resolve
from hpportal.core.catalog.search import NEWEST, RELEVANCE, BadQuery, SearchQuery, search
from hpportal.core.feeds import ATOM, FEED_SIZE, RSS, Feed, entry_of, feed_response
from hpportal.core.i18n import LOCALES, _
from hpportal.core.languages import NATIVE_NAMES, LanguageRoot, language_of
from hpportal.core.portal import Portal, SubPortal, find_site
from hpportal.core.security import VIEW, allowed_tokens_for
from hpportal.core.views.paging import Pager, date_param

PAGE_SIZE = 20


def search_tiers(types) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a citizen looks for first (news, documents, answered questions, files), then the landing pages
    (introductions, contacts, sections, portals): the types declared ``searchable``, and ``landing``."""
    searchable = [t for t in types if t.searchable]
    return tuple(t.name for t in searchable if not t.landing), tuple(t.name for t in searchable if t.landing)


@view_config(context=Portal, name="search", permission=VIEW, renderer="hpportal:core/templates/search.pt")
@view_config(context=LanguageRoot, name="search", permission=VIEW, renderer="hpportal:core/templates/search.pt")
def search_view(context, request):
    """Search the whole system; from a language root (``/en/search``), that language's content by default."""
    params = request.params
    site = find_site(context)
    types = request.registry.content_types
    content_types, landing_types = search_tiers(types)
    searchable_types = content_types + landing_types
    type_choices = [(t.name, t.title) for t in types if t.searchable]
    portals = [p for p in site.values() if isinstance(p, SubPortal) and request.has_permission(VIEW, p)]
    language = params.get("lang", language_of(context))
    if language not in LOCALES:
        language = ""  # every language
    chosen_type = params.get("type", "")
    chosen_portal = params.get("portal", "")
    query = SearchQuery(
        text=params.get("q", "")[:300],
        types=(chosen_type,) if chosen_type in searchable_types else searchable_types,
        portal=chosen_portal
        if chosen_portal == "/" or any(f"/{p.__name__}" == chosen_portal for p in portals)
        else None,
        date_from=date_param(params.get("from", "")),
        date_to=date_param(params.get("to", "")),
        sort=RELEVANCE if params.get("sort") == RELEVANCE else NEWEST,
        extra=[Eq(LANGUAGE, language)] if language else [],
        tiers=(content_types, landing_types),
    )
    if request.subpath in ((RSS,), (ATOM,)):  # /search/rss.xml?q=…: a feed reader follows a search
        return search_feed(context, request, site, query)
    notices = []
    if params.get("from") and query.date_from is None or params.get("to") and query.date_to is None:
        notices.append(_("Dates are written as year-month-day, for example 2026-11-28; that date was ignored."))
    searched = bool(query.text.strip() or chosen_type or chosen_portal or query.date_from or query.date_to)
    items, total, pager = [], 0, Pager(request, 0, PAGE_SIZE)
    if searched:
        try:
            offset = (Pager.requested_page(request) - 1) * PAGE_SIZE
            results = search(site.catalog, query, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=offset)
            pager = Pager(request, results.total, PAGE_SIZE)
            if pager.offset != offset:  # asked for a page past the end: show the last one
                results = search(
                    site.catalog, query, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=pager.offset
                )
            total = results.total
            items = list(resolve(site.catalog, site, results.docids))
        except BadQuery:
            notices.append(
                _("The search words could not be understood. Check quotation marks and words like AND, OR, NOT.")
            )
    return {
        "query": query,
        "items": items,
        "total": total,
        "pager": pager,
        "notices": notices,
        "searched": searched,
        "type_choices": type_choices,
        "portals": portals,
        "chosen_type": chosen_type,
        "chosen_portal": chosen_portal,
        "sorts": [(NEWEST, _("Newest first")), (RELEVANCE, _("Most relevant"))],
        "site": site,
        "language": language,
        "languages": [(code, NATIVE_NAMES[code]) for code in LOCALES],
    }


def search_feed(context, request, site, query):
    """What the search finds for the public, newest first, as RSS or Atom."""
    query.sort = NEWEST
    try:
        results = search(site.catalog, query, allowed=allowed_tokens_for(None), limit=FEED_SIZE) if query.text else None
    except BadQuery:
        results = None
    items = list(resolve(site.catalog, site, results.docids)) if results is not None else []
    words = query.text.strip()
    title = request.localizer.translate(_("Search: ${words}", mapping={"words": words})) if words else site.title
    page = request.resource_url(context, "search", query={"q": words})
    feed = Feed(f"{title} — {site.title}", page, site.title, [entry_of(request, item) for item in items])
    return feed_response(request, feed, request.subpath[0])
