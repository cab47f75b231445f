"""RSS 2.0 and Atom feeds, one way for every capability (REGULATION Art. 19.1: each carries the source to cite).

A capability builds a :class:`Feed` of :class:`FeedEntry` and answers it with :func:`feed_response`,
from views named :data:`RSS` and :data:`ATOM` on the folders it feeds (the layout links them from the
page: ``<link rel="alternate">``). The entries are what anonymous visitors see, whoever asks: a feed is
for feed readers and other sites.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree import ElementTree

from pyramid.interfaces import IView, IViewClassifier
from pyramid.response import Response
from zope.interface import providedBy

from hpportal.core import clock
from hpportal.core.metadata import ATTRIBUTION

RSS, ATOM = "rss.xml", "atom.xml"
#: The feeds a page may have, as ``<link rel="alternate">`` names them.
FEED_KINDS = (("application/rss+xml", RSS), ("application/atom+xml", ATOM))
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_SIZE = 20


@dataclass
class FeedEntry:
    title: str
    url: str
    summary: str
    published: datetime
    updated: datetime | None = None
    categories: tuple[str, ...] = ()
    image: tuple[str, int, str] | None = None  # url, length in bytes, media type: the RSS enclosure


@dataclass
class Feed:
    title: str
    url: str  # the page the feed belongs to
    description: str
    entries: list[FeedEntry] = field(default_factory=list)


def entry_of(request, obj, *, summary: str | None = None, categories=(), image=None) -> FeedEntry:
    """The entry of a content object: its title, address, description and dates."""
    published = getattr(obj, "effective", None) or obj.created
    return FeedEntry(
        title=obj.title,
        url=request.resource_url(obj),
        summary=obj.description if summary is None else summary,
        published=published,
        updated=getattr(obj, "modified", None) or published,
        categories=tuple(categories),
        image=image,
    )


def image_enclosure(request, image) -> tuple[str, int, str] | None:
    """The enclosure of an image: its 960 px rendition's address, the original's size and type."""
    if image is None:
        return None
    return request.resource_url(image, "thumbnail", "preview"), int(getattr(image, "size", 0) or 0), "image/jpeg"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def feed_response(request, feed: Feed, kind: str) -> Response:
    """``feed`` as RSS 2.0 (``kind`` :data:`RSS`) or Atom (:data:`ATOM`), with its own address as self link."""
    self_url = request.url
    notice = request.localizer.translate(ATTRIBUTION)
    newest = max((_aware(e.updated or e.published) for e in feed.entries), default=clock.now())
    if kind == ATOM:
        body = _atom(feed, self_url, notice, newest, request.locale_name)
        return Response(body, content_type="application/atom+xml", charset="utf-8")
    body = _rss(feed, self_url, notice, newest, request.locale_name)
    return Response(body, content_type="application/rss+xml", charset="utf-8")


def _rss(feed: Feed, self_url: str, notice: str, newest: datetime, language: str) -> bytes:
    ElementTree.register_namespace("atom", ATOM_NS)
    rss = ElementTree.Element("rss", version="2.0")
    channel = ElementTree.SubElement(rss, "channel")
    for tag, text in (("title", feed.title), ("link", feed.url), ("description", feed.description or feed.title),
                      ("language", language), ("copyright", notice),
                      ("lastBuildDate", format_datetime(newest))):  # fmt: skip
        ElementTree.SubElement(channel, tag).text = text
    ElementTree.SubElement(channel, f"{{{ATOM_NS}}}link", href=self_url, rel="self", type="application/rss+xml")
    for entry in feed.entries:
        item = ElementTree.SubElement(channel, "item")
        ElementTree.SubElement(item, "title").text = entry.title
        ElementTree.SubElement(item, "link").text = entry.url
        ElementTree.SubElement(item, "guid", isPermaLink="true").text = entry.url
        ElementTree.SubElement(item, "description").text = entry.summary
        ElementTree.SubElement(item, "pubDate").text = format_datetime(_aware(entry.published))
        for category in entry.categories:
            ElementTree.SubElement(item, "category").text = category
        if entry.image is not None:
            url, length, media_type = entry.image
            ElementTree.SubElement(item, "enclosure", url=url, length=str(length), type=media_type)
    return ElementTree.tostring(rss, encoding="utf-8", xml_declaration=True)


def _atom(feed: Feed, self_url: str, notice: str, newest: datetime, language: str) -> bytes:
    ElementTree.register_namespace("", ATOM_NS)

    def sub(parent, tag, text=None, **attributes):
        element = ElementTree.SubElement(parent, f"{{{ATOM_NS}}}{tag}", **attributes)
        if text is not None:
            element.text = text
        return element

    root = ElementTree.Element(f"{{{ATOM_NS}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": language})
    sub(root, "title", feed.title)
    sub(root, "subtitle", feed.description or feed.title)
    sub(root, "id", feed.url)
    sub(root, "link", href=feed.url, rel="alternate", type="text/html")
    sub(root, "link", href=self_url, rel="self", type="application/atom+xml")
    sub(root, "updated", newest.isoformat())
    sub(root, "rights", notice)
    author = sub(root, "author")
    sub(author, "name", feed.title)
    for entry in feed.entries:
        item = sub(root, "entry")
        sub(item, "title", entry.title)
        sub(item, "id", entry.url)
        sub(item, "link", href=entry.url, rel="alternate", type="text/html")
        sub(item, "published", _aware(entry.published).isoformat())
        sub(item, "updated", _aware(entry.updated or entry.published).isoformat())
        sub(item, "summary", entry.summary or entry.title)
        for category in entry.categories:
            sub(item, "category", term=category)
        if entry.image is not None:
            url, length, media_type = entry.image
            sub(item, "link", href=url, rel="enclosure", type=media_type, length=str(length))
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def has_view(request, context, name: str) -> bool:
    """Whether the app registered a view ``name`` for ``context``'s kind (whoever may see it)."""
    lookup = request.registry.adapters.lookup
    return lookup((IViewClassifier, request.request_iface, providedBy(context)), IView, name=name) is not None


def page_feeds(request, context) -> list[tuple[str, str]]:
    """``(media type, address)`` of the feeds of the page of ``request``: where a capability serves them
    (views named :data:`RSS`/:data:`ATOM` for this kind of folder), with the page's filters (a documents
    page's field, a search's words); a search page's are ``search/rss.xml?q=…``."""
    query = [(k, v) for k, v in request.params.items() if k != "page"]
    if request.view_name == "search":
        return [(kind, request.resource_url(context, "search", name, query=query)) for kind, name in FEED_KINDS]
    if request.view_name:
        return []
    return [(kind, request.resource_url(context, name, query=query))
            for kind, name in FEED_KINDS if has_view(request, context, name)]  # fmt: skip
