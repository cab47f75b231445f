"""Folder contents management: order, rename, delete with confirmation, bulk delete."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.folder import Folder
from hpportal.core.i18n import _
from hpportal.core.names import InvalidName
from hpportal.core.security import MANAGE_CONTENTS, may_delete
from hpportal.core.views.paging import Pager
from hpportal.core.workflow import state_of, state_title, workflow_for

PAGE_SIZE = 50


def _flash(request, message) -> None:
    request.session.flash(request.localizer.translate(message))


def _back(request, context) -> HTTPSeeOther:
    return HTTPSeeOther(request.resource_url(context, "contents", query=_page_query(request)))


def _page_query(request) -> dict:
    page = request.params.get("page")
    return {"page": page} if page else {}


@view_config(
    context=Folder,
    name="contents",
    permission=MANAGE_CONTENTS,
    request_method="GET",
    renderer="hpportal:core/templates/contents.pt",
)
def contents(context, request):
    pager = Pager(request, len(context), size=PAGE_SIZE)
    names = context.names_between(pager.offset, pager.offset + pager.size)
    items = [context[name] for name in names]
    return {
        "items": items,
        "pager": pager,
        "offset": pager.offset,
        "state_of": state_of,
        "state_title": lambda item: state_title(workflow_for(request.registry, item), state_of(item)),
    }


@view_config(context=Folder, name="contents", permission=MANAGE_CONTENTS, request_method="POST")
def contents_action(context, request):
    """One form, several buttons: move an item, rename one, or ask to delete the ticked ones."""
    post = request.POST
    if "up" in post or "down" in post:
        name = post.get("up") or post.get("down")
        if name in context:
            context.move_by(name, -1 if "up" in post else 1, registry=request.registry)
        return _back(request, context)
    if "delete" in post:
        names = [n for n in post.getall("selected") if n in context]
        if not names:
            _flash(request, _("Tick the items to delete first."))
            return _back(request, context)
        return HTTPSeeOther(request.resource_url(context, "delete-items", query=[("name", n) for n in names]))
    return _back(request, context)


@view_config(
    context=Folder,
    name="rename",
    permission=MANAGE_CONTENTS,
    renderer="hpportal:core/templates/rename.pt",
)
def rename(context, request):
    old = request.params.get("name", "")
    if old not in context:
        _flash(request, _("That item no longer exists."))
        return _back(request, context)
    error = None
    new = request.POST.get("new_name", old).strip() if request.method == "POST" else old
    if request.method == "POST":
        try:
            context.rename(old, new, registry=request.registry)
        except InvalidName as exc:
            error = exc.message
        else:
            _flash(request, _("Renamed “${old}” to “${new}”.", mapping={"old": old, "new": new}))
            return _back(request, context)
    return {"item": context[old], "old": old, "new": new, "error": error}


@view_config(
    context=Folder,
    name="delete-items",
    permission=MANAGE_CONTENTS,
    renderer="hpportal:core/templates/delete.pt",
)
def delete_items(context, request):
    """Confirm, then delete several children at once (only those the user may delete)."""
    names = [n for n in request.params.getall("name") if n in context]
    items = [context[n] for n in names if may_delete(request, context[n])]
    if request.method == "POST":
        if "cancel" in request.POST or not items:
            return _back(request, context)
        for item in items:
            record(request, audit.DELETED, resource_path(item), item.title)
            context.remove(item.__name__, registry=request.registry)
        _flash(request, _("${count} items deleted.", mapping={"count": len(items)}))
        return _back(request, context)
    return {"items": items, "count_children": sum(len(i) for i in items if hasattr(i, "_data"))}
