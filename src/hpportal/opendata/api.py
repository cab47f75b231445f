"""The read-only JSON API: ``/api/v1/`` for the whole city, ``/<portal>/api/v1/`` for one portal.

``GET /api/v1/<collection>`` lists, ``GET /api/v1/<collection>/<id>`` shows one item (its ``uid``).
What it lists is what anonymous visitors may see now (the ``allowed`` index and the publication
dates), never personal data (each collection's ``serialize`` declares every field it gives). Pages
are cursors over a total order (the sort value, then the docid): publishing while a client pages
neither repeats nor skips an item. Every answer: UTF-8 JSON without escaped Vietnamese, ISO 8601
dates with their offset, ``ETag``/``Last-Modified`` with 304s, ``Cache-Control``, CORS for ``GET``,
and the source to cite (``source`` and a ``Link`` header). Errors are JSON in the language asked
(``?lang=`` or ``Accept-Language``), with 400, 404 or 406; never a 500.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime

from pyramid.renderers import render_to_response
from pyramid.response import Response
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import And, Any, Contains, Eq, Ge, Gt, Le, Lt
from zope.index.text.parsetree import ParseError

from hpportal.core import clock
from hpportal.core.catalog.catalog import (
    ALLOWED,
    EFFECTIVE,
    EXPIRES,
    LANGUAGE,
    LISTED,
    MODIFIED,
    PORTAL,
    TEXT,
    TYPE,
    UID,
    find_docid,
)
from hpportal.core.catalog.search import BadQuery, check_words
from hpportal.core.i18n import _
from hpportal.core.languages import LanguageRoot, language_root
from hpportal.core.metadata import ATTRIBUTION
from hpportal.core.portal import Portal, PortalBase, find_portal, find_site
from hpportal.core.security import ANONYMOUS, VIEW, role_token
from hpportal.core.views.paging import date_param
from hpportal.opendata.openapi import openapi_document

VERSION = "v1"
LANGUAGES = ("vi", "en", "zh", "ko", "ja")
DEFAULT_LIMIT, MAX_LIMIT = 20, 100
SORTS = {"-published": (EFFECTIVE, True), "published": (EFFECTIVE, False),
         "-modified": (MODIFIED, True), "modified": (MODIFIED, False)}  # fmt: skip
COMMON_PARAMETERS = ("portal", "language", "q", "from", "to", "sort", "limit", "cursor", "lang")
MAX_AGE = 60


class ApiError(Exception):
    def __init__(self, status: int, message):
        super().__init__(message)
        self.status, self.message = status, message


def iso(value) -> str | None:
    """ISO 8601 with the offset (UTC), or ``None``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return value.isoformat()


def answer_language(request, context) -> str:
    """``?lang=``, else the language version addressed (``/en/api/v1``), else ``Accept-Language``, else vi."""
    asked = request.params.get("lang", "")
    if asked in LANGUAGES:
        return asked
    root = language_root(context)
    if root is not None:
        return root.language
    if request.headers.get("Accept-Language"):
        return request.accept_language.lookup(LANGUAGES, default="vi")
    return "vi"


def source(request, site) -> dict:
    return {"name": site.title, "url": request.resource_url(site),
            "notice": request.localizer.translate(ATTRIBUTION)}  # fmt: skip


def json_response(request, site, body: dict, status: int = 200, *, last_modified=None) -> Response:
    body = {**body, "source": source(request, site)}
    text = json.dumps(body, ensure_ascii=False, indent=None, separators=(",", ":"), default=str)
    response = Response(status=status, content_type="application/json")
    response.charset = "utf-8"  # JSON is UTF-8 anyway; saying so helps clients that guess
    response.body = text.encode("utf-8")
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET"
    response.headers["Link"] = f'<{request.resource_url(site)}>; rel="author"'
    response.headers["Content-Language"] = request.locale_name
    if status == 200:
        response.cache_control = f"public, max-age={MAX_AGE}"
        response.etag = hashlib.sha256(text.encode()).hexdigest()[:32]
        if last_modified is not None:
            response.last_modified = last_modified
        response.conditional_response = True
    return response


