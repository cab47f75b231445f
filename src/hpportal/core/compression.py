"""Compressed responses from the app itself: Brotli or gzip, as the browser asks, for text of every kind.

The embedded default is served by waitress with no proxy in front, so the portal compresses its own
pages, feeds, JSON, stylesheets and scripts. Static files are compressed once per version and kept
(their URLs carry a version token); pages are compressed at each response (a few milliseconds).
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict

import brotli
from pyramid.tweens import INGRESS

COMPRESSIBLE_TYPES = frozenset(
    {
        "text/html",
        "text/css",
        "text/plain",
        "text/csv",
        "text/javascript",
        "application/javascript",
        "application/json",
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "image/svg+xml",
        "image/vnd.microsoft.icon",
    }
)
ENCODINGS = ("br", "gzip")
MIN_SIZE = 1024  # below this, the headers cost more than compression saves
#: Brotli at quality 5 and gzip at level 6: near their best ratio at a small share of their slowest time.
BROTLI_QUALITY = 5
GZIP_LEVEL = 6
STATIC_PREFIXES = ("/static/", "/deform_static/")
STATIC_CACHE_BYTES = 16 * 1024 * 1024


def compress(body: bytes, encoding: str) -> bytes:
    if encoding == "br":
        return brotli.compress(body, quality=BROTLI_QUALITY)
    return gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)


class StaticCache:
    """Compressed static files by (path and query, encoding, modification time): bounded in bytes, LRU."""

    def __init__(self, limit: int = STATIC_CACHE_BYTES):
        self.limit = limit
        self.size = 0
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, value: bytes) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = value
            self.size += len(value)
            while self.size > self.limit and self._items:
                _key, old = self._items.popitem(last=False)
                self.size -= len(old)


def chosen_encoding(request) -> str | None:
    """The best of Brotli and gzip that the request accepts, or ``None``.

    No ``Accept-Encoding`` at all gets the identity: HTTP would allow any coding, but such
    clients (scripts, old tools) expect none."""
    if "Accept-Encoding" not in request.headers:
        return None
    offers = request.accept_encoding.acceptable_offers(ENCODINGS)
    return offers[0][0] if offers else None


def should_compress(request, response) -> bool:
    if response.status_code != 200 or request.method == "HEAD":
        return False
    if response.content_type not in COMPRESSIBLE_TYPES:
        return False
    headers = response.headers
    if "Content-Encoding" in headers or "Content-Range" in headers:
        return False
    return "no-transform" not in headers.get("Cache-Control", "")


def compress_response(request, response, cache: StaticCache) -> None:
    """Compress ``response`` in place when the browser accepts it and it is worth it."""
    if not should_compress(request, response):
        return
    response.vary = tuple(dict.fromkeys([*(response.vary or ()), "Accept-Encoding"]))
    encoding = chosen_encoding(request)
    if encoding is None:
        return
    body = response.body
    if len(body) < MIN_SIZE:
        return
    static = request.path.startswith(STATIC_PREFIXES)
    key = (request.path_qs, encoding, response.headers.get("Last-Modified"), len(body))
    compressed = cache.get(key) if static else None
    if compressed is None:
        compressed = compress(body, encoding)
        if static:
            cache.put(key, compressed)
    if len(compressed) >= len(body):
        return
    response.body = compressed
    response.content_encoding = encoding
    etag = response.headers.get("ETag")
    if etag:
        # Another representation: another validator (RFC 9110 8.8.3).
        response.headers["ETag"] = etag[:-1] + f'-{encoding}"' if etag.endswith('"') else f"{etag}-{encoding}"


def compression_tween_factory(handler, registry):
    cache = StaticCache()

    def compression_tween(request):
        response = handler(request)
        compress_response(request, response, cache)
        return response

    return compression_tween


def includeme(config):
    # Outermost: what it compresses is the final response, security headers and cached pages included.
    config.add_tween(
        "hpportal.core.compression.compression_tween_factory",
        under=INGRESS,
        over="hpportal.core.headers.security_headers_tween_factory",
    )
