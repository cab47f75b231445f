"""An in-process cache of the pages rendered for anonymous visitors.

An entry is valid only while the database has not changed: it is stored with
the last transaction id seen *before* the page was rendered, and served only
while ``db.lastTransaction()`` is still that id. Any commit (a publish, an
edit, a new user) therefore invalidates every entry at once, which is always
correct and, for a portal read far more often than written, cheap. Entries
also expire after ``hpportal.page_cache_seconds`` so that pages that depend
on the clock are rendered again, and at the next scheduled change of the
content: a page rendered before an article's publication date (or expiry)
is not served after it (the renderer notes the moment in the WSGI environ).

Only anonymous requests are served from the cache: a request carrying the
session cookie goes through the whole application.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from pyramid.response import Response
from pyramid.tweens import INGRESS

from hpportal.core import clock

SESSION_COOKIE = "hpportal"
#: Where the renderer notes the next moment the content changes by itself (epoch seconds).
NEXT_CHANGE_KEY = "hpportal.next_change"
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "application/xml")


@dataclass(frozen=True)
class Entry:
    tid: bytes
    expires: float
    until: float | None  # wall-clock time (the portal's clock) of the next scheduled change
    status: str
    headerlist: tuple
    body: bytes


class PageCache:
    """A bounded, thread-safe LRU of rendered responses."""

    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict[tuple, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, tid: bytes, now: float) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if (
                entry.tid != tid
                or entry.expires <= now
                or (entry.until is not None and entry.until <= clock.timestamp())
            ):
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key, entry: Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


def is_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.content_type not in CACHEABLE_TYPES:
        return False
    if "Set-Cookie" in response.headers:
        return False
    if request.response_callbacks:
        # A callback still to run changes the response: the session's sets its cookie (and a form's
        # CSRF token belongs to that session), so such a page is one visitor's, never the next one's.
        return False
    cache_control = response.cache_control
    return not (cache_control.private or cache_control.no_store or cache_control.no_cache)


def make_conditional(request, response) -> None:
    """An ``ETag`` on a page for anonymous visitors, so that a browser asking again gets a 304."""
    if response.etag is None and is_cacheable(request, response):
        response.md5_etag()
        response.conditional_response = True


def page_cache_tween_factory(handler, registry):
    settings = registry.settings
    size = int(settings.get("hpportal.page_cache_size", 0) or 0)
    if size <= 0:

        def conditional_tween(request):
            response = handler(request)
            if request.method in ("GET", "HEAD") and SESSION_COOKIE not in request.cookies:
                make_conditional(request, response)
            return response

        return conditional_tween
    max_age = float(settings.get("hpportal.page_cache_seconds", 300))
    cache = PageCache(size)
    registry.page_cache = cache

    def page_cache_tween(request):
        if request.method not in ("GET", "HEAD") or SESSION_COOKIE in request.cookies:
            return handler(request)
        db = registry._zodb_databases[""]  # opened by pyramid_zodbconn
        tid = db.lastTransaction()  # read before rendering: a commit meanwhile makes the entry stale
        key = (request.host_url, request.path_qs)
        now = time.monotonic()
        entry = cache.get(key, tid, now)
        if entry is not None:
            response = Response(status=entry.status, headerlist=list(entry.headerlist), body=entry.body)
            response.headers["X-Cache"] = "hit"
            response.conditional_response = True
            return response
        response = handler(request)
        make_conditional(request, response)
        if request.method == "GET" and is_cacheable(request, response):
            headers = tuple((k, v) for k, v in response.headerlist if k.lower() != "x-cache")
            until = request.environ.get(NEXT_CHANGE_KEY)
            cache.put(key, Entry(tid, now + max_age, until, response.status, headers, response.body))
        return response

    return page_cache_tween


def includeme(config):
    # Outermost: a hit never opens a database connection nor starts a transaction.
    config.add_tween("hpportal.ops.pagecache.page_cache_tween_factory", under=INGRESS)
