"""The feeds of Văn bản: the newest documents of a documents page, with the page's own filters."""

from __future__ import annotations

from pyramid.view import view_config

from hpportal.core.catalog.catalog import resolve
from hpportal.core.catalog.search import BadQuery
from hpportal.core.feeds import ATOM, FEED_SIZE, RSS, Feed, entry_of, feed_response
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import VIEW, allowed_tokens_for
from hpportal.legaldocs.models import LegalDocumentsSection
from hpportal.legaldocs.search import search_documents
from hpportal.legaldocs.views import _query


@view_config(context=LegalDocumentsSection, name=RSS, permission=VIEW)
@view_config(context=LegalDocumentsSection, name=ATOM, permission=VIEW)
def documents_feed(context, request):
    """``van-ban/rss.xml?field=…&validity=…``: what the page with those filters lists, newest first."""
    site = find_site(context)
    query, _notices = _query(context, request)
    try:
        found = search_documents(site.catalog, query, allowed=allowed_tokens_for(None), limit=FEED_SIZE)
        documents = list(resolve(site.catalog, site, found.docids))
    except BadQuery:
        documents = []
    entries = [
        entry_of(request, doc, summary=f"{doc.number} — {doc.description}", categories=[doc.form, doc.issuer])
        for doc in documents
    ]
    portal = find_portal(context) or site
    feed = Feed(f"{context.title} — {portal.title}", request.resource_url(context), context.description, entries)
    return feed_response(request, feed, request.view_name)
