"""Security headers on every response: a Content-Security-Policy without inline scripts, HSTS over HTTPS.

The tween sits above every other one, the page cache included, so pages, static
files, error pages, redirects and cached pages all carry the headers; the cache
stores responses without them and HSTS is decided per request.
"""

from __future__ import annotations

from pyramid.tweens import INGRESS, MAIN

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        # No inline script anywhere: deform's widgets are set up from data-* attributes by core/static/forms.js.
        "script-src 'self'",
        # TinyMCE, pickadate and deform's templates style elements through style attributes and <style>.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

#: Headers every response gets, unless its view set the same header on purpose.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)

#: Sent only over HTTPS: a browser ignores it over HTTP, and a proxy in front decides what "HTTPS" is
#: (waitress sets the scheme from X-Forwarded-Proto when it trusts the proxy).
STRICT_TRANSPORT_SECURITY = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


def add_security_headers(request, response) -> None:
    """Add the security headers that ``response`` does not already have."""
    headers = response.headers
    for name, value in SECURITY_HEADERS:
        if name not in headers:
            headers[name] = value
    name, value = STRICT_TRANSPORT_SECURITY
    if request.scheme == "https" and name not in headers:
        headers[name] = value


def not_shared(response) -> None:
    """Mark ``response`` as depending on who asked (a limiter, what they sent): no cache may keep it."""
    response.cache_control.private = True
    response.cache_control.no_store = True


def security_headers_tween_factory(handler, registry):
    def security_headers_tween(request):
        response = handler(request)
        add_security_headers(request, response)
        return response

    return security_headers_tween


def includeme(config):
    # Outermost, above the page cache of hpportal.ops when it is set up (named, not imported:
    # the kernel knows no capability); the exception view tween below turns errors into pages first.
    config.add_tween(
        "hpportal.core.headers.security_headers_tween_factory",
        under=INGRESS,
        over=("hpportal.ops.pagecache.page_cache_tween_factory", MAIN),
    )
