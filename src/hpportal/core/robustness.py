"""Requests that cannot be read answer 400, a page in the visitor's language, before any view sees them.

A path or query string that is not UTF-8 (``%FF``, a lone surrogate ``%ED%A0%80``), a
``multipart/form-data`` body without a boundary or one that does not parse: WebOb raises
when such a request is first read (by the router, the CSRF check, the security policy or
the error page itself), which used to end in a 500 or in a bare error without the
security headers. The tween below reads the request once, up front, and on failure
answers :class:`MalformedRequest` through the normal exception views. The rest of the
request is then made empty (``GET /``, no query, no body) so that nothing drawing the
error page can trip over the same bytes again.
"""

from __future__ import annotations

import io
import logging

from pyramid.httpexceptions import HTTPBadRequest
from pyramid.interfaces import IRootFactory
from pyramid.tweens import EXCVIEW

from hpportal.core.i18n import LOCALES
from hpportal.core.uploads import DEFAULT_MAX_BODY

log = logging.getLogger(__name__)

#: Content types whose body WebOb parses into ``request.POST``.
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class MalformedRequest(HTTPBadRequest):
    """The request's address, query or form cannot be decoded."""


def problem(request) -> str | None:
    """What cannot be read in ``request`` (for the log), or ``None`` when all of it can."""
    try:
        request.path_info  # noqa: B018 - decoding is the check
        request.script_name  # noqa: B018
    except UnicodeError:
        return "path"
    try:
        request.GET.items()
    except (UnicodeError, ValueError):
        return "query string"
    limit = int(request.registry.settings.get("hpportal.max_request_body", DEFAULT_MAX_BODY))
    if (request.content_length or 0) > limit:
        return None  # never read: refused with 413 after traversal (core/uploads.py)
    if request.method in ("POST", "PUT", "PATCH") and request.content_type in FORM_TYPES:
        if request.content_type == "multipart/form-data" and not request.headers.get("Content-Type", "").count(
            "boundary="
        ):
            return "multipart body without a boundary"
        try:
            request.POST.items()
        except (UnicodeError, ValueError, KeyError, IndexError, TypeError, EOFError) as exc:
            return f"form body ({type(exc).__name__})"
    return None


def language_asked(environ) -> str | None:
    """The language version the address was in (``/en/…``, ``/so-x/ja/…``), read from its raw bytes."""
    segments = environ.get("PATH_INFO", "").split("/")[1:3]
    for segment in segments:
        if segment in LOCALES:
            return segment
    return None


def disarm(request) -> None:
    """Make ``request`` an empty ``GET /`` so the error page reads nothing of what was sent."""
    environ = request.environ
    environ.update(
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": "/",
            "SCRIPT_NAME": "",
            "QUERY_STRING": "",
            "CONTENT_TYPE": "",
            "CONTENT_LENGTH": "0",
            "wsgi.input": io.BytesIO(b""),
        }
    )
    for key in [k for k in environ if k.startswith("webob._parsed_")]:
        del environ[key]
    environ.pop("webob.is_body_seekable", None)


def robustness_tween_factory(handler, registry):
    def robustness_tween(request):
        what = problem(request)
        if what is None:
            return handler(request)
        log.info("malformed request refused (%s)", what)
        language = language_asked(request.environ)
        disarm(request)
        if language is not None:
            request.environ["hpportal.language"] = language  # the 400 page in the visitor's language
        # The router has not run yet: the error page is drawn around the site's root.
        root_factory = registry.queryUtility(IRootFactory)
        if root_factory is not None:
            request.root = root_factory(request)
        raise MalformedRequest()

    return robustness_tween


def includeme(config):
    # Below the exception view tween (and so inside pyramid_tm): what it raises becomes the 400 page.
    config.add_tween("hpportal.core.robustness.robustness_tween_factory", under=EXCVIEW)
