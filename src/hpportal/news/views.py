"""Public views of the news capability: portal homes, section listings, articles, pages, links."""

from __future__ import annotations

from urllib.parse import quote

from pyramid.renderers import render
from pyramid.response import Response
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core.feeds import ATOM, FEED_SIZE, RSS, Feed, entry_of, feed_response, image_enclosure
from hpportal.core.languages import LanguageRoot
from hpportal.core.names import slugify
from hpportal.core.portal import Portal, PortalBase, SubPortal, find_portal, find_site
from hpportal.core.security import VIEW, allowed_tokens_for
from hpportal.core.views.paging import Pager
from hpportal.news.homes import home_values, portal_news, portals_by_kind
from hpportal.news.listings import latest_news, section_items
from hpportal.news.models import Link, NewsArticle, Page, Section

PAGE_SIZE = 15
ANONYMOUS_TOKENS = allowed_tokens_for(None)


@view_config(context=Portal, permission=VIEW, renderer="hpportal:news/templates/portal_home.pt")
def portal_home(context, request):
    """Trang chủ Cổng cấp I: the system's top stories and latest news, news by section, the other
    capabilities' blocks, every component portal by kind."""
    featured, latest = portal_news(request, context, language="vi")
    values = home_values(request, context, featured=featured, latest=latest)
    groups = portals_by_kind(request, context)
    return {**values, "portal_groups": groups, "portals": [p for group in groups for p in group["portals"]]}


@view_config(context=SubPortal, permission=VIEW, renderer="hpportal:news/templates/subportal_home.pt")
def subportal_home(context, request):
    """Trang chủ Cổng cấp II: its own top stories, news by section, the other capabilities' blocks."""
    featured, latest = portal_news(request, context, portal=resource_path(context), language="vi")
    return home_values(request, context, featured=featured, latest=latest)


@view_config(context=LanguageRoot, permission=VIEW, renderer="hpportal:news/templates/language_home.pt")
def language_home(context, request):
    """The home of one language of a portal (``/en``): its news, its sections, the other blocks."""
    featured, latest = portal_news(request, context, under=context)
    return {**home_values(request, context, featured=featured, latest=latest), "portal": find_portal(context)}


@view_config(context=Section, permission=VIEW, renderer="hpportal:news/templates/section.pt")
def section_view(context, request):
    site = find_site(context)
    offset = (Pager.requested_page(request) - 1) * PAGE_SIZE
    total, items = section_items(site, context, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=offset)
    pager = Pager(request, total, PAGE_SIZE)
    if pager.offset != offset:
        total, items = section_items(
            site, context, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=pager.offset
        )
    subsections = [s for s in context.values() if isinstance(s, Section) and request.has_permission(VIEW, s)]
    return {"items": items, "pager": pager, "subsections": subsections}


@view_config(context=NewsArticle, permission=VIEW, renderer="hpportal:news/templates/article.pt")
def article_view(context, request):
    site = find_site(context)
    types = request.registry.content_types
    _, related = latest_news(site, types, allowed=request.allowed_tokens, under=context.__parent__, limit=6)
    return {"related": [a for a in related if a is not context][:5], "portal": find_portal(context)}


@view_config(context=NewsArticle, name="save", permission=VIEW)
@view_config(context=Page, name="save", permission=VIEW)
def save_view(context, request):
    """Lưu: the article as a self-contained HTML file to keep (Decree 42/2022 Art. 7)."""
    body = render("hpportal:news/templates/saved.pt", {"portal": find_portal(context)}, request=request)
    response = Response(body, content_type="text/html", charset="utf-8")
    filename = (slugify(context.title) or "bai-viet")[:80] + ".html"
    response.content_disposition = f"attachment; filename={filename}; filename*=UTF-8''{quote(filename)}"
    return response




@view_config(context=PortalBase, name=RSS, permission=VIEW)
@view_config(context=Section, name=RSS, permission=VIEW)
@view_config(context=LanguageRoot, name=RSS, permission=VIEW)
@view_config(context=PortalBase, name=ATOM, permission=VIEW)
@view_config(context=Section, name=ATOM, permission=VIEW)
@view_config(context=LanguageRoot, name=ATOM, permission=VIEW)
def news_feed(context, request):
    """Tin mới (RSS 2.0 or Atom): the latest published news of a portal or a section, as the public sees them.

    The feed is the public's whatever the reader: it is meant for feed readers and other sites.
    """
    site, types = find_site(context), request.registry.content_types
    if isinstance(context, Section | LanguageRoot):
        _, items = latest_news(site, types, allowed=ANONYMOUS_TOKENS, under=context, limit=FEED_SIZE)
    elif isinstance(context, SubPortal):
        _, items = latest_news(
            site, types, allowed=ANONYMOUS_TOKENS, portal=resource_path(context), language="vi", limit=FEED_SIZE
        )
    else:
        _, items = latest_news(site, types, allowed=ANONYMOUS_TOKENS, language="vi", limit=FEED_SIZE)
    portal = find_portal(context) or site
    title = context.title if context is portal else f"{context.title} — {portal.title}"
    entries = [
        entry_of(request, item, categories=getattr(item, "subjects", ()),
                 image=image_enclosure(request, getattr(item, "lead_image", None)))  # fmt: skip
        for item in items
    ]
    description = context.description or portal.description or portal.title
    feed = Feed(title, request.resource_url(context), description, entries)
    return feed_response(request, feed, request.view_name)


@view_config(context=Page, permission=VIEW, renderer="hpportal:news/templates/page.pt")
def page_view(context, request):
    return {}


@view_config(context=Link, permission=VIEW, renderer="hpportal:news/templates/link.pt")
def link_view(context, request):
    return {}
