"""Pages of the inbox: the board's dashboard, an item, accepting it, forwarding it."""

from __future__ import annotations

import html

import deform
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq

from hpportal.core.catalog.catalog import ALLOWED, GRANTS, PATH, STATE, TYPE, resolve
from hpportal.core.forms import form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import ADD, ADMINISTRATOR, REVIEW, VIEW, user_principal
from hpportal.core.workflow import TransitionRefused, state_of, state_title, transition, workflow_for
from hpportal.intake import edxml, indexes
from hpportal.intake.inbox import (
    ARTICLE_TYPE,
    DOCUMENT_TYPE,
    DOCUMENTS_SECTION,
    by_uid,
    forward,
    forward_targets,
    record_result,
)
from hpportal.intake.models import CHANNELS, INBOX_NAME, INBOX_PERMISSIONS, WAITING, Inbox, IntakeItem
from hpportal.intake.schemas import DOCUMENT, accept_schema, forward_schema

DASHBOARD_ROWS = 100
STATES = ("new", "in_review", "accepted", "rejected", "forwarded")


def _items(request, inbox, query, *, limit, oldest_first):
    site = find_site(inbox)
    query = Eq(TYPE, "IntakeItem") & Any(PATH, [resource_path(inbox)]) & Any(ALLOWED, request.allowed_tokens) & query
    total, docids = site.catalog.query(query, sort_index=indexes.RECEIVED, reverse=not oldest_first, limit=limit)
    return getattr(total, "total", int(total)), list(resolve(site.catalog, site, docids))


@view_config(context=Inbox, permission=VIEW, renderer="hpportal:intake/templates/inbox.pt")
def inbox_view(context, request):
    """Hộp thư của Ban Biên tập: counts by channel and state, what waits (the oldest first), what was decided."""
    workflow = request.registry.workflow_types["intake"][0]
    counts = {}
    for channel in CHANNELS:
        for state in STATES:
            counts[channel, state], _found = _items(
                request, context, Eq(indexes.CHANNEL, channel) & Eq(STATE, state), limit=1, oldest_first=True
            )
    waiting_total, waiting = _items(
        request, context, Any(STATE, list(WAITING)), limit=DASHBOARD_ROWS, oldest_first=True
    )
    done_total, done = _items(
        request, context, Any(STATE, [s for s in STATES if s not in WAITING]), limit=20, oldest_first=False
    )
    return {
        "channels": CHANNELS,
        "states": [(state, state_title(workflow, state)) for state in STATES],
        "counts": counts,
        "channel_totals": {c: sum(counts[c, s] for s in STATES) for c in CHANNELS},
        "state_totals": {s: sum(counts[c, s] for c in CHANNELS) for s in STATES},
        "waiting": waiting,
        "waiting_total": waiting_total,
        "done": done,
        "done_total": done_total,
        "state_of": lambda item: state_title(workflow, state_of(item)),
        "can_add": request.has_permission(ADD, context),
    }


def _linked(request, site, uid: str):
    found = by_uid(site, uid)
    return found if found is not None and request.has_permission(VIEW, found) else None


@view_config(context=IntakeItem, permission=VIEW, renderer="hpportal:intake/templates/item.pt")
def item_view(context, request):
    site = find_site(context)
    workflow = workflow_for(request.registry, context)
    return {
        "state": state_title(workflow, state_of(context)),
        "channel": CHANNELS.get(context.channel, context.channel),
        "business": edxml.BUSINESS_TYPES.get(context.business_type) if context.business_type != edxml.NEW else None,
        "result": _linked(request, site, context.result_uid),
        "related": _linked(request, site, context.related_uid),
        "forwarded_to": by_uid(site, context.forwarded_to),
        "forwarded_from": by_uid(site, context.forwarded_from),
        "files": context.files(),
        "signatures": {f.__name__: _signature_rows(f) for f in context.files()},
        "paragraphs": [line for line in (context.body or "").splitlines() if line.strip()],
    }


def _signature_rows(holder) -> list[dict] | None:
    """What the page says of each signature of a received PDF (``None``: the PDF could not be read)."""
    if holder.signatures is None:
        return None
    return [
        {
            **report,
            "problem": _(report["problem"], mapping=report["mapping"]) if report["problem"] else "",
            "holds": report["intact"] and not report["changed"] and report["trusted"],
        }
        for report in holder.signatures
    ]


def _accept_targets(request, item) -> list[tuple[str, str]]:
    portal = find_portal(item)
    targets = []
    section = portal.get(DOCUMENTS_SECTION)
    offered = by_uid(find_site(item), item.result_uid)
    if offered is not None:
        targets.append((DOCUMENT, request.localizer.translate(_("The legal document already filled in: ${title}",
                                                                  mapping={"title": offered.title}))))  # fmt: skip
    elif section is not None and request.has_permission(ADD, section):
        targets.append((DOCUMENT, request.localizer.translate(_("A legal document in ${section}",
                                                                  mapping={"section": section.title}))))  # fmt: skip
    for name, child in portal.items():
        if getattr(child, "type_name", "") == "Section" and request.has_permission(ADD, child):
            label = _("An article in ${section}", mapping={"section": child.title})
            targets.append((f"section:{name}", request.localizer.translate(label)))
    return targets


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in (text or "").splitlines() if line.strip())


