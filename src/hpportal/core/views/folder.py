"""Default views of folders and error pages."""

from __future__ import annotations

import logging

from pyramid.exceptions import BadCSRFToken
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.location import lineage
from pyramid.traversal import resource_path, traverse
from pyramid.view import exception_view_config, forbidden_view_config, notfound_view_config, view_config
from repoze.catalog.query import All, And, Any

from hpportal.core.app import PortalNotCreated
from hpportal.core.catalog.catalog import ALLOWED, PATH
from hpportal.core.folder import Folder
from hpportal.core.portal import find_site
from hpportal.core.robustness import MalformedRequest
from hpportal.core.security import VIEW, governing
from hpportal.core.views.layout import Chrome
from hpportal.core.views.paging import Pager

log = logging.getLogger(__name__)


@view_config(context=Folder, permission=VIEW, renderer="hpportal:core/templates/folder.pt")
def folder_view(context, request):
    # Filter first, then page: paging the folder and dropping hidden children afterwards gave short or
    # empty pages, and a page count that told how many hidden items the folder holds.
    names = visible_names(context, request)
    pager = Pager(request, len(names), size=30)
    items = [context[n] for n in names[pager.offset : pager.offset + pager.size]]
    return {"items": items, "pager": pager}


def visible_names(folder, request) -> list[str]:
    """The names of ``folder``'s children the visitor may view, in the folder's order.

    Who may view is read from the catalog's ``allowed`` index, never from loaded objects; a child the
    catalog does not hold (no content type) is asked directly.
    """
    catalog = getattr(find_site(folder), "catalog", None)
    if catalog is None:
        return [n for n in folder if request.has_permission(VIEW, folder[n])]
    base = resource_path(folder).rstrip("/")
    _, docids = catalog.query(And(All(PATH, [base or "/"]), Any(ALLOWED, list(request.allowed_tokens))))
    allowed = set(docids)
    docid_for = catalog.docid_for_path
    names = []
    for name in folder:
        docid = docid_for(f"{base}/{name}")
        if docid in allowed or (docid is None and request.has_permission(VIEW, folder[name])):
            names.append(name)
    return names


def _dependent(request) -> bool:
    """Whether the page asked for is an item that follows its container (an attachment, a lead image)."""
    try:
        context = traverse(request.root, request.path_info)["context"]
    except (KeyError, ValueError, UnicodeError):
        return False
    return governing(context) is not context


def _frame_outside_hidden(request) -> None:
    """Draw the error page around the nearest container the visitor may see, never around the hidden item
    itself: its title, description and links stay out of the page."""
    context = getattr(request, "context", None)
    for node in lineage(context) if hasattr(context, "__parent__") else ():
        if request.has_permission(VIEW, node):
            request.__dict__["chrome"] = Chrome(request, node, is_error=True)  # replaces the reified one
            return
    request.__dict__["chrome"] = Chrome(request, getattr(request, "root", None), is_error=True)


@forbidden_view_config(renderer="hpportal:core/templates/error.pt")
def forbidden(exc, request):
    _frame_outside_hidden(request)
    if request.authenticated_userid is None and request.method == "GET" and hasattr(request, "root"):
        if _dependent(request) or not request.view_name:
            # A hidden item (a draft, a question not published, an attachment of one) answers as missing,
            # exactly like an address that does not exist: both pages offer the login, for the board
            # member who follows a link from a mail. Management views still send to the login page.
            return notfound(exc, request)
        # Anonymous visitors are asked to log in, then brought back.
        return HTTPSeeOther(request.resource_url(request.root, "login", query={"came_from": request.url}))
    request.response.status = 403
    return {"status": 403}


@notfound_view_config(renderer="hpportal:core/templates/error.pt")
def notfound(exc, request):
    request.response.status = 404
    if request.authenticated_userid is None and request.method == "GET" and hasattr(request, "root"):
        return {
            "status": 404,
            "login_url": request.resource_url(request.root, "login", query={"came_from": request.url}),
        }
    return {"status": 404}


@exception_view_config(BadCSRFToken, renderer="hpportal:core/templates/error.pt")
def bad_csrf(exc, request):
    request.response.status = 400
    return {"status": "csrf"}


@exception_view_config(MalformedRequest, renderer="hpportal:core/templates/error.pt")
def malformed(exc, request):
    """An address, query or form that cannot be read (see core/robustness.py)."""
    request.response.status = 400
    return {"status": 400}


@exception_view_config(Exception, retryable_error=False, renderer="hpportal:core/templates/error.pt")
def server_error(exc, request):
    """An unexpected error: logged in full, a page in the visitor's language, nothing of the request kept.

    ``retryable_error=False``: a database conflict is retried by pyramid_retry first, and only
    shown here when the last attempt fails too. pyramid_tm aborts the transaction of a request
    answered by an exception view, so nothing half-written is committed.
    """
    log.error("error on %s %s", request.method, request.url, exc_info=exc)
    request.response.status = 500
    return {"status": 500}


@exception_view_config(PortalNotCreated, renderer="hpportal:core/templates/not_created.pt")
def not_created(exc, request):
    request.response.status = 503
    return {}
