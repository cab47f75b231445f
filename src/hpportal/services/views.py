"""Pages of the procedures catalogue: the section (search by name or code, facets) and a procedure's page."""

from __future__ import annotations

from pyramid.location import lineage
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core.catalog.catalog import resolve
from hpportal.core.catalog.search import BadQuery
from hpportal.core.i18n import _
from hpportal.core.portal import Portal, find_portal, find_site
from hpportal.core.security import MANAGE_PORTAL, VIEW
from hpportal.core.views.paging import Pager
from hpportal.services import SECTION_NAME
from hpportal.services.filing import filing_template, filing_url
from hpportal.services.legalbasis import basis_with_documents
from hpportal.services.models import Procedure, ProceduresSection
from hpportal.services.search import ProcedureQuery, search_procedures
from hpportal.services.vocabularies import CHANNELS, FIELDS, LEVELS, ONLINE

PAGE_SIZE = 20
FACET_TITLES = {
    "field": _("Field"),
    "agency": _("Implementing agency"),
    "level": _("Level"),
    "online": _("Online level"),
}
_VOCABULARIES = {"field": FIELDS, "level": LEVELS, "online": ONLINE}


def _query(context, request) -> ProcedureQuery:
    params = request.params
    portal = find_portal(context)

    def chosen(name):
        value = params.get(name, "")[:300]
        vocabulary = _VOCABULARIES.get(name)
        return value if vocabulary is None or value in vocabulary else ""

    return ProcedureQuery(
        text=params.get("q", "")[:300],
        portal=None if isinstance(portal, Portal) else resource_path(portal),
        field=chosen("field"),
        agency=chosen("agency"),
        level=chosen("level"),
        online=chosen("online"),
    )


def _facet_url(request, name: str, value) -> str:
    """The page with ``name`` set to ``value`` (or unset when it is set already), from page 1."""
    params = [(k, v) for k, v in request.params.items() if k not in (name, "page")]
    if str(request.params.get(name, "")) != str(value):
        params.append((name, str(value)))
    return request.resource_url(request.context, query=params)


def value_title(name: str, value):
    return _VOCABULARIES.get(name, {}).get(value, value)


@view_config(context=ProceduresSection, permission=VIEW, renderer="hpportal:services/templates/section.pt")
def section_view(context, request):
    """Dịch vụ công trực tuyến: find a procedure by name or code, narrow by field, agency, level, online level."""
    site = find_site(context)
    query = _query(context, request)
    notices = []
    offset = (Pager.requested_page(request) - 1) * PAGE_SIZE
    try:
        results = search_procedures(site.catalog, query, allowed=request.allowed_tokens, limit=PAGE_SIZE,
                                    offset=offset)  # fmt: skip
        pager = Pager(request, results.total, PAGE_SIZE)
        if pager.offset != offset:
            results = search_procedures(
                site.catalog, query, allowed=request.allowed_tokens, limit=PAGE_SIZE, offset=pager.offset
            )
    except BadQuery:
        notices.append(_("The name or the code could not be searched. Check what you typed."))
        results, pager = None, Pager(request, 0, PAGE_SIZE)
    return {
        "query": query,
        "procedures": list(resolve(site.catalog, site, results.docids)) if results is not None else [],
        "total": results.total if results is not None else 0,
        "facets": results.facets if results is not None else {},
        "facet_titles": FACET_TITLES,
        "value_title": value_title,
        "facet_url": lambda name, value: _facet_url(request, name, value),
        "pager": pager,
        "notices": notices,
        "online_titles": ONLINE,
        "example": "1.004227",
        "may_import": request.has_permission(MANAGE_PORTAL, context),
    }


def section_of(context):
    return next((n for n in lineage(context) if isinstance(n, ProceduresSection)), None)


def filing_link(procedure, request) -> str | None:
    site = find_site(procedure)
    template = filing_template(request.registry.settings, section_of(procedure), site.get(SECTION_NAME))
    return filing_url(procedure, template)


@view_config(context=Procedure, permission=VIEW, renderer="hpportal:services/templates/procedure.pt")
def procedure_view(context, request):
    """A procedure as the national database records it, with the link to file it online when there is one."""
    site = find_site(context)
    basis = [(line, doc if doc is not None and request.has_permission(VIEW, doc) else None)
             for line, doc in basis_with_documents(context, site)]  # fmt: skip
    documents = [(row, context.form_named(row.get("form", "")) if row.get("form") else None)
                 for row in context.documents]  # fmt: skip
    listed = {form.filename for _row, form in documents if form is not None}
    return {
        "filing": filing_link(context, request),
        "field": FIELDS.get(context.field, context.field),
        "level": LEVELS.get(context.level, context.level),
        "online": ONLINE.get(context.online, context.online),
        "channels": [CHANNELS[c] for c in CHANNELS if c in context.channels],
        "documents": documents,
        "other_forms": [f for f in context.forms() if f.filename not in listed],
        "basis": basis,
        "section": section_of(context),
    }