def _make_result(request, item, into: str):
    """The legal document or article ``item`` becomes (a draft, for the board's approval), linked both ways."""
    types = request.registry.content_types
    portal = find_portal(item)
    if into == DOCUMENT:
        doc = by_uid(find_site(item), item.result_uid)
        if doc is None:
            section = portal[DOCUMENTS_SECTION]
            doc = types.create(
                DOCUMENT_TYPE, description=item.title, issuer=item.sender, body=_paragraphs(item.body), recipients=""
            )
            doc.creator = request.authenticated_userid
            section.add(section.unique_name(item.title, fallback="van-ban"), doc, registry=request.registry)
        record_result(item, doc)
        return doc
    section = portal[into.removeprefix("section:")]
    article = types.create(ARTICLE_TYPE, title=item.title, description="", body=_paragraphs(item.body))
    article.creator = request.authenticated_userid
    section.add(section.unique_name(item.title, fallback="bai-viet"), article, registry=request.registry)
    record_result(item, article)
    return article


def _form_page(request, form, title, intro, error=None, rendered=None):
    return {
        "form": rendered if rendered is not None else form.render(),
        "resources": form_resources(request, form),
        "heading": title,
        "intro": intro,
        "error": error,
    }


@view_config(context=IntakeItem, name="accept", permission=REVIEW, renderer="hpportal:intake/templates/form.pt")
def accept_view(context, request):
    """Nhận đăng: the item becomes a legal document (the one already filled in, if any) or an article, as a
    draft that follows the portal's editorial procedure."""
    targets = _accept_targets(request, context)
    form = make_form(
        request,
        accept_schema(targets),
        action=request.resource_url(context, "accept"),
        buttons=(deform.Button("accept", _("Accept for publication"), css_class="btn-primary"),),
    )
    heading, intro = (
        _("Accept for publication"),
        _("The draft made from this item follows the portal's editorial procedure: it is published once approved."),
    )
    if not targets:
        return _form_page(request, form, heading, intro, error=_("There is nowhere in this portal you may publish it."))
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return _form_page(request, form, heading, intro, rendered=failure.render())
        try:
            transition(request, context, "accept", via_form=True)
        except TransitionRefused as refused:
            return _form_page(request, form, heading, intro, error=refused.message)
        offered = by_uid(find_site(context), context.result_uid) is not None
        result = _make_result(request, context, appstruct["into"])
        # A legal document made now needs its number, form and issuer: its form comes next.
        complete = appstruct["into"] == DOCUMENT and not offered
        return HTTPSeeOther(request.resource_url(result, "edit") if complete else request.resource_url(result))
    return _form_page(request, form, heading, intro)


@view_config(context=IntakeItem, name="forward", permission=REVIEW, renderer="hpportal:intake/templates/form.pt")
def forward_view(context, request):
    """Chuyển: the city board sends an item to a component portal's board, and a component portal's board to
    the city's. The other board gets a copy with its files, linked both ways."""
    inbox = context.__parent__
    targets = {resource_path(target): target for target in forward_targets(inbox)}
    choices = [(path, find_portal(target).title) for path, target in targets.items()]
    form = make_form(
        request,
        forward_schema(choices),
        action=request.resource_url(context, "forward"),
        buttons=(deform.Button("forward", _("Forward"), css_class="btn-primary"),),
    )
    heading, intro = _("Forward to another board"), _("The other board receives a copy with its files.")
    if not choices:
        return _form_page(request, form, heading, intro, error=_("There is no other board to forward it to."))
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return _form_page(request, form, heading, intro, rendered=failure.render())
        target = targets[appstruct["target"]]
        note = " — ".join(filter(None, [find_portal(target).title, appstruct["comment"].strip()]))
        try:
            transition(request, context, "forward", note, via_form=True)
        except TransitionRefused as refused:
            return _form_page(request, form, heading, intro, error=refused.message)
        forward(context, target, request.registry)
        return HTTPSeeOther(request.resource_url(context))
    return _form_page(request, form, heading, intro)


def inbox_links(request) -> list[tuple]:
    """In the user menu of a board member: the inbox of each portal whose board they are on.

    Component portals are found by the catalog's grants, not by a walk; the city's inbox is listed for whoever
    may view it.
    """
    user = request.identity
    if user is None or ADMINISTRATOR in user.roles:
        return []
    site = request.root
    principals = [user_principal(user.id), *user.group_principals()]
    portals = [site]  # the city's board, and the global Site Managers and Inspectors: the permission decides
    _total, docids = site.catalog.query(
        Any(GRANTS, [f"{p}|{role}" for p in principals for role in INBOX_PERMISSIONS]) & Eq(TYPE, "SubPortal")
    )
    portals.extend(resolve(site.catalog, site, docids))
    links = []
    for portal in portals:
        inbox = portal.get(INBOX_NAME)
        if isinstance(inbox, Inbox) and request.has_permission(VIEW, inbox):
            links.append((_("Inbox of ${portal}", mapping={"portal": portal.title}), request.resource_url(inbox)))
    return links
