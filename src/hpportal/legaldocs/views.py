"""Pages of the documents database: the documents page (search, facets) and a document's page."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from pyramid.encode import urlencode
from pyramid.location import lineage
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core.catalog.catalog import resolve
from hpportal.core.catalog.search import BadQuery, next_scheduled_change
from hpportal.core.i18n import DEFAULT_LOCALE, _
from hpportal.core.languages import translations
from hpportal.core.portal import Portal, SubPortal, find_portal, find_site
from hpportal.core.security import MANAGE_PORTAL, VIEW
from hpportal.core.views.layout import DATE_FORMATS
from hpportal.core.views.paging import Pager, date_param, int_param
from hpportal.legaldocs import validity
from hpportal.legaldocs.drafts import OPEN, drafts_of
from hpportal.legaldocs.drafts import next_change as drafts_next_change
from hpportal.legaldocs.indexes import replaced_from
from hpportal.legaldocs.lookup import by_uid
from hpportal.legaldocs.models import RELATION_TITLES, LegalDocument, LegalDocumentsSection
from hpportal.legaldocs.numbers import looks_like_number
from hpportal.legaldocs.search import DocumentQuery, search_documents
from hpportal.legaldocs.vocabularies import FIELDS, VALIDITY, term

PAGE_SIZE = 20
EVERY_PORTAL = "*"


def status_of(doc) -> str:
    """The document's validity now (the same rule as the catalog's facet and filter)."""
    return validity.status_at(
        validity.starts(doc), validity.ends(doc, replaced_from(doc)), doc.manual_validity or validity.AUTOMATIC
    )


def _until_next_change(request, site, drafts=()) -> None:
    """Tell the cache of anonymous pages when this page changes by the clock (a date of validity passes, a draft
    opens or closes)."""
    moments = [next_scheduled_change(site.catalog), validity.next_change(site.catalog), drafts_next_change(drafts)]
    moments = [m for m in moments if m]
    request.environ["hpportal.next_change"] = min(moments) if moments else None


def day_formatter(request):
    locale = request.locale_name if request.locale_name in DATE_FORMATS else "vi"

    def day(value: date | None) -> str:
        return format_date(value, DATE_FORMATS[locale], locale=locale) if value else ""

    return day


def _query(context, request) -> tuple[DocumentQuery, list]:
    params = request.params
    portal = find_portal(context)
    notices = []
    scope = params.get("portal", EVERY_PORTAL if isinstance(portal, Portal) else "")
    if isinstance(portal, Portal) and scope == EVERY_PORTAL:
        where = None
    elif isinstance(portal, Portal) and scope.startswith("/") and isinstance(portal.get(scope.strip("/")), SubPortal):
        where = scope
    else:
        where = resource_path(portal)
    number, text = params.get("number", "")[:100], params.get("q", "")[:300]
    if text and not number and looks_like_number(text):
        number, text = text, ""  # "qd ubnd 204 2025" typed in the words box is a number
    query = DocumentQuery(
        number=number,
        text=text,
        portal=where,
        form=params.get("form", "")[:100],
        issuer=params.get("issuer", "")[:300],
        field=params.get("field", "") if params.get("field", "") in FIELDS else "",
        year=int_param(params.get("year", ""), maximum=9999),
        validity=params.get("validity", "") if params.get("validity", "") in VALIDITY else "",
        issued_from=date_param(params.get("from", "")),
        issued_to=date_param(params.get("to", "")),
    )
    if (params.get("from") and query.issued_from is None) or (params.get("to") and query.issued_to is None):
        notices.append(_("Dates are written as year-month-day, for example 2026-11-28; that date was ignored."))
    return query, notices


@view_config(context=LegalDocumentsSection, permission=VIEW, renderer="hpportal:legaldocs/templates/section.pt")
def section_view(context, request):
    """Văn bản: search by number, words, form, issuer, field, year, validity and dates; facets with counts."""
    site = find_site(context)
    query, notices = _query(context, request)
    offset = (Pager.requested_page(request) - 1) * PAGE_SIZE
    try:
        results = search_documents(site.catalog, query, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=offset)
        pager = Pager(request, results.total, PAGE_SIZE)
        if pager.offset != offset:
            results = search_documents(
                site.catalog, query, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=pager.offset
            )
    except BadQuery:
        notices.append(_("The number or the words could not be searched. Check what you typed."))
        results, pager = None, Pager(request, 0, PAGE_SIZE)
    drafts = drafts_of(context, request.allowed_tokens)
    _until_next_change(request, site, drafts)
    documents = list(resolve(site.catalog, site, results.docids)) if results is not None else []
    documents = _in_language(site, request, documents)
    portal = find_portal(context)
    return {
        "open_drafts": [d for d in drafts if d.phase() == OPEN],
        "query": query,
        "documents": documents,
        "status": {doc.uid: status_of(doc) for doc in documents},
        "total": results.total if results is not None else 0,
        "facets": results.facets if results is not None else {},
        "facet_titles": {
            "form": _("Document form"),
            "issuer": _("Issuing body"),
            "field": _("Field"),
            "year": _("Year of issue"),
            "validity": _("Validity"),
        },
        "value_title": lambda name, value: _value_title(request, name, value),
        "term": lambda value: term(request, value),
        "facet_url": _facet_urls(request),
        "pager": pager,
        "notices": notices,
        "validity_titles": VALIDITY,
        "fields": FIELDS,
        "portals": [p for p in site.values() if isinstance(p, SubPortal)] if isinstance(portal, Portal) else [],
        "scope": request.params.get("portal", EVERY_PORTAL if isinstance(portal, Portal) else ""),
        "every_portal": EVERY_PORTAL,
        "example": "204/2025/QĐ-UBND",
        "day": day_formatter(request),
        "import_url": request.resource_url(context, "import")
        if request.has_permission(MANAGE_PORTAL, context)
        else None,
    }


def _in_language(site, request, documents: list) -> list:
    """Each document in the page's language where it is translated into it (the original otherwise)."""
    if request.locale_name == DEFAULT_LOCALE:
        return documents
    return [translations(site, doc, request.allowed_tokens).get(request.locale_name, doc) for doc in documents]


