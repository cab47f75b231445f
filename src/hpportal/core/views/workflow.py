"""The editorial workflow on the web: transition buttons, "My work", an item's history and versions,
a portal's choice of procedure."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPBadRequest, HTTPForbidden, HTTPNotFound, HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq, Gt

from hpportal.core import audit, clock, versions
from hpportal.core.catalog.catalog import ALLOWED, EFFECTIVE, GRANTS, STATE, UID, resolve
from hpportal.core.content import Content
from hpportal.core.events import ObjectModified
from hpportal.core.i18n import _
from hpportal.core.portal import Portal, PortalBase, find_portal
from hpportal.core.procedures import chosen_procedure, procedures, switch_procedure
from hpportal.core.returnto import safe_return
from hpportal.core.security import EDIT, MANAGE_PORTAL, OWNER, VIEW, VIEW_HISTORY, user_principal
from hpportal.core.workflow import (
    TransitionRefused,
    available_transitions,
    history_of,
    public_states,
    state_of,
    state_title,
    transition,
    visible_to_everyone,
    workflow_for,
)

MY_WORK_LIMIT = 200


def _back(request, context) -> str:
    """Where to go after a step: the page the button was on, when it is on this site."""
    return safe_return(request, request.POST.get("came_from", ""), request.resource_url(context))


@view_config(context=Content, name="transition", permission=VIEW, request_method="POST")
def transition_view(context, request):
    if request.identity is None:
        raise HTTPForbidden()
    name = request.POST.get("transition", "")
    try:
        entry = transition(request, context, name, request.POST.get("comment", ""))
    except TransitionRefused as refused:
        request.session.flash(request.localizer.translate(refused.message), "error")
        return HTTPSeeOther(_back(request, context))
    workflow = workflow_for(request.registry, context)
    message = _(
        "“${title}” is now: ${state}.",
        mapping={"title": context.title, "state": request.localizer.translate(state_title(workflow, entry.to_state))},
    )
    request.session.flash(request.localizer.translate(message))
    if request.has_permission(VIEW, context):
        return HTTPSeeOther(_back(request, context))
    # A collaborator who withdrew or submitted may no longer see the item: go to their work list.
    return HTTPSeeOther(request.resource_url(request.root, "my-work"))


def _row(request, obj):
    workflow = workflow_for(request.registry, obj)
    history = history_of(obj)
    due = getattr(obj, "due", None)  # items with a deadline (a question to answer) show it
    return {
        "item": obj,
        "portal": find_portal(obj),
        "state": state_title(workflow, state_of(obj)),
        "state_name": state_of(obj),
        "last": history[-1] if history else None,
        "transitions": available_transitions(request, obj),
        "code": getattr(obj, "code", None),
        "due": due,
        "overdue": due is not None and due < clock.now(),
    }


def by_kind(rows: list[dict]) -> list[dict]:
    """Rows grouped by content type (articles, questions ...), in order of first appearance; each group's
    count is the length of its own list."""
    groups: dict[str, dict] = {}
    for row in rows:
        info = getattr(row["item"], "type_info", None)
        key = info.name if info is not None else ""
        group = groups.setdefault(key, {"kind": key, "title": info.title if info is not None else "", "rows": []})
        group["rows"].append(row)
    return list(groups.values())


def waiting_for_me(request, site, tokens, limit: int = MY_WORK_LIMIT) -> list[dict]:
    """The rows of "waiting for me" in My work: items awaiting a step the user may take (other than
    withdrawing their own item), newest first, at most ``limit``; ``tokens`` is what the user is in
    the ``allowed`` index."""
    awaiting_states = sorted(
        {
            name
            for workflows in request.registry.workflow_types.values()
            for workflow in workflows
            for name, data in workflow._state_data.items()
            if data.get("awaiting") == "yes"
        }
    )
    waiting = []
    if awaiting_states:
        _total, docids = site.catalog.query(
            Any(STATE, awaiting_states) & Any(ALLOWED, tokens), sort_index=EFFECTIVE, reverse=True, limit=MY_WORK_LIMIT
        )
        for obj in resolve(site.catalog, site, docids):
            row = _row(request, obj)
            if any(t["permission"] != "retract" for t in row["transitions"]):
                waiting.append(row)
                if len(waiting) >= limit:
                    break
    return waiting


@view_config(context=Portal, name="my-work", permission=VIEW, renderer="hpportal:core/templates/my_work.pt")
def my_work(context, request):
    """Việc của tôi: items waiting for my action, my drafts and what was sent back, what is scheduled."""
    user = request.identity
    if user is None:
        raise HTTPForbidden()
    catalog = context.catalog
    allowed = Any(ALLOWED, request.allowed_tokens)
    waiting = waiting_for_me(request, context, request.allowed_tokens)
    mine = []
    _total, docids = catalog.query(
        Eq(GRANTS, f"{user_principal(user.id)}|{OWNER}"), sort_index=EFFECTIVE, reverse=True, limit=MY_WORK_LIMIT
    )
    for obj in resolve(catalog, context, docids):
        if state_of(obj) is not None:
            mine.append(_row(request, obj))
    scheduled = []
    _total, docids = catalog.query(
        Any(STATE, public_states(request.registry)) & Gt(EFFECTIVE, clock.timestamp()) & allowed,
        sort_index=EFFECTIVE,
        limit=50,
    )
    for obj in resolve(catalog, context, docids):
        if request.has_permission(EDIT, obj) or request.has_permission(VIEW_HISTORY, obj):
            scheduled.append(_row(request, obj))
    return {"waiting": by_kind(waiting), "mine": mine, "scheduled": scheduled}


@view_config(context=Content, name="history", permission=VIEW_HISTORY, renderer="hpportal:core/templates/history.pt")
def history_view(context, request):
    """Lịch sử: the workflow steps and the saved versions of an item."""
    workflow = workflow_for(request.registry, context)
    if workflow is None and versions.history(context) is None:
        raise HTTPNotFound()
    kept = versions.history(context)
    return {
        "steps": list(reversed(history_of(context))),
        "state_title": lambda state: state_title(workflow, state) if state else "—",
        "versions": kept.newest_first() if kept is not None else [],
        "can_revert": request.has_permission(EDIT, context),
    }


def _field_titles(context, request) -> dict:
    schema = context.type_info.schema() if context.type_info.schema else None
    return {node.name: node.title for node in schema.children} if schema is not None else {}


def _version(kept, value):
    try:
        found = kept.get(int(value)) if kept is not None else None
    except (TypeError, ValueError):
        found = None
    if found is None:
        raise HTTPNotFound()
    return found


@view_config(context=Content, name="diff", permission=VIEW_HISTORY, renderer="hpportal:core/templates/diff.pt")
def diff_view(context, request):
    """Two versions side by side as one text: what was taken out, what was put in."""
    kept = versions.history(context)
    old = _version(kept, request.params.get("a"))
    new = _version(kept, request.params.get("b"))
    if old.number > new.number:
        old, new = new, old
    titles = _field_titles(context, request)
    names = list(titles) or sorted(set(old.fields) | set(new.fields))
    return {"old": old, "new": new, "changes": versions.compare(old, new, names), "titles": titles}


@view_config(context=Content, name="revert", permission=EDIT, request_method="POST")
def revert_view(context, request):
    """Bring back an older version's fields; that is saved as a new version."""
    kept = versions.history(context)
    old = _version(kept, request.params.get("version"))
    names = list(old.fields)
    for name, value in old.fields.items():
        setattr(context, name, value)
    context.touch()
    versions.keep_version(
        context,
        names,
        user=request.identity,
        note=request.localizer.translate(_("Restored from version ${number}", mapping={"number": old.number})),
    )
    request.registry.notify(ObjectModified(context))
    audit.record(request, audit.REVERTED, resource_path(context), str(old.number))
    request.session.flash(
        request.localizer.translate(_("Version ${number} was restored.", mapping={"number": old.number}))
    )
    return HTTPSeeOther(request.resource_url(context, "history"))