def error_response(request, site, error: ApiError) -> Response:
    message = request.localizer.translate(error.message)
    return json_response(request, site, {"error": {"status": error.status, "message": message}}, error.status)


def base_terms(request, context, collection) -> list:
    """Public now, of the collection's types, in the context's portal (or the one asked, from the city)."""
    now = clock.timestamp()
    terms = [Any(TYPE, list(collection.types)), Any(ALLOWED, [role_token(ANONYMOUS)]), Eq(LISTED, True),
             Le(EFFECTIVE, now), Gt(EXPIRES, now)]  # fmt: skip
    params = request.params
    portal = find_portal(context)
    root = language_root(context)
    if root is not None:  # /en/api/v1: the English version's items
        terms.append(Eq(LANGUAGE, root.language))
    if not isinstance(portal, Portal):
        terms.append(Eq(PORTAL, resource_path(portal)))
    elif params.get("portal"):
        wanted = "/" + params["portal"].strip("/")
        if wanted != "/" and not isinstance(portal.get(wanted.strip("/")), PortalBase):
            raise ApiError(400, _("There is no portal ${portal}.", mapping={"portal": params["portal"][:100]}))
        terms.append(Eq(PORTAL, wanted))
    if params.get("language"):
        if params["language"] not in LANGUAGES:
            raise ApiError(400, _("The language must be one of vi, en, zh, ko, ja."))
        terms.append(Eq(LANGUAGE, params["language"]))
    text = params.get("q", "").strip()[:300]
    if text:
        try:
            check_words(text)
        except BadQuery:
            raise ApiError(400, _("The words could not be searched. Check what you typed.")) from None
        terms.append(Contains(TEXT, text))
    for name, index, bound in (("from", EFFECTIVE, Ge), ("to", EFFECTIVE, Lt)):
        if params.get(name):
            day = date_param(params[name])
            if day is None:
                raise ApiError(400, _("Dates are written as year-month-day, for example 2026-11-28."))
            moment = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
            terms.append(bound(index, moment + (86400 if name == "to" else 0)))
    for spec in collection.filters:
        value = params.get(spec.name)
        if value:
            try:
                terms.append(spec.term(value[:300]))
            except ValueError:
                raise ApiError(400, _("The filter ${name} has a value that cannot be used.",
                                      mapping={"name": spec.name})) from None  # fmt: skip
    return terms


def _cursor(value: int, docid: int) -> str:
    return base64.urlsafe_b64encode(f"{value}.{docid}".encode()).decode().rstrip("=")


def _read_cursor(text: str) -> tuple[int, int]:
    try:
        value, docid = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode().split(".")
        return int(value), int(docid)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, _("The cursor is not one this API gave.")) from None


def page_of(catalog, docids, sort: str, limit: int, cursor: tuple[int, int] | None) -> tuple[list[int], tuple | None]:
    """One page in the total order (sort value, docid), after ``cursor``; and the next page's cursor."""
    index_name, reverse = SORTS[sort]
    index, intersect = catalog[index_name], catalog.family.IF.intersection
    values = index._rev_index
    want = limit + 1
    if cursor is not None:
        value, _last = cursor
        docids = intersect(docids, index.applyLe(value) if reverse else index.applyGe(value))
        want += len(intersect(docids, index.applyEq(value)))  # the cursor's ties come first: skip them
    candidates = list(index.sort(docids, reverse=reverse, limit=want)) if docids else []
    if candidates:  # every item tied with the last candidate, so the order within a tie is total
        candidates = list(set(candidates) | set(intersect(docids, index.applyEq(values.get(candidates[-1])))))
    key = (lambda d: (-values.get(d, 0), -d)) if reverse else (lambda d: (values.get(d, 0), d))
    candidates.sort(key=key)
    if cursor is not None:
        candidates = [d for d in candidates if key(d) > key_of(cursor, reverse)]
    page = candidates[:limit]
    more = len(candidates) > limit
    return page, ((values.get(page[-1], 0), page[-1]) if more else None)


def key_of(cursor: tuple[int, int], reverse: bool) -> tuple[int, int]:
    value, docid = cursor
    return (-value, -docid) if reverse else (value, docid)


