"""Đối thoại trực tuyến pages: the section (upcoming and archive), a dialogue (plan, questions, script), and the
board's steps: submitting the plan, the Head's decision, announcing, the session, publishing the script."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq

from hpportal.core.catalog.catalog import ALLOWED, PATH, STATE, TYPE, resolve
from hpportal.core.i18n import _
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import EDIT, MANAGE_PORTAL, REVIEW, SUBMIT, VIEW
from hpportal.core.workflow import TransitionRefused, state_title, transition, workflow_for
from hpportal.dialogue import head, indexes
from hpportal.dialogue.models import Dialogue, DialogueSection
from hpportal.dialogue.phases import BY_THE_CLOCK, catch_up, open_for_questions, phase
from hpportal.dialogue.schemas import plan_problems
from hpportal.dialogue.vocabularies import (
    ANNOUNCED,
    APPROVED,
    CLOSED,
    LIVE,
    MODES,
    OPEN_STATES,
    PAST_STATES,
    PUBLISHED,
    SUBMITTED,
)

ARCHIVE_SIZE = 50

#: The steps the board takes from each phase (the manual ones; the clock takes announced -> live -> closed too).
STEPS = {APPROVED: "announce", ANNOUNCED: "go_live", LIVE: "close", CLOSED: "publish_script"}


def dialogues(
    section_or_portal, request, states, *, limit=ARCHIVE_SIZE, soonest_first=False, extra=()
) -> list[Dialogue]:
    """The dialogues under ``section_or_portal`` in ``states`` the visitor may see, by start (latest first)."""
    site = find_site(section_or_portal)
    catalog = site.catalog
    query = Eq(TYPE, "Dialogue") & Any(PATH, [resource_path(section_or_portal)]) & Any(STATE, list(states))
    query = query & Any(ALLOWED, request.allowed_tokens)
    for term in extra:
        query = query & term
    _total, docids = catalog.query(query, sort_index=indexes.STARTS, reverse=not soonest_first, limit=limit)
    return list(resolve(catalog, site, docids))


def _flash(request, message, queue=""):
    request.session.flash(request.localizer.translate(message), queue)


@view_config(context=DialogueSection, permission=VIEW, renderer="hpportal:dialogue/templates/section.pt")
def section_view(context, request):
    """The upcoming and live dialogues, then the archive; the city's section lists every portal's."""
    site = find_site(context)
    scope = site if context.__parent__ is site else context
    coming = [d for d in dialogues(scope, request, OPEN_STATES, soonest_first=True) if phase(d) in OPEN_STATES]
    past = [d for d in dialogues(scope, request, (*OPEN_STATES, *PAST_STATES)) if phase(d) in PAST_STATES]
    board = None
    if request.identity is not None and request.has_permission(EDIT, context):
        board = dialogues(context, request, ("draft", SUBMITTED, APPROVED), limit=ARCHIVE_SIZE)
    return {
        "coming": coming,
        "past": past,
        "board": board,
        "phase": phase,
        "portal_of": find_portal,
        "may_set_head": request.has_permission(MANAGE_PORTAL, context),
    }


def _script_rows(dialogue, *, public: bool) -> list[dict]:
    """The script's questions in order; the public sees what was asked and answered, never who asked."""
    rows = []
    for number, question in enumerate(dialogue.scripted(), start=1):
        if public and not question.answer:
            continue
        rows.append(
            {
                "number": number,
                "key": question.key,
                "text": question.text,
                "askers": question.askers,
                "answer": question.answer,
                "leader": dialogue.leader_title(question.leader),
            }
        )
    return rows