def _value_title(request, name: str, value):
    """How a facet's value reads: a field's or a validity's title, a form or an issuing body translated."""
    if name == "field":
        return FIELDS.get(value, value)
    if name == "validity":
        return VALIDITY.get(value, value)
    return term(request, value) if name in ("form", "issuer") else value


def _facet_urls(request):
    """``url(name, value)``: the page with ``name`` set to ``value`` (unset when it is set already), from page 1.

    The page's own URL is made once: a page has dozens of facet links.
    """
    base = request.resource_url(request.context)

    def url(name: str, value) -> str:
        params = [(k, v) for k, v in request.params.items() if k not in (name, "page")]
        if str(request.params.get(name, "")) != str(value):
            params.append((name, str(value)))
        return f"{base}?{urlencode(params)}" if params else base

    return url


@view_config(context=LegalDocument, permission=VIEW, renderer="hpportal:legaldocs/templates/document.pt")
def document_view(context, request):
    """A document: every field in a printable table, its relations both ways with their validity, its files."""
    site = find_site(context)
    relations = []
    for kind, title in RELATION_TITLES.items():
        partners = [by_uid(site, uid) for uid in context.partners(kind)]
        partners = [p for p in partners if p is not None and request.has_permission(VIEW, p)]
        if partners:
            relations.append((title, [(p, status_of(p)) for p in partners]))
    _until_next_change(request, site)
    return {
        "status": status_of(context),
        "validity_titles": VALIDITY,
        "fields": [FIELDS.get(f, f) for f in sorted(context.fields)],
        "relations": relations,
        "signed": context.files("signed"),
        "attachments": context.files("attachment"),
        "day": day_formatter(request),
        "term": lambda value: term(request, value),
        "section": next((n for n in lineage(context) if isinstance(n, LegalDocumentsSection)), None),
    }