def common(request, obj) -> dict:
    portal = find_portal(obj)
    return {
        "id": obj.uid,
        "type": obj.type_info.name,
        "url": request.resource_url(obj),
        "title": obj.title,
        "description": getattr(obj, "description", "") or "",
        "portal": request.resource_url(portal) if portal is not None else None,
        "language": getattr(language_root(obj), "language", "vi"),
        "published": iso(getattr(obj, "effective", None) or getattr(obj, "created", None)),
        "modified": iso(getattr(obj, "modified", None)),
    }


def item_json(request, collection, obj) -> dict:
    return {**common(request, obj), **collection.serialize(request, obj)}


@view_config(context=PortalBase, name="api", permission=VIEW)
@view_config(context=LanguageRoot, name="api", permission=VIEW)
def api(context, request):
    site = find_site(context)
    if not request.subpath:
        return api_page(context, request)
    request.locale_name = answer_language(request, context)
    request.__dict__.pop("localizer", None)  # JSON speaks the language asked
    try:
        if request.method not in ("GET", "HEAD"):
            raise ApiError(405, _("This API only reads: use GET."))
        accept = request.accept
        if request.headers.get("Accept") and not accept.acceptable_offers(["application/json"]):
            raise ApiError(406, _("This API answers in JSON only (application/json)."))
        parts = [p for p in request.subpath if p]
        if not parts or parts[0] != VERSION:
            raise ApiError(404, _("There is no such address in the API."))
        return _answer(context, request, site, parts[1:])
    except ApiError as error:
        return error_response(request, site, error)
    except ParseError:
        return error_response(request, site, ApiError(400, _("The words could not be searched. Check what you typed.")))


def _answer(context, request, site, parts: list[str]):
    collections = request.registry.api_collections
    if not parts:
        links = {name: request.resource_url(context, "api", VERSION, name) for name in collections}
        document = request.resource_url(context, "api", VERSION, "openapi.json")
        return json_response(request, site, {"collections": links, "openapi": document})
    if parts == ["openapi.json"]:
        return json_response(request, site, openapi_document(request, context))
    collection = collections.get(parts[0])
    if collection is None or len(parts) > 2:
        raise ApiError(404, _("There is no such address in the API."))
    catalog = site.catalog
    terms = base_terms(request, context, collection)
    if len(parts) == 2:
        _count, docids = catalog.query(And(*terms, Eq(UID, parts[1][:100])))
        obj = next((find_docid(catalog, site, d) for d in docids), None)
        if obj is None or not request.has_permission(VIEW, obj):
            raise ApiError(404, _("There is no such item, or it is not public."))
        return json_response(request, site, item_json(request, collection, obj), last_modified=obj.modified)
    return _list(context, request, site, collection, terms)


def _list(context, request, site, collection, terms):
    params = request.params
    sort = params.get("sort", "-published")
    if sort not in SORTS:
        raise ApiError(400, _("sort is one of -published, published, -modified, modified."))
    try:
        limit = int(params.get("limit", DEFAULT_LIMIT))
    except ValueError:
        raise ApiError(400, _("limit is a number from 1 to 100.")) from None
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, _("limit is a number from 1 to 100."))
    cursor = _read_cursor(params["cursor"]) if params.get("cursor") else None
    catalog = site.catalog
    total, docids = catalog.query(And(*terms))
    page, following = page_of(catalog, docids, sort, limit, cursor)
    items = []
    for docid in page:
        obj = find_docid(catalog, site, docid)
        if obj is not None:
            items.append(item_json(request, collection, obj))
    body = {"total": total, "items": items, "next": None}
    if following is not None:
        query = [(k, v) for k, v in params.items() if k != "cursor"] + [("cursor", _cursor(*following))]
        body["next"] = request.resource_url(context, "api", VERSION, collection.name, query=query)
    newest = max((i["modified"] for i in items if i["modified"]), default=None)
    return json_response(request, site, body, last_modified=datetime.fromisoformat(newest) if newest else None)


def api_page(context, request):
    """``/api``: the API described for developers, in Vietnamese and English."""
    base = request.resource_url(context, "api", VERSION)
    values = {"document": openapi_document(request, context), "base": base, "openapi": base + "/openapi.json"}
    return render_to_response("hpportal:opendata/templates/api.pt", values, request=request)
