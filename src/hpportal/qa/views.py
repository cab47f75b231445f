"""Hỏi - Đáp pages: the section (public answers, the board's dashboard), a question, an agency's dashboard.

Asking and tracking are in :mod:`hpportal.qa.intake`, routing and answering in :mod:`hpportal.qa.routing`."""

from __future__ import annotations

from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import And, Any, Eq, InRange, Lt

from hpportal.core import audit, clock
from hpportal.core.calendar import office_calendar
from hpportal.core.catalog.catalog import ALLOWED, GRANTS, PATH, STATE, TYPE, resolve
from hpportal.core.featured import FEATURED
from hpportal.core.i18n import _
from hpportal.core.personaldata import mask, mask_email, mask_name
from hpportal.core.portal import PortalBase, find_site
from hpportal.core.security import (
    ANSWER_QUESTION,
    EDIT,
    RESPONDER,
    VIEW,
    VIEW_PERSONAL_DATA,
    user_principal,
)
from hpportal.core.workflow import (
    state_of,
    state_title,
    workflow_for,
)
from hpportal.qa import indexes
from hpportal.qa.models import (
    AGENCY_TYPES,
    CHANNELS,
    FIELDS,
    Agency,
    QASection,
    Question,
    is_agency,
)

PAGE_SIZE = 20


DASHBOARD_ROWS = 100


BOARD_STATES = ("received", "accepted", "returned", "answered")


AGENCY_STATES = ("assigned", "in_progress")


def _questions(site, section, request, states, *, limit=PAGE_SIZE, extra=(), oldest_first=False):
    """``(total, questions)``: the total counts all that match, the list holds at most ``limit``."""
    catalog = site.catalog
    query = Eq(TYPE, "Question") & Any(PATH, [resource_path(section)]) & Any(STATE, list(states))
    query = query & Any(ALLOWED, request.allowed_tokens)
    for term in extra:
        query = query & term
    total, docids = catalog.query(query, sort_index="effective", reverse=not oldest_first, limit=limit)
    return getattr(total, "total", int(total)), list(resolve(catalog, site, docids))


@view_config(context=QASection, permission=VIEW, renderer="hpportal:qa/templates/section.pt")
def section_view(context, request):
    """The public answers by field; for the board, what waits and what is late."""
    site = find_site(context)
    chosen = request.params.get("field", "")
    extra = [Eq(indexes.FIELD, chosen)] if chosen in FIELDS else []
    total, published = _questions(site, context, request, ("published",), extra=extra)
    board = None
    if request.identity is not None and request.has_permission(EDIT, context):
        now = clock.timestamp()
        soon_end = int(office_calendar(request).add_working_days(clock.now(), 2).timestamp())
        # The longest waiting first; the counts are the catalog's totals, not the length of a page.
        waiting_count, waiting = _questions(
            site, context, request, BOARD_STATES, limit=DASHBOARD_ROWS, oldest_first=True
        )
        agencies_count, _items = _questions(site, context, request, AGENCY_STATES, limit=1)
        overdue_count, overdue = _questions(
            site, context, request, AGENCY_STATES, limit=DASHBOARD_ROWS, extra=[Lt(indexes.DUE, now)], oldest_first=True
        )
        soon_count, _items = _questions(
            site, context, request, AGENCY_STATES, limit=1, extra=[InRange(indexes.DUE, now, soon_end)]
        )
        board = {
            "waiting": waiting,
            "overdue": overdue,
            "counts": {
                "waiting": waiting_count,
                "agencies": agencies_count,
                "soon": soon_count,
                "overdue": overdue_count,
            },
        }
    workflow = request.registry.workflow_types["question"][0]
    featured = []
    if context.__parent__ is site:  # the city's Q&A shows the questions of general interest of every portal
        _n, featured = _questions(site, site, request, ("published",), limit=10, extra=[Eq(FEATURED, True)])
    return {
        "featured": featured,
        "published": published,
        "total": total,
        "fields": FIELDS,
        "chosen": chosen,
        "board": board,
        "state_titles": {name: state_title(workflow, name) for name in workflow._state_data},
    }


def _personal(request, question: Question, reveal: bool) -> dict | None:
    """The sender's data for those allowed: masked, or in full when asked (and then logged)."""
    if not request.has_permission(VIEW_PERSONAL_DATA, question) or question.anonymised:
        return None
    citizen_id = question.citizen_id(request.registry.qa_cipher)
    if reveal:
        audit.record(request, audit.PERSONAL_DATA_VIEWED, resource_path(question), question.code)
        return {
            "full_name": question.full_name,
            "citizen_id": citizen_id,
            "address": question.address,
            "phone": question.phone,
            "email": question.email,
            "masked": False,
        }
    return {
        "full_name": mask_name(question.full_name),
        "citizen_id": mask(citizen_id),
        "address": mask(question.address, 8),
        "phone": mask(question.phone),
        "email": mask_email(question.email),
        "masked": True,
    }


@view_config(context=Question, permission=VIEW, renderer="hpportal:qa/templates/question.pt")
def question_view(context, request):
    reveal = request.method == "POST" and "reveal" in request.POST
    workflow = workflow_for(request.registry, context)
    return {
        "personal": _personal(request, context, reveal),
        "state": state_title(workflow, state_of(context)),
        "field_title": FIELDS.get(context.field, context.field),
        "channel_title": CHANNELS.get(context.channel, context.channel),
        # A sender's attachment is private unless the board made it public when publishing.
        "attachments": [a for a in context.values() if request.has_permission(VIEW, a)],
        "is_public": state_of(context) == "published",
    }


@view_config(
    context=PortalBase, name="questions", permission=ANSWER_QUESTION, renderer="hpportal:qa/templates/agency.pt"
)
@view_config(context=Agency, name="questions", permission=ANSWER_QUESTION, renderer="hpportal:qa/templates/agency.pt")
def agency_dashboard(context, request):
    """Câu hỏi được giao: what this agency must answer, from every portal: overdue, due soon, new, in progress."""
    site = find_site(context)
    now = clock.timestamp()
    soon_end = int(office_calendar(request).add_working_days(clock.now(), 2).timestamp())
    mine = [Eq(indexes.AGENCY, context.uid)]

    def rows(states, *extra):
        return _questions(site, site, request, states, limit=DASHBOARD_ROWS, extra=[*mine, *extra], oldest_first=True)

    return {
        "groups": [
            (_("Overdue"), *rows(AGENCY_STATES, Lt(indexes.DUE, now))),
            (_("Due within two working days"), *rows(AGENCY_STATES, InRange(indexes.DUE, now, soon_end))),
            (_("New: not started"), *rows(("assigned",))),
            (_("In progress"), *rows(("in_progress",))),
        ],
    }


def agency_links(request) -> list[tuple]:
    """In the user menu of an agency's Responders: the questions their agency must answer.

    On every logged-in page: the agencies are found by the catalog's grants, not by walking the portals.
    """
    user = request.identity
    if user is None or user.roles & {"Administrator"}:
        return []
    site = request.root
    principals = [user_principal(user.id), *user.group_principals()]
    catalog = site.catalog
    _total, docids = catalog.query(
        And(Any(GRANTS, [f"{p}|{RESPONDER}" for p in principals]), Any(TYPE, list(AGENCY_TYPES)))
    )
    return [
        (_("Questions for ${agency}", mapping={"agency": agency.title}), request.resource_url(agency, "questions"))
        for agency in resolve(catalog, site, sorted(docids, key=lambda docid: catalog.path_for(docid) or ""))
        if is_agency(agency, site)
    ]
