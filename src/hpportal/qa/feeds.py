"""The feeds of Hỏi - Đáp: the answers a portal has published, newest first (never a sender)."""

from __future__ import annotations

from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq

from hpportal.core.catalog.catalog import ALLOWED, PATH, STATE, TYPE, resolve
from hpportal.core.feeds import ATOM, FEED_SIZE, RSS, Feed, entry_of, feed_response
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import VIEW, allowed_tokens_for
from hpportal.qa.models import FIELDS, QASection

SUMMARY_LENGTH = 400


@view_config(context=QASection, name=RSS, permission=VIEW)
@view_config(context=QASection, name=ATOM, permission=VIEW)
def answers_feed(context, request):
    site = find_site(context)
    query = (Eq(TYPE, "Question") & Any(PATH, [resource_path(context)]) & Eq(STATE, "published")
             & Any(ALLOWED, allowed_tokens_for(None)))  # fmt: skip
    _total, docids = site.catalog.query(query, sort_index="effective", reverse=True, limit=FEED_SIZE)
    entries = []
    for question in resolve(site.catalog, site, docids):
        field = request.localizer.translate(FIELDS.get(question.field, question.field))
        answer = " ".join((question.answer or "").split())
        summary = answer if len(answer) <= SUMMARY_LENGTH else answer[:SUMMARY_LENGTH].rsplit(" ", 1)[0] + " …"
        entries.append(entry_of(request, question, summary=summary, categories=[field]))
    portal = find_portal(context) or site
    feed = Feed(f"{context.title} — {portal.title}", request.resource_url(context), context.description, entries)
    return feed_response(request, feed, request.view_name)