@view_config(context=Dialogue, permission=VIEW, renderer="hpportal:dialogue/templates/dialogue.pt")
def dialogue_view(context, request):
    now_phase = phase(context)
    workflow = workflow_for(request.registry, context)
    is_board = request.identity is not None and request.has_permission(EDIT, context)
    step = STEPS.get(now_phase)
    return {
        "phase": now_phase,
        "phase_title": state_title(workflow, now_phase),
        "mode_title": MODES.get(context.mode, ""),
        "open": open_for_questions(context),
        "rows": _script_rows(context, public=True),
        "published": now_phase == PUBLISHED,
        "is_board": is_board,
        "problems": plan_problems(context) if is_board and now_phase == "draft" else [],
        "step": workflow._transition_data[step] if step and request.has_permission(REVIEW, context) else None,
        "waiting": len(context.waiting()) if is_board else 0,
        "attachments": [a for a in context.attachments() if request.has_permission(VIEW, a)],
    }


@view_config(context=Dialogue, name="submit", permission=SUBMIT, renderer="hpportal:dialogue/templates/submit.pt")
def submit_view(context, request):
    """Gửi duyệt kế hoạch: refused, naming each missing field, while the plan lacks any field of Art. 8.2."""
    problems = plan_problems(context)
    if request.method == "POST" and not problems:
        try:
            transition(request, context, "submit", request.POST.get("comment", ""), via_form=True)
        except TransitionRefused as refused:
            _flash(request, refused.message, "error")
        else:
            _flash(request, _("The plan was submitted to the Head of the Editorial Board for approval."))
        return HTTPSeeOther(request.resource_url(context))
    return {"problems": problems}


@view_config(context=Dialogue, name="decide", permission=REVIEW, renderer="hpportal:dialogue/templates/decide.pt")
def decide_view(context, request):
    """Phê duyệt kế hoạch: the Head of the Editorial Board approves the plan or sends it back with a reason."""
    if not head.is_head(request, context):
        request.response.status = 403  # a Deputy Head reviews, but this decision is the Head's (Art. 8.2)
        return {"refused": True, "problems": [], "error": None}
    error = None
    if request.method == "POST":
        name = "approve" if "approve" in request.POST else "send_back"
        try:
            transition(request, context, name, request.POST.get("comment", ""), via_form=True)
        except TransitionRefused as refused:
            error = refused.message
        else:
            message = _("The plan was approved.") if name == "approve" else _("The plan was sent back.")
            _flash(request, message)
            return HTTPSeeOther(request.resource_url(context))
    return {"refused": False, "problems": plan_problems(context), "error": error}


@view_config(context=Dialogue, name="steps", permission=REVIEW, renderer="hpportal:dialogue/templates/steps.pt")
def steps_view(context, request):
    """Announce, start, close, publish the script: the clock's steps are written first, then the board's."""
    if request.method == "POST":
        catch_up(context, request.registry)
        name = STEPS.get(phase(context))
        if name is None or request.POST.get("step") != name:
            _flash(request, _("That step was already taken, by the board or by the clock."), "error")
            return HTTPSeeOther(request.resource_url(context))
        try:
            transition(request, context, name, request.POST.get("comment", ""), via_form=True)
        except TransitionRefused as refused:
            _flash(request, refused.message, "error")
        else:
            workflow = workflow_for(request.registry, context)
            state = request.localizer.translate(state_title(workflow, phase(context)))
            _flash(request, _("The dialogue is now: ${state}.", mapping={"state": state}))
        return HTTPSeeOther(request.resource_url(context))
    step = STEPS.get(phase(context))
    workflow = workflow_for(request.registry, context)
    return {"step": workflow._transition_data[step] if step else None, "by_clock": BY_THE_CLOCK}


@view_config(
    context=DialogueSection, name="head", permission=MANAGE_PORTAL, renderer="hpportal:dialogue/templates/head.pt"
)
def head_view(context, request):
    """Trưởng Ban Biên tập: which of the board's Approvers is the Head, who alone approves the plans."""
    portal = find_portal(context)
    members = head.approvers(portal)
    if request.method == "POST":
        chosen = request.POST.get("head") or None
        try:
            head.set_head(portal, chosen)
        except ValueError:
            _flash(request, _("Choose one of the board's Approvers."), "error")
        else:
            _flash(request, _("The Head of the Editorial Board was recorded."))
            return HTTPSeeOther(request.resource_url(context))
    return {"members": members, "current": head.head_id(portal)}