@view_config(
    context=PortalBase, name="procedure", permission=MANAGE_PORTAL, renderer="hpportal:core/templates/procedure.pt"
)
def procedure_view(context, request):
    """Quy trình biên tập: which editorial workflow this portal's board follows (Art. 11.4)."""
    choices = procedures(request.registry)
    default = choices[0].name if choices else None
    current = chosen_procedure(context) or default
    if request.method == "POST":
        wanted = request.POST.get("procedure", "")
        if wanted not in {w.name for w in choices}:
            raise HTTPBadRequest()
        if wanted == current:
            request.session.flash(request.localizer.translate(_("The procedure was not changed.")))
            return HTTPSeeOther(request.resource_url(context, "procedure"))
        changes = switch_procedure(
            context, None if wanted == default else wanted, registry=request.registry, actor=request.identity
        )
        workflow = next(w for w in choices if w.name == wanted)
        translate = request.localizer.translate
        old_workflow = next((w for w in choices if w.name == current), None)
        moved = [
            translate(
                _(
                    "${count} items from “${before}” to “${after}”",
                    mapping={
                        "count": count,
                        "before": translate(state_title(old_workflow, before)),
                        "after": translate(state_title(workflow, after)),
                    },
                )
            )
            for (before, after), count in sorted(changes.items())
        ]
        audit.record(request, audit.PROCEDURE_CHANGED, resource_path(context), f"{current} → {wanted}")
        summary = "; ".join(moved) if moved else translate(_("no item changed state"))
        request.session.flash(
            translate(
                _(
                    "The procedure is now “${procedure}”: ${summary}.",
                    mapping={"procedure": translate(_(workflow.description)), "summary": summary},
                )
            )
        )
        return HTTPSeeOther(request.resource_url(context, "procedure"))
    return {
        "choices": [
            {
                "name": w.name,
                "title": _(w.description or w.name),
                "states": [state_title(w, name) for name in w._state_data],
                "current": w.name == current,
            }
            for w in choices
        ],
    }


def workflow_panel(request, context) -> dict | None:
    """What the board sees of an item's workflow on its page: state, dates, the steps they may take."""
    workflow = workflow_for(request.registry, context)
    state = state_of(context)
    if workflow is None or state is None or request.identity is None:
        return None
    steps = available_transitions(request, context)
    if not steps and not request.has_permission(VIEW_HISTORY, context):
        return None
    now = clock.now()
    effective = getattr(context, "effective", None)
    expires = getattr(context, "expires", None)
    history = history_of(context)
    return {
        "state": state_title(workflow, state),
        "state_name": state,
        "public": visible_to_everyone(workflow, state),
        "scheduled": effective if effective is not None and effective > now else None,
        "expired": expires if expires is not None and expires <= now else None,
        "expires": expires if expires is not None and expires > now else None,
        "transitions": steps,
        "last": history[-1] if history else None,
        "history_url": request.resource_url(context, "history")
        if request.has_permission(VIEW_HISTORY, context)
        else None,
        "source": _source(request, context),
    }


def _source(request, context):
    """Where the item's information came from (``source_uid``: an item of the board's inbox), for those who see it."""
    uid = getattr(context, "source_uid", "")
    site = request.root
    if not uid or getattr(site, "catalog", None) is None:
        return None
    _total, docids = site.catalog.query(Eq(UID, uid), limit=1)
    found = next(resolve(site.catalog, site, docids), None)
    return found if found is not None and request.has_permission(VIEW, found) else None
