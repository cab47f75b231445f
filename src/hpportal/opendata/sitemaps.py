"""``/robots.txt`` and the sitemaps: an index per portal, a list per portal and language, split at 50,000.

``/sitemap.xml`` is the index of every portal's lists; ``/so-xay-dung/sitemap.xml`` the index of
that portal's. ``sitemap.xml?lang=vi&page=1`` is one list (``urlset``): the public items of that
portal in that language, newest change first, each with its ``lastmod`` and its translations as
``hreflang`` alternates. Nothing is loaded but the catalog's own values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import Response
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import And, Any, Eq, Gt, Le, NotAny

from hpportal.core import clock
from hpportal.core.catalog.catalog import ALLOWED, EFFECTIVE, EXPIRES, LANGUAGE, LISTED, MODIFIED, PORTAL, TYPE
from hpportal.core.languages import TRANSLATION
from hpportal.core.media import File, Image
from hpportal.core.portal import Portal, PortalBase, find_site
from hpportal.core.security import ANONYMOUS, VIEW, role_token
from hpportal.core.views.paging import int_param

PER_SITEMAP = 50_000  # the sitemaps protocol's limit of URLs per file
LANGUAGES = ("vi", "en", "zh", "ko", "ja")
#: Files and images are reached from the pages that show them.
NOT_LISTED_TYPES = (File.type_info.name, Image.type_info.name)
#: Views of the management and of a citizen's own tracking: kept out of search engines.
PRIVATE_VIEWS = ("login", "logout", "login-code", "my-work", "users", "groups", "profile", "contents", "edit",
                 "add", "sharing", "history", "delete", "track", "search")  # fmt: skip
XML = "application/xml"


def public_docids(catalog, portal_path: str, language: str | None = None):
    """The docids of what anonymous visitors see in one portal (and language), published now."""
    now = clock.timestamp()
    terms = [
        Eq(PORTAL, portal_path),
        Any(ALLOWED, [role_token(ANONYMOUS)]),
        Eq(LISTED, True),
        Le(EFFECTIVE, now),
        Gt(EXPIRES, now),
        NotAny(TYPE, list(NOT_LISTED_TYPES)),
    ]
    if language is not None:
        terms.append(Eq(LANGUAGE, language))
    _count, docids = catalog.query(And(*terms))
    return docids


def _stamp(seconds) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds") if seconds else ""


def _url(base: str, path: str) -> str:
    return base + path.strip("/") + ("/" if path.strip("/") else "")


def _portals(site, context) -> list:
    """The portals whose lists ``context``'s index names: every portal from the city, else itself."""
    if isinstance(context, Portal):
        return [site, *(p for p in site.values() if isinstance(p, PortalBase))]
    return [context]


@view_config(context=PortalBase, name="sitemap.xml", permission=VIEW)
def sitemap(context, request):
    site = find_site(context)
    catalog = site.catalog
    base = request.resource_url(site)
    language = request.params.get("lang")
    if language is None:
        return Response(_index(request, site, context), content_type=XML, charset="utf-8")
    page = int_param(request.params.get("page", "1"), maximum=10_000) or 1
    if language not in LANGUAGES:
        raise HTTPNotFound()
    docids = public_docids(catalog, resource_path(context), language)
    ordered = list(catalog[MODIFIED].sort(docids, reverse=True, limit=page * PER_SITEMAP))[(page - 1) * PER_SITEMAP :]
    if not ordered and page > 1:
        raise HTTPNotFound()
    return Response(_urlset(catalog, base, ordered), content_type=XML, charset="utf-8")


def _index(request, site, context) -> str:
    catalog = site.catalog
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    modified = catalog[MODIFIED]._rev_index
    for portal in _portals(site, context):
        for language in LANGUAGES:
            docids = public_docids(catalog, resource_path(portal), language)
            if not docids:
                continue
            newest = max((modified.get(d, 0) for d in docids), default=0)
            pages = (len(docids) + PER_SITEMAP - 1) // PER_SITEMAP
            for page in range(1, pages + 1):
                loc = request.resource_url(portal, "sitemap.xml", query={"lang": language, "page": page})
                lines.append(f"  <sitemap><loc>{escape(loc)}</loc><lastmod>{_stamp(newest)}</lastmod></sitemap>")
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"


def _urlset(catalog, base: str, docids: list[int]) -> str:
    path_for = catalog.path_for
    modified = catalog[MODIFIED]._rev_index
    groups, members = catalog[TRANSLATION]._rev_index, catalog[TRANSLATION]._fwd_index
    languages = catalog[LANGUAGE]._rev_index
    public = public_everywhere(catalog)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for docid in docids:
        path = path_for(docid)
        if path is None:
            continue
        lines.append(f"  <url><loc>{escape(_url(base, path))}</loc><lastmod>{_stamp(modified.get(docid))}</lastmod>")
        group = groups.get(docid)
        partners = [d for d in members.get(group, ()) if d in public] if group else []
        if len(partners) > 1:
            for partner in sorted(partners, key=lambda d: languages.get(d, "")):
                href = escape(_url(base, path_for(partner) or ""))
                lines.append(
                    f'    <xhtml:link rel="alternate" hreflang="{languages.get(partner, "vi")}" href="{href}"/>'
                )
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def public_everywhere(catalog):
    """The docids anonymous visitors may see now, in any portal: an alternate must be public too."""
    now = clock.timestamp()
    query = And(Any(ALLOWED, [role_token(ANONYMOUS)]), Eq(LISTED, True), Le(EFFECTIVE, now), Gt(EXPIRES, now))
    _count, docids = catalog.query(query)
    return docids


@view_config(context=Portal, name="robots.txt", permission=VIEW)
def robots(context, request):
    """What crawlers may read: everything public but the management and a citizen's own tracking."""
    lines = ["User-agent: *"]
    for name in PRIVATE_VIEWS:
        lines += [f"Disallow: /{name}", f"Disallow: /*/{name}"]
    lines += ["Disallow: /*?*came_from=", "", f"Sitemap: {request.resource_url(context, 'sitemap.xml')}"]
    return Response("\n".join(lines) + "\n", content_type="text/plain", charset="utf-8")
